import { describe, expect, it } from 'vitest';
import { Relations } from '../../src/lib/relations.ts';
import type { Resolve } from '../../src/lib/entries.ts';
import { compareTable, comparedFields } from '../../src/lib/practices/compare.ts';
import { chosenFromSearch, searchFor, statusText, visibleColumns } from '../../src/lib/practices/compare-selection.ts';
import { pyramidLevels } from '../../src/lib/support-pyramid.ts';
import { fixture, ref } from '../support/entries.ts';

// Made-up fixtures in the shape of the content.
const basis = fixture('supportLevels', 'basis', { name: 'Basis', order: 1, share: '5 – 20%', funding: ['oab'] });
const nabij = fixture('supportLevels', 'nabij', { name: 'Nabij', order: 2, funding: ['oab', 'jeugdwet'] });
const buiten = fixture('supportLevels', 'buiten', { name: 'Buiten', order: 3, funding: ['wlz'] });
const org = fixture('organisations', 'org', { name: 'Org' });
const practiceA = fixture('practices', 'a', {
  title: 'Voorbeeld A',
  place: 'Plaats A',
  status: 'pilot',
  statusNote: 'Nog tot 2025.',
  ageRange: { fromMonths: 24, toMonths: 48, label: '2 tot 4 jaar' },
  supportLevels: [ref('supportLevels', 'basis'), ref('supportLevels', 'nabij')],
  funding: ['jeugdwet'],
  staffing: 'twee medewerkers',
  organisations: [ref('organisations', 'org')],
  since: 2021,
});
const practiceB = fixture('practices', 'b', {
  title: 'Voorbeeld B',
  place: 'Plaats B',
  status: 'lopend',
  supportLevels: [ref('supportLevels', 'nabij')],
});
const relations = new Relations([basis, nabij, buiten, org, practiceA, practiceB]);
const resolve: Resolve = (r) => relations.get(r);

describe('compareTable', () => {
  const table = compareTable([practiceA, practiceB], resolve);

  it('has a column per practice and a row per shared field, each row a cell per column', () => {
    expect(table.columns).toEqual([
      { id: 'a', title: 'Voorbeeld A', href: '/praktijkvoorbeelden/a/' },
      { id: 'b', title: 'Voorbeeld B', href: '/praktijkvoorbeelden/b/' },
    ]);
    expect(table.rows.map((row) => row.label)).toEqual([...comparedFields]);
    for (const row of table.rows) expect(row.cells).toHaveLength(2);
  });

  it('fills cells with the same values as the practice page, and leaves unknown ones empty', () => {
    const cell = (label: string, column: number) => table.rows.find((row) => row.label === label)!.cells[column]!;
    expect(cell('Plaats', 0)).toEqual([{ text: 'Plaats A' }]);
    expect(cell('Leeftijd', 0)).toEqual([{ text: '2 tot 4 jaar' }]);
    expect(cell('Niveau van ondersteuning', 0).map((v) => v.href)).toEqual([
      '/ondersteuningsniveaus/basis/',
      '/ondersteuningsniveaus/nabij/',
    ]);
    expect(cell('Financiering', 0)).toEqual([{ text: 'Jeugdwet' }]);
    expect(cell('Status', 0)).toEqual([{ text: 'Pilot. Nog tot 2025.' }]);
    expect(cell('Organisaties', 0)).toEqual([{ text: 'Org', href: '/organisaties/org/' }]);
    expect(cell('Leeftijd', 1)).toEqual([]);
    expect(cell('Personele inzet', 1)).toEqual([]);
  });
});

describe('choosing practices to compare', () => {
  const all = ['a', 'b', 'c', 'd'];

  it('narrows the table once two or more are chosen', () => {
    expect(visibleColumns([], all)).toEqual(all);
    expect(visibleColumns(['c'], all)).toEqual(all);
    expect(visibleColumns(['d', 'b'], all)).toEqual(['b', 'd']);
  });

  it('reads a choice from the URL: known ids, no repeats, at most three', () => {
    expect(chosenFromSearch('?vergelijk=b,x,b,c,d,a', all)).toEqual(['b', 'c', 'd']);
    expect(chosenFromSearch('', all)).toEqual([]);
    expect(searchFor(['a', 'c'])).toBe('?vergelijk=a,c');
    expect(searchFor([])).toBe('');
  });

  it('says what the table shows', () => {
    expect(statusText(0, 9)).toMatch(/alle 9/);
    expect(statusText(1, 9)).toMatch(/nog een of twee/);
    expect(statusText(2, 9)).toMatch(/de 2 gekozen/);
    expect(statusText(3, 9)).toMatch(/maximum/);
  });
});

describe('pyramidLevels', () => {
  const levels = pyramidLevels([basis, buiten, nabij], [practiceB, practiceA]);

  it('goes from the top of the pyramid to the basis', () => {
    expect(levels.map((level) => level.id)).toEqual(['buiten', 'nabij', 'basis']);
  });

  it('shows a share only where the source gives one, with the funding as labels', () => {
    expect(levels.map((level) => level.share)).toEqual([undefined, undefined, '5 – 20%']);
    expect(levels[1]!.funding).toEqual(['Onderwijsachterstandenbeleid (OAB)', 'Jeugdwet']);
  });

  it('links each level to the practices at that level', () => {
    expect(levels.map((level) => level.practices.map((p) => p.title))).toEqual([
      [],
      ['Voorbeeld A', 'Voorbeeld B'],
      ['Voorbeeld A'],
    ]);
    expect(levels[2]!.practices[0]!.href).toBe('/praktijkvoorbeelden/a/');
  });
});
