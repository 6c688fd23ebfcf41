import { collectionNames, registry } from '../schemas/index.ts';
import { domainsPath } from './glossary/domains.ts';
import { overviewLabel, overviewPath } from './urls.ts';

/** An address that holds pages but has none of its own, and the page that lists what is there. */
export interface MovedPage {
  /** The site path (without base) someone may type or shorten an address to, such as /teams/. */
  from: string;
  /** The site path of the page that lists its pages. */
  to: string;
  /** The title of that page, as the link to it says it. */
  label: string;
}

/**
 * Folders of the site without a page of their own, where a visitor who shortens an address lands
 * (/teams/procesteam-ontwikkeltafel-1/ → /teams/): a collection listed elsewhere than /<route>/ (the
 * teams, on "Wie doet wat"), and the folder of the glossary's domains. Each gets a page that sends the
 * visitor on (src/pages/[...moved].astro) instead of "Pagina niet gevonden". Derived from the
 * registry: a collection that gets its overview elsewhere gets its page here too.
 */
export const movedPages: readonly MovedPage[] = [
  ...collectionNames
    .filter((name) => overviewPath(name) !== `/${registry[name].route}/`)
    .map((name) => ({ from: `/${registry[name].route}/`, to: overviewPath(name), label: overviewLabel(name) })),
  { from: domainsPath, to: overviewPath('glossary'), label: overviewLabel('glossary') },
];

/**
 * The route of src/pages/[...moved].astro. A rest parameter at the root matches any address, so the
 * content check's link index takes this route's pages from movedPages, not from its shape.
 */
export const movedPagesRoute = '/[...moved]/';

/** Whether a site path (without base) is one of the moved pages. */
export function isMovedPage(path: string): boolean {
  return movedPages.some((page) => page.from === path);
}
