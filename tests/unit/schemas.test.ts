import { describe, expect, it } from 'vitest';
import { plainSchemas as schemas } from '../../src/lib/schema/plain-schemas.ts';
import { collectionNames } from '../../src/schemas/index.ts';

const sources = ['nieuwsbrief-volop-beweging-2019'];

/** One valid example per collection; each invalid case below changes one thing. */
const valid = {
  tables: {
    title: 'Ontwikkeltafel 2',
    number: 2,
    ambition: 'In Twente groeit de jeugd veilig op',
    summary: 'De tafel over de keten gedwongen kader en jeugdbescherming in Twente.',
    boardSponsors: ['claudio-bruggink'],
    projectLeaders: ['ruth-driessen'],
    processTeam: 'procesteam-ontwikkeltafel-2',
    sources,
  },
  plans: {
    title: 'Ketenmonitor',
    summary: 'Een regionale monitor voor de keten gedwongen kader: instroom, uitstroom en wachttijden.',
    kind: 'project',
    table: 'ontwikkeltafel-2',
    parent: 'regionale-sturing',
    status: 'verkenning',
    sources,
  },
  newsletters: {
    title: 'Volop beweging',
    edition: 'Herfst 2019',
    date: '2019-11-01',
    summary: 'Het herfstbericht van de drie ontwikkeltafels jeugd in Twente.',
    mentions: { tables: ['ontwikkeltafel-1'] },
    sources,
  },
  practices: {
    title: 'PeuterPlus',
    summary: 'Een pilot met kleinere groepen voor peuters met een hoge concentratie zorgvragen.',
    place: "'s-Hertogenbosch",
    municipality: 'gemeente-s-hertogenbosch',
    status: 'pilot',
    statusNote: 'pilot tot 2025',
    supportLevels: ['nabij-op-de-groep'],
    funding: ['oab'],
    ageRange: { fromMonths: 30, toMonths: 48, label: '2,5 tot 4 jaar' },
    sources,
  },
  teams: {
    name: 'Procesteam ontwikkeltafel 3',
    kind: 'procesteam',
    summary: 'Het procesteam dat het werk van ontwikkeltafel 3 voorbereidt en volgt.',
    table: 'ontwikkeltafel-3',
    members: [
      { organisation: 'roc-van-twente' },
      { person: 'kate-snellens', role: 'projectleider' },
      { vacancy: 'zorgaanbieder(s)' },
    ],
    sources,
  },
  people: { name: 'Kate Snellens', role: 'projectleider', email: 'k.snellens@oldenzaal.nl', sources },
  organisations: { name: 'ROC van Twente', kind: 'mbo', sources },
  glossary: {
    term: 'VVE',
    fullForm: 'voor- en vroegschoolse educatie',
    explanation: 'Extra begeleiding voor jonge kinderen die een risico lopen op een achterstand in hun ontwikkeling.',
    domain: 'kinderopvang',
    variants: ['ve'],
    sources,
  },
  sources: {
    title: 'Nieuwsbrief "Volop beweging"',
    kind: 'nieuwsbrief',
    publisher: 'Ontwikkeltafels jeugd Twente',
    period: 'november 2019',
    summary: 'Het herfstbericht van de drie ontwikkeltafels jeugd in Twente.',
  },
  supportLevels: {
    name: 'Basis',
    order: 1,
    forms: ['Voorschoolse educatie'],
    funding: ['oab'],
    explanation: 'De basis is de voorschoolse educatie zelf.',
    sources,
  },
} satisfies Record<(typeof collectionNames)[number], Record<string, unknown>>;

describe('schemas', () => {
  it.each(collectionNames)('%s accepts a valid entry', (name) => {
    const result = schemas[name].safeParse(valid[name]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(collectionNames)('%s rejects an unknown field (a typo such as "titel")', (name) => {
    const result = schemas[name].safeParse({ ...valid[name], titel: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each(collectionNames)('%s rejects an entry without its required name', (name) => {
    const { title: _t, name: _n, term: _term, ...rest } = valid[name] as Record<string, unknown>;
    expect(schemas[name].safeParse(rest).success).toBe(false);
  });

  it('every field of every schema has a description for editors', () => {
    const undocumented: string[] = [];
    for (const name of collectionNames) {
      const shape = (
        schemas[name] as unknown as {
          shape: Record<string, { description?: string; def: { innerType?: { description?: string } } }>;
        }
      ).shape;
      for (const [field, schema] of Object.entries(shape)) {
        if (!schema.description && !schema.def.innerType?.description) undocumented.push(`${name}.${field}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('rejects a date that is no date', () => {
    expect(schemas.newsletters.safeParse({ ...valid.newsletters, date: '24 januari' }).success).toBe(false);
  });

  it('rejects a day that does not exist, instead of rolling it over into the next month', () => {
    for (const date of ['2019-02-29', '2020-02-30', '2020-04-31', '2020-13-01', '2020-00-10'])
      expect(schemas.newsletters.safeParse({ ...valid.newsletters, date }).success, date).toBe(false);
    const leapDay = schemas.newsletters.safeParse({ ...valid.newsletters, date: '2020-02-29' });
    expect(leapDay.success && leapDay.data.date.toISOString()).toBe('2020-02-29T00:00:00.000Z');
  });

  it('rejects a value outside a list', () => {
    expect(schemas.practices.safeParse({ ...valid.practices, funding: ['subsidie'] }).success).toBe(false);
    expect(schemas.practices.safeParse({ ...valid.practices, status: 'klaar' }).success).toBe(false);
  });

  it('rejects a reference that is not an id', () => {
    expect(schemas.people.safeParse({ ...valid.people, organisation: 'ROC van Twente' }).success).toBe(false);
  });

  it('rejects a team member with both a person and an organisation, or neither', () => {
    const both = { ...valid.teams, members: [{ person: 'kate-snellens', organisation: 'roc-van-twente' }] };
    const neither = { ...valid.teams, members: [{ role: 'voorzitter' }] };
    expect(schemas.teams.safeParse(both).success).toBe(false);
    expect(schemas.teams.safeParse(neither).success).toBe(false);
  });

  it('rejects an age range that runs backwards', () => {
    const backwards = { ...valid.practices, ageRange: { fromMonths: 48, toMonths: 30, label: 'x' } };
    expect(schemas.practices.safeParse(backwards).success).toBe(false);
  });

  it('requires every entry but a source to cite a source', () => {
    for (const name of collectionNames.filter((n) => n !== 'sources')) {
      expect(schemas[name].safeParse({ ...valid[name], sources: [] }).success, name).toBe(false);
    }
  });

  it('rejects an e-mail address that is not one', () => {
    expect(schemas.people.safeParse({ ...valid.people, email: 'k.snellens at oldenzaal' }).success).toBe(false);
  });
});
