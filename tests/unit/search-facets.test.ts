import { describe, expect, it } from 'vitest';
import { collectionNames, registry } from '../../src/schemas/index.ts';
import type { AnyEntry } from '../../src/lib/entries.ts';
import { Relations } from '../../src/lib/relations.ts';
import { ageGroupsOf, municipalityName, searchData, undatedSortKey } from '../../src/lib/search/facets.ts';
import { unbrowsedCollections } from '../../src/lib/search/browse.ts';
import { orderFilterCounts } from '../../src/lib/search/filter-order.ts';
import { fixture, ref } from '../support/entries.ts';

// Made-up fixtures: names and places here are test data, not content.
const entry = fixture;

const table1 = entry('tables', 'tafel-1', { title: 'Tafel Een', number: 1, boardSponsors: [ref('people', 'piet')] });
const table2 = entry('tables', 'tafel-2', { title: 'Tafel Twee', number: 2 });
const dorp = entry('organisations', 'gemeente-dorp', { name: 'Gemeente Dorp', kind: 'gemeente', place: 'Elders' });
const stad = entry('organisations', 'gemeente-stad', { name: 'Gemeente Stad', kind: 'gemeente' });
const school = entry('organisations', 'school', {
  name: 'Basisschool Voorbeeld',
  kind: 'basisschool',
  place: 'Buurtschap',
});
const noPlace = entry('organisations', 'koepel', { name: 'Koepel', kind: 'onderwijskoepel' });
const theme = entry('plans', 'thema', {
  title: 'Een thema',
  summary: 'Een samenvatting van het thema, lang genoeg.',
  kind: 'thema',
  table: ref('tables', 'tafel-2'),
  municipalities: [ref('organisations', 'gemeente-dorp'), ref('organisations', 'gemeente-stad')],
  ageRange: { fromMonths: -10, toMonths: 83, label: '-10 maanden tot 7 jaar' },
  date: new Date('2019-11-01T00:00:00Z'),
});
const project = entry('plans', 'project', { title: 'Een project', kind: 'project', parent: ref('plans', 'thema') });
const practice = entry('practices', 'praktijk', {
  title: 'Een praktijk',
  summary: 'Een samenvatting van de praktijk, lang genoeg.',
  place: 'Stad-Noord',
  municipality: ref('organisations', 'gemeente-stad'),
  since: 2021,
  funding: ['oab', 'jeugdwet'],
  ageRange: { fromMonths: 18, toMonths: 30, label: '1,5 tot 2,5 jaar' },
});
const team = entry('teams', 'team', {
  name: 'Projectgroep',
  plan: ref('plans', 'project'),
  municipality: ref('organisations', 'gemeente-dorp'),
  members: [{ person: ref('people', 'anna') }, { organisation: ref('organisations', 'school') }],
});
const anna = entry('people', 'anna', {
  name: 'Anna Voorbeeld',
  role: 'adviseur',
  organisation: ref('organisations', 'school'),
});
const piet = entry('people', 'piet', { name: 'Piet Voorbeeld' });
const term = entry('glossary', 'abc', {
  term: 'ABC',
  fullForm: 'Alles bij elkaar',
  explanation: 'Een uitleg die lang genoeg is.',
});
const newsletter = entry('newsletters', 'herfst', {
  title: 'Herfst',
  edition: 'Herfst 2019',
  summary: 'Een samenvatting van de nieuwsbrief, lang genoeg.',
  date: new Date('2019-11-01T00:00:00Z'),
  mentions: { tables: [ref('tables', 'tafel-2'), ref('tables', 'tafel-1')] },
});
const level = entry('supportLevels', 'basis', {
  name: 'Basis',
  order: 1,
  funding: ['oab'],
  explanation: 'Uitleg van het niveau.',
});

const relations = new Relations([
  table1,
  table2,
  dorp,
  stad,
  school,
  noPlace,
  theme,
  project,
  practice,
  team,
  anna,
  piet,
  term,
  newsletter,
  level,
]);
const data = (e: AnyEntry) => searchData(e, relations);

