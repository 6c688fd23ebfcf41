import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFacetIndex, countFacets, selectPages } from '../../src/lib/search/facet-index.ts';
import { filterKeys } from '../../src/lib/search/filters.ts';
import { root } from '../support/builds.ts';

const pages: { id: string; filters: Record<string, string[]> }[] = [
  { id: 'nl_c', filters: { soort: ['praktijkvoorbeeld'], plaats: ['Heerlen'], leeftijd: ['0 tot 4 jaar'] } },
  { id: 'nl_a', filters: { plaats: ['Almelo', 'Heerlen'], soort: ['plan'] } },
  { id: 'nl_b', filters: { soort: ['plan'] } },
  { id: 'nl_d', filters: {} },
];
const index = buildFacetIndex(pages);
const all = ['nl_a', 'nl_b', 'nl_c', 'nl_d'];

describe('the facet index of the search page', () => {
  it('lists every value once and each page by its values', () => {
    expect(index.values).toHaveLength(5);
    expect(new Set(index.values.map((value) => JSON.stringify(value))).size).toBe(5);
    const valuesOf = (id: string) => index.pages[id]!.map((at) => index.values[at]!.join('=')).sort();
    expect(valuesOf('nl_a')).toEqual(['plaats=Almelo', 'plaats=Heerlen', 'soort=plan']);
    expect(valuesOf('nl_d')).toEqual([]);
    expect(Object.keys(index.pages).sort()).toEqual(all);
  });

  it('is the same for the same pages in another order', () => {
    expect(JSON.stringify(buildFacetIndex(pages.slice().reverse()))).toBe(JSON.stringify(index));
  });

  it('counts every value over the given pages, zero included', () => {
    expect(countFacets(index, ['nl_a', 'nl_c', 'nl_unknown'])).toEqual({
      soort: { praktijkvoorbeeld: 1, plan: 1 },
      plaats: { Heerlen: 2, Almelo: 1 },
      leeftijd: { '0 tot 4 jaar': 1 },
    });
    expect(countFacets(index, [])).toEqual({
      soort: { praktijkvoorbeeld: 0, plan: 0 },
      plaats: { Heerlen: 0, Almelo: 0 },
      leeftijd: { '0 tot 4 jaar': 0 },
    });
  });

  it('keeps the pages with every chosen value, within a facet and across facets, in their order', () => {
    expect(selectPages(index, all, {})).toEqual(all);
    expect(selectPages(index, ['nl_c', 'nl_b', 'nl_a'], { soort: ['plan'] })).toEqual(['nl_b', 'nl_a']);
    expect(selectPages(index, all, { soort: ['plan'], plaats: ['Heerlen'] })).toEqual(['nl_a']);
    expect(selectPages(index, all, { plaats: ['Almelo', 'Heerlen'] })).toEqual(['nl_a']);
    expect(selectPages(index, all, { soort: ['plan', 'praktijkvoorbeeld'] })).toEqual([]);
    expect(selectPages(index, all, { soort: [] })).toEqual(all);
  });

  it('treats unknown names as Pagefind does: an unknown facet alone is ignored, an unknown value finds nothing', () => {
    expect(selectPages(index, all, { kleur: ['rood'] })).toEqual(all);
    expect(selectPages(index, all, { soort: ['plan'], kleur: ['rood'] })).toEqual([]);
    expect(selectPages(index, all, { plaats: ['Nergens'] })).toEqual([]);
  });

  it('has room on the narrow search page for a group per facet', () => {
    const css = fs.readFileSync(path.join(root, 'src/components/search/pagefind.css'), 'utf8');
    expect(Number(/--search-filter-groups:\s*(\d+)/.exec(css)?.[1])).toBe(filterKeys.length);
  });
});
