import { describe, expect, it } from 'vitest';
import {
  cleanFilters,
  emptyState,
  historyStep,
  paramsFromState,
  searchQuery,
  stateFromParams,
  withoutUnknownFilters,
  type SearchState,
} from '../../src/lib/search/url-state.ts';

const state = (over: Partial<SearchState>): SearchState => ({ ...emptyState, ...over });
const parse = (query: string) => stateFromParams(new URLSearchParams(query));

describe('a search in the URL', () => {
  it('reads the words, every filter value and the order', () => {
    expect(parse('?q=+dreumes+&soort=praktijkvoorbeeld&plaats=Heerlen&plaats=Almelo&volgorde=nieuwste')).toEqual({
      term: 'dreumes',
      filters: { soort: ['praktijkvoorbeeld'], plaats: ['Heerlen', 'Almelo'] },
      sort: 'nieuwste',
    });
  });

  it('ignores what it does not know, empty and repeated values', () => {
    expect(parse('?utm_source=x&kleur=rood&soort=&soort=plan&soort=plan&volgorde=raar')).toEqual(
      state({ filters: { soort: ['plan'] } }),
    );
  });

  it('writes one URL per search, whatever order the filters were chosen in', () => {
    const a = state({ term: 'gemeenten', filters: { plaats: ['Wierden', 'Almelo'], soort: ['plan'] } });
    const b = state({ term: 'gemeenten', filters: { soort: ['plan'], plaats: ['Almelo', 'Wierden'] } });
    expect(searchQuery(a)).toBe('?q=gemeenten&soort=plan&plaats=Almelo&plaats=Wierden');
    expect(searchQuery(b)).toBe(searchQuery(a));
    expect(searchQuery(emptyState)).toBe('');
    expect(paramsFromState(state({ sort: 'nieuwste' })).toString()).toBe('volgorde=nieuwste');
  });

  it('reads back what it writes, including characters that need escaping', () => {
    const original = state({
      term: '’s-Hertogenbosch & co',
      filters: { plaats: ["'s-Hertogenbosch"], financiering: ['Onderwijsachterstandenbeleid (OAB)'] },
      sort: 'nieuwste',
    });
    expect(parse(searchQuery(original))).toEqual(original);
  });

  it('keeps only known filters with values from what Pagefind reports', () => {
    expect(cleanFilters({ soort: ['plan'], plaats: [], jaar: [2019, '2021'], onbekend: ['x'] })).toEqual({
      soort: ['plan'],
      jaar: ['2021'],
    });
    expect(cleanFilters(undefined)).toEqual({});
  });
});

describe('history steps', () => {
  it('replaces the entry while a word is being typed or corrected', () => {
    expect(historyStep(state({ term: 'dre' }), state({ term: 'dreumes' }))).toBe('replace');
    expect(historyStep(state({ term: 'dreumes' }), state({ term: 'dreu' }))).toBe('replace');
  });

  it('adds a step for a new word, a filter, an order, or clearing the search', () => {
    expect(historyStep(emptyState, state({ term: 'd' }))).toBe('push');
    expect(historyStep(state({ term: 'dreumes' }), state({ term: 'thuiszitters' }))).toBe('push');
    expect(historyStep(state({ term: 'dreumes' }), state({ term: 'dreumes', filters: { soort: ['plan'] } }))).toBe(
      'push',
    );
    expect(historyStep(state({ term: 'dreumes' }), state({ term: 'dreumes', sort: 'nieuwste' }))).toBe('push');
    expect(historyStep(state({ term: 'dreumes' }), emptyState)).toBe('push');
  });

  it('adds nothing when the search did not change', () => {
    expect(
      historyStep(
        state({ term: 'dreumes', filters: { soort: ['plan'] } }),
        state({ term: 'dreumes', filters: { soort: ['plan'] } }),
      ),
    ).toBe('none');
  });
});

describe('filter values the index does not know', () => {
  it('are dropped from a search, so an old link still finds something; known ones stay', () => {
    const state = stateFromParams(new URLSearchParams('q=peuters&soort=plan&plaats=Nergens&plaats=Heerlen'));
    const known = { soort: { plan: 3, praktijkvoorbeeld: 0 }, plaats: { Heerlen: 1 } };
    expect(withoutUnknownFilters(state, known)).toEqual({
      term: 'peuters',
      filters: { soort: ['plan'], plaats: ['Heerlen'] },
      sort: 'relevantie',
    });
    expect(withoutUnknownFilters(stateFromParams(new URLSearchParams('plaats=Nergens')), known).filters).toEqual({});
  });
});
