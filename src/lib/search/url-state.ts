import { filterKeys, isFilterKey, type FilterKey } from './filters.ts';

/** The order of results: Pagefind's relevance, or newest first by the pages' `datum` sort key. */
export const sortOrders = { relevantie: 'Beste overeenkomst', nieuwste: 'Nieuwste eerst' } as const;
export type SortOrder = keyof typeof sortOrders;

/** A search as a URL holds it: `/zoeken/?q=dreumes&soort=praktijkvoorbeeld&plaats=Heerlen&volgorde=nieuwste`. */
export interface SearchState {
  term: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

export const emptyState: SearchState = { term: '', filters: {}, sort: 'relevantie' };

const termParam = 'q';
const sortParam = 'volgorde';

/** Reads a search from a query string. Unknown parameters are ignored, so old or hand-made links still work. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || value.trim() === '') continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get(sortParam);
  return { term: (params.get(termParam) ?? '').trim(), filters, sort: sort === 'nieuwste' ? 'nieuwste' : 'relevantie' };
}

/** Writes a search as query parameters, in a fixed order so one search always has one URL. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.term.trim() !== '') params.set(termParam, state.term.trim());
  for (const key of filterKeys) {
    for (const value of [...(state.filters[key] ?? [])].sort((a, b) => a.localeCompare(b, 'nl')))
      params.append(key, value);
  }
  if (state.sort !== 'relevantie') params.set(sortParam, state.sort);
  return params;
}

/** The query string of a search, with its "?" (or nothing for an empty search). */
export function searchQuery(state: SearchState): string {
  const query = paramsFromState(state).toString();
  return query === '' ? '' : `?${query}`;
}

/** Normalises the filters Pagefind reports (it may keep emptied groups as `[]`). */
export function cleanFilters(filters: Record<string, unknown> | undefined): SearchState['filters'] {
  const clean: SearchState['filters'] = {};
  for (const [key, values] of Object.entries(filters ?? {})) {
    if (!isFilterKey(key) || !Array.isArray(values)) continue;
    const strings = values.filter((value): value is string => typeof value === 'string' && value !== '');
    if (strings.length > 0) clean[key] = strings;
  }
  return clean;
}

/**
 * The search without filter values the index does not know (`known`: every value of every facet, as
 * Pagefind reports the totals). An old or hand-made link may name a place or a table that has since
 * been renamed; with it, nothing could be found and no ticked box would show why.
 */
export function withoutUnknownFilters(state: SearchState, known: Record<string, Record<string, number>>): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
    const kept = values.filter((value) => known[key]?.[value] !== undefined);
    if (kept.length > 0) filters[key] = kept;
  }
  return { ...state, filters };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return searchQuery(a) === searchQuery(b);
}

/**
 * How a new search enters the browser history. Typing a word letter by letter replaces the entry
 * (Back should not step through "d", "dr", "dre"), while a new word, a filter or an order is a step
 * of its own that Back undoes.
 */
export function historyStep(previous: SearchState, next: SearchState): 'push' | 'replace' | 'none' {
  if (sameState(previous, next)) return 'none';
  const sameRest = sameState({ ...previous, term: '' }, { ...next, term: '' });
  const a = previous.term.toLowerCase();
  const b = next.term.toLowerCase();
  const stillTyping = a !== '' && b !== '' && (b.startsWith(a) || a.startsWith(b));
  return sameRest && stillTyping ? 'replace' : 'push';
}
