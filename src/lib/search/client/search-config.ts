import { highlightParam } from '../filters.ts';
import { element } from './pagefind-ui.ts';

/** Where the search lives, as the server renders it into `data-` attributes of the search elements. */
export interface SearchPaths {
  /** The Pagefind bundle, with the site's base: `/jeugd/pagefind/`. */
  bundlePath: string;
  /** The site's base, put before every result's URL: `/jeugd/`. */
  baseUrl: string;
  /** The search page: `/jeugd/zoeken/`. */
  searchPage: string;
  /** The names for "Bedoelde u …?": `/jeugd/zoeken/suggesties.json`. */
  suggestions: string;
}

/** Reads the paths from an element's `data-bundle-path`, `data-base-url`, `data-search-page` and `data-suggestions`. */
export function searchPaths(el: HTMLElement): SearchPaths {
  const { bundlePath, baseUrl, searchPage, suggestions } = el.dataset;
  if (!bundlePath || !baseUrl || !searchPage || !suggestions)
    throw new Error('search element lacks data-bundle-path, data-base-url, data-search-page or data-suggestions');
  return { bundlePath, baseUrl, searchPage, suggestions };
}

/**
 * `<pagefind-config>` for an instance. The bundle path and base URL are always explicit: loaded as a
 * module, the Component UI cannot see where it came from and would look in /pagefind/ at the root.
 */
export function configElement(
  instance: string,
  paths: SearchPaths,
  extra: Record<string, string | true> = {},
): HTMLElement {
  return element('pagefind-config', {
    instance,
    'bundle-path': paths.bundlePath,
    'base-url': paths.baseUrl,
    'highlight-param': highlightParam,
    ...extra,
  });
}
