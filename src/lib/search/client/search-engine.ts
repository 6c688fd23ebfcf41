import { countFacets, facetFileName, selectPages, type FacetIndex } from '../facet-index.ts';
import type { FilterCounts } from '../filter-order.ts';
import { latestOnly } from '../latest-only.ts';
import { oneLetterWaitMs } from '../paging.ts';
import { highlightParam } from '../filters.ts';
import type { Filters, PagefindInstance, RawResult } from './pagefind-ui.ts';
import type { SearchPaths } from './search-config.ts';

/** The part of Pagefind's search API (`pagefind.js`, one `createInstance()`) that this site uses. */
export interface SearchEngine {
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, string> },
  ): Promise<EngineResults | null>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
}

export interface EngineResults {
  results: RawResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): SearchEngine;
}

/** Loads Pagefind's search API from the bundle and creates an engine; this starts loading the index. */
export async function createEngine(paths: SearchPaths): Promise<SearchEngine> {
  const module = (await import(/* @vite-ignore */ `${paths.bundlePath}pagefind.js`)) as PagefindModule;
  return module.createInstance({ baseUrl: paths.baseUrl, highlightParam });
}

/**
 * Gives a Pagefind instance its search engine before any of its components can ask for one.
 *
 * Left alone, an instance loads Pagefind on first use and loads the filter data of every facet right
 * away; from then on Pagefind counts every facet value for every search, in a time that grows with
 * the square of the number of results (about 0.1 s per search at 5,000 pages). So:
 * - the dialog (`facets: 'none'`), which shows no filters, gets an engine that never loads them;
 * - the search page (`facets: 'counted'`) gets an engine that narrows and counts results with the
 *   site's facet index (src/lib/search/facet-index.ts) in one pass, Pagefind searching only words.
 *
 * Pagefind 1.6's instance uses the engine it finds in `__pagefind__` and loads its own only when there
 * is none; the search tests cover that this still holds.
 *
 * Returns the engine as the instance uses it but without its one-search-at-a-time wrapper, for
 * searches beside the reader's (checking a suggestion) that must not cancel theirs.
 */
export function attachEngine(
  instance: PagefindInstance,
  engine: SearchEngine,
  paths: SearchPaths,
  facets: 'none' | 'counted',
): SearchEngine {
  const own =
    facets === 'none'
      ? { ...engine, filters: () => Promise.resolve({}) }
      : withFacetIndex(engine, loadFacetIndex(`${paths.bundlePath}${facetFileName}`));
  instance.__pagefind__ = { ...own, search: latestOnly(own.search, waitBeforeSearching) };
  return own;
}

/** A single letter matches nearly every page, which takes long with thousands; the next key usually follows. */
function waitBeforeSearching(term: string | null): number {
  return term !== null && [...term.trim()].length === 1 ? oneLetterWaitMs : 0;
}

/**
 * Runs one search nobody sees, before the first real one. The first search with a word in a new page
 * took three times as long as the next (0.12 s against 0.04 s at 5,000 pages): the browser had not yet
 * optimised Pagefind's WebAssembly and scripts for it. "de", the commonest Dutch word, makes them score
 * nearly every page once, at the cost of one small part of the index.
 */
export function warmUp(engine: SearchEngine): void {
  engine.search('de').catch(() => undefined);
}

/**
 * Loads the part of the index a word needs while the field still waits to search (Pagefind's own
 * debounced search does the same), so the search itself finds it loaded.
 */
export function preloadWhileTyping(field: HTMLElement, engine: SearchEngine): void {
  field.addEventListener('input', (event) => {
    const term = event.target instanceof HTMLInputElement ? event.target.value.trim() : '';
    if (term !== '') engine.preload(term).catch(() => undefined);
  });
}

/** The facet index, always as the server has it now (like Pagefind's own entry file); null if missing. */
async function loadFacetIndex(url: string): Promise<FacetIndex | null> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as FacetIndex) : null;
  } catch {
    return null;
  }
}

function withFacetIndex(engine: SearchEngine, facetIndex: Promise<FacetIndex | null>): SearchEngine {
  let allPages: Promise<FilterCounts> | undefined;
  return {
    preload: (term) => engine.preload(term),
    filters: async () => {
      const index = await facetIndex;
      return index ? countFacets(index, Object.keys(index.pages)) : engine.filters();
    },
    search: async (term, options = {}) => {
      const index = await facetIndex;
      if (!index) {
        // Without the site's index Pagefind filters and counts itself. Browsing without words, it
        // reports every total as 0 (Pagefind 1.6): the totals over all pages are the right ones then.
        const found = await engine.search(term, options);
        if (found && term === null) found.totalFilters = await (allPages ??= engine.filters());
        return found;
      }
      const { filters: selection = {}, ...rest } = options;
      const found = await engine.search(term, rest);
      if (!found) return found;
      const ids = found.results.map((result) => result.id);
      const kept = new Set(selectPages(index, ids, selection));
      const results = kept.size === ids.length ? found.results : found.results.filter((r) => kept.has(r.id));
      return {
        ...found,
        results,
        unfilteredResultCount: ids.length,
        filters: countFacets(index, kept),
        totalFilters: countFacets(index, ids),
      };
    },
  };
}