describe('search data of an entry', () => {
  it('gives every entry its kind in Dutch, and every collection has one', () => {
    expect(data(theme).filters.soort).toEqual(['plan']);
    expect(data(term).filters.soort).toEqual(['begrip']);
    expect(new Set(collectionNames.map((c) => registry[c].noun.one)).size).toBe(collectionNames.length);
  });

  it("takes a plan's table, municipalities, age groups and year from its fields", () => {
    expect(data(theme).filters).toEqual({
      soort: ['plan'],
      ontwikkeltafel: ['Tafel Twee'],
      plaats: ['Dorp', 'Stad'],
      leeftijd: ['voor de geboorte', '0 tot 4 jaar', '4 tot 12 jaar'],
      jaar: ['2019'],
    });
  });

  it('gives a project the table of the theme it belongs to', () => {
    expect(data(project).filters.ontwikkeltafel).toEqual(['Tafel Twee']);
  });

  it("takes a practice's municipality, funding labels, age group and starting year", () => {
    expect(data(practice).filters).toEqual({
      soort: ['praktijkvoorbeeld'],
      plaats: ['Stad'],
      leeftijd: ['0 tot 4 jaar'],
      financiering: ['Onderwijsachterstandenbeleid (OAB)', 'Jeugdwet'],
      jaar: ['2021'],
    });
  });

  it("follows a team's plan to its table, and its municipality", () => {
    expect(data(team).filters).toEqual({ soort: ['team'], ontwikkeltafel: ['Tafel Twee'], plaats: ['Dorp'] });
  });

  it('gives people and organisations the tables of their teams and roles, and their place', () => {
    expect(data(anna).filters).toEqual({ soort: ['persoon'], ontwikkeltafel: ['Tafel Twee'], plaats: ['Buurtschap'] });
    expect(data(piet).filters).toEqual({ soort: ['persoon'], ontwikkeltafel: ['Tafel Een'] });
    expect(data(school).filters).toEqual({
      soort: ['organisatie'],
      ontwikkeltafel: ['Tafel Twee'],
      plaats: ['Buurtschap'],
    });
    expect(data(dorp).filters.plaats).toEqual(['Dorp']);
    expect(data(noPlace).filters).toEqual({ soort: ['organisatie'] });
  });

  it("lists a newsletter's tables in table order", () => {
    expect(data(newsletter).filters.ontwikkeltafel).toEqual(['Tafel Een', 'Tafel Twee']);
  });

  it('guesses nothing: a term has only its kind', () => {
    expect(data(term).filters).toEqual({ soort: ['begrip'] });
  });

  it('gives the support levels their possible funding', () => {
    expect(data(level).filters.financiering).toEqual(['Onderwijsachterstandenbeleid (OAB)']);
  });

  it('gives title, summary, kind and a Dutch date as metadata, and an ISO date to sort by', () => {
    expect(data(theme).meta).toEqual({
      title: 'Een thema',
      summary: 'Een samenvatting van het thema, lang genoeg.',
      type: 'Plan',
      date: '1 november 2019',
    });
    expect(data(theme).sort).toEqual({ datum: '2019-11-01' });
    expect(data({ ...newsletter, data: { ...newsletter.data, datePrecision: 'maand' } }).meta.date).toBe(
      'november 2019',
    );
    expect(data(anna).meta).toEqual({
      title: 'Anna Voorbeeld',
      summary: 'Anna Voorbeeld: adviseur, Basisschool Voorbeeld.',
      type: 'Persoon',
    });
  });

  it('sorts pages without a date after every dated page when newest come first', () => {
    expect(data(practice).sort.datum).toBe(undatedSortKey);
    expect([undatedSortKey, '2019-11-01', '1990-01-01'].sort().at(0)).toBe(undatedSortKey);
  });
});

describe('age groups', () => {
  it('places a range in every group it overlaps, borders included', () => {
    expect(ageGroupsOf({ fromMonths: 0, toMonths: 47 })).toEqual(['0 tot 4 jaar']);
    expect(ageGroupsOf({ fromMonths: 47, toMonths: 48 })).toEqual(['0 tot 4 jaar', '4 tot 12 jaar']);
    expect(ageGroupsOf({ fromMonths: -3, toMonths: -1 })).toEqual(['voor de geboorte']);
    expect(ageGroupsOf({ fromMonths: 200, toMonths: 300 })).toEqual(['12 tot 18 jaar', '18 jaar en ouder']);
  });

  it('gives nothing for a missing or malformed range', () => {
    expect(ageGroupsOf(undefined)).toEqual([]);
    // @ts-expect-error a range the schema would refuse: the helper still gives nothing rather than guessing
    expect(ageGroupsOf({ fromMonths: '3' })).toEqual([]);
  });
});

describe('names and order', () => {
  it('drops "Gemeente" from a municipality\'s name', () => {
    expect(municipalityName(entry('organisations', 'x', { name: "Gemeente 's-Hertogenbosch" }))).toBe(
      "'s-Hertogenbosch",
    );
    expect(municipalityName(entry('organisations', 'y', { name: 'Gemeentehuis' }))).toBe('Gemeentehuis');
  });

  it('orders filter groups as the site does and values as a reader expects', () => {
    const ordered = orderFilterCounts({
      plaats: { Wierden: 1, "'s-Hertogenbosch": 2, Almelo: 3 },
      soort: { team: 1, begrip: 2 },
      leeftijd: { '4 tot 12 jaar': 1, 'voor de geboorte': 1, '0 tot 4 jaar': 1 },
    })!;
    expect(Object.keys(ordered)).toEqual(['soort', 'plaats', 'leeftijd']);
    expect(Object.keys(ordered.plaats!)).toEqual(['Almelo', "'s-Hertogenbosch", 'Wierden']);
    expect(Object.keys(orderFilterCounts({ plaats: { Wierden: 1, '’s-Hertogenbosch': 1 } })!.plaats!)).toEqual([
      '’s-Hertogenbosch',
      'Wierden',
    ]);
    expect(Object.keys(ordered.leeftijd!)).toEqual(['voor de geboorte', '0 tot 4 jaar', '4 tot 12 jaar']);
    expect(ordered.soort).toEqual({ begrip: 2, team: 1 });
    expect(orderFilterCounts(null)).toBeNull();
  });

  it('has an overview page for every collection, for browsing without JavaScript', () => {
    expect(unbrowsedCollections(collectionNames)).toEqual([]);
    expect(unbrowsedCollections(['tables', 'nieuw' as never])).toEqual(['nieuw']);
  });
});
