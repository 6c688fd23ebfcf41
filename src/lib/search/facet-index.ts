import type { FilterCounts } from './filter-order.ts';

/**
 * The facets of every indexed page, by the page's id in Pagefind's index (its fragment's hash), so the
 * search page can narrow and count results itself. Pagefind counts the values of every loaded filter
 * for every search, comparing each filter's pages with a list of all results: the time that takes
 * grows with the square of the number of results (about 0.1 s per keystroke at 5,000 pages), while
 * counting here takes one pass over the results. Written next to the index by the build
 * (src/integrations/pagefind.ts).
 */
/** The facet index's file in Pagefind's bundle folder, beside the index it describes. */
export const facetFileName = 'site-facets.json';

export interface FacetIndex {
  /** Every facet value as [facet, value], in a stable order; pages refer to them by position. */
  values: [string, string][];
  /** Per page id, the positions of its values. */
  pages: Record<string, number[]>;
}

/** A selection of facet values, as Pagefind takes it: `{ soort: ['plan'], plaats: ['Almelo'] }`. */
export type FacetSelection = Record<string, string[] | undefined>;

/** The facet index of pages as Pagefind wrote them (id and filters of each fragment). */
export function buildFacetIndex(pages: { id: string; filters: Record<string, string[]> }[]): FacetIndex {
  const values: [string, string][] = [];
  const positions = new Map<string, number>();
  const position = (facet: string, value: string): number => {
    const key = JSON.stringify([facet, value]);
    let at = positions.get(key);
    if (at === undefined) {
      at = values.push([facet, value]) - 1;
      positions.set(key, at);
    }
    return at;
  };
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byPage: Record<string, number[]> = {};
  for (const page of sorted) {
    byPage[page.id] = Object.entries(page.filters)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([facet, list]) => list.map((value) => position(facet, value)));
  }
  return { values, pages: byPage };
}

/**
 * How many of the given pages have each value, for every facet and value of the index (0 included,
 * as Pagefind reports them, so the filter pane always knows every value).
 */
export function countFacets(index: FacetIndex, ids: Iterable<string>): FilterCounts {
  const tally = new Array<number>(index.values.length).fill(0);
  for (const id of ids) for (const at of index.pages[id] ?? []) tally[at]! += 1;
  const counts: FilterCounts = {};
  index.values.forEach(([facet, value], at) => ((counts[facet] ??= {})[value] = tally[at]!));
  return counts;
}

/**
 * Which of the given pages have every chosen value, with Pagefind's meaning of a selection: all
 * chosen values, within a facet and across facets. As in Pagefind, a selection that names no known
 * facet is ignored, and a value the index does not have leaves nothing.
 */
export function selectPages(index: FacetIndex, ids: string[], selection: FacetSelection): string[] {
  const chosen = Object.entries(selection).flatMap(([facet, list]) => (list ?? []).map((value) => [facet, value]));
  const facets = new Set(index.values.map(([facet]) => facet));
  if (!chosen.some(([facet]) => facets.has(facet!))) return ids;
  const positions = new Map(index.values.map(([facet, value], at) => [JSON.stringify([facet, value]), at]));
  const required = chosen.map(([facet, value]) => positions.get(JSON.stringify([facet, value])));
  if (required.some((at) => at === undefined)) return [];
  return ids.filter((id) => {
    const own = index.pages[id];
    return own !== undefined && required.every((at) => own.includes(at!));
  });
}
