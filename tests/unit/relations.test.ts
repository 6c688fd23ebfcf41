import { describe, expect, it } from 'vitest';
import { Relations } from '../../src/lib/relations.ts';
import { buildBacklinks, findRefs, isRef, sortByDateDesc, sortByTitle } from '../../src/lib/entries.ts';
import { memberRows } from '../../src/lib/members.ts';
import {
  groupByInitial,
  groupByYear,
  groupPlansByTable,
  groupPracticesByPlace,
  groupTeamsByTable,
} from '../../src/lib/groupings.ts';
import { fixture, ref } from '../support/entries.ts';

const kate = fixture('people', 'kate-snellens', {
  name: 'Kate Snellens',
  organisation: ref('organisations', 'gemeente-oldenzaal'),
});
const inge = fixture('people', 'inge-de-vries', { name: 'Inge de Vries' });
const oldenzaal = fixture('organisations', 'gemeente-oldenzaal', { name: 'Gemeente Oldenzaal' });
const table3 = fixture('tables', 'ontwikkeltafel-3', {
  title: 'Ontwikkeltafel 3',
  number: 3,
  projectLeaders: [ref('people', 'kate-snellens')],
});
const plan = fixture('plans', 'regulier-onderwijs', {
  title: 'Regulier onderwijs',
  table: ref('tables', 'ontwikkeltafel-3'),
});
const projectgroep = fixture('teams', 'projectgroep-regulier-onderwijs', {
  name: 'Projectgroep Regulier onderwijs',
  plan: ref('plans', 'regulier-onderwijs'),
  members: [{ person: ref('people', 'kate-snellens'), role: 'lid' }],
});
const ontwikkelteam = fixture('teams', 'ontwikkelteam-het-jonge-kind', {
  name: 'Ontwikkelteam Het jonge kind',
  table: ref('tables', 'ontwikkeltafel-3'),
  members: [
    { person: ref('people', 'kate-snellens'), role: 'ontwikkeltafel 3' },
    { party: 'verloskundige' },
    { vacancy: 'zorgaanbieder(s)' },
  ],
});
const werkgroep = fixture('teams', 'werkgroep', {
  name: 'Werkgroep',
  members: [{ organisation: ref('organisations', 'gemeente-oldenzaal') }],
});
const all = [kate, inge, oldenzaal, table3, plan, projectgroep, ontwikkelteam, werkgroep];

describe('references', () => {
  it('recognises Astro references and nothing else', () => {
    expect(isRef(ref('people', 'x'))).toBe(true);
    expect(isRef({ collection: 'nope', id: 'x' })).toBe(false);
    expect(isRef({ collection: 'people', id: 'x', extra: 1 })).toBe(false);
    expect(isRef('people/x')).toBe(false);
  });

  it('finds references at any depth with their field path', () => {
    expect(findRefs(ontwikkelteam.data).map((r) => r.path.join('.'))).toEqual(['table', 'members.0.person']);
  });

  it('indexes references backwards', () => {
    const backlinks = buildBacklinks(all);
    expect(
      backlinks
        .get('people/kate-snellens')
        ?.map((b) => b.from.id)
        .sort(),
    ).toEqual(['ontwikkeltafel-3', 'ontwikkelteam-het-jonge-kind', 'projectgroep-regulier-onderwijs']);
    expect(backlinks.get('people/inge-de-vries')).toBeUndefined();
  });
});

describe('Relations', () => {
  const relations = new Relations(all);

  it('lists every team a person sits on, with the role each roster gives', () => {
    expect(relations.memberships(kate).map((m) => [m.team.id, m.role])).toEqual([
      ['ontwikkelteam-het-jonge-kind', 'ontwikkeltafel 3'],
      ['projectgroep-regulier-onderwijs', 'lid'],
    ]);
    expect(relations.memberships(inge)).toEqual([]);
  });

  it('lists referrers by collection and field', () => {
    expect(relations.referrers(kate, 'tables', 'projectLeaders').map((e) => e.id)).toEqual(['ontwikkeltafel-3']);
    expect(relations.referrers(kate, 'tables', 'boardSponsors')).toEqual([]);
    expect(relations.referrers(oldenzaal, 'people', 'organisation').map((e) => e.id)).toEqual(['kate-snellens']);
  });

  it('refuses to resolve a reference the content check should have stopped', () => {
    expect(() => relations.resolve([ref('people', 'nobody')])).toThrow(/people\/nobody/);
  });
});

describe('memberRows', () => {
  const relations = new Relations(all);
  it('gives each member a name, link, role and organisation', () => {
    const rows = memberRows(ontwikkelteam, (r) => relations.get(r));
    expect(rows[0]).toMatchObject({
      kind: 'person',
      name: 'Kate Snellens',
      href: '/mensen/kate-snellens/',
      role: 'ontwikkeltafel 3',
      organisation: { name: 'Gemeente Oldenzaal', href: '/organisaties/gemeente-oldenzaal/' },
    });
    expect(rows[1]).toEqual({ kind: 'party', name: 'verloskundige', role: undefined });
    expect(rows[2]).toMatchObject({ kind: 'vacancy', name: 'Vacature: zorgaanbieder(s)' });
  });
});

describe('sorting and grouping', () => {
  it('sorts Dutch titles alphabetically, ignoring case and accents', () => {
    const entries = ['Ébène', 'aap', 'Zorg', 'beer'].map((title, i) => ({
      collection: 'plans' as const,
      id: `p${i}`,
      data: { title },
    }));
    expect(sortByTitle(entries).map((e) => e.data.title)).toEqual(['aap', 'beer', 'Ébène', 'Zorg']);
  });

  it('sorts by date, newest first, undated last', () => {
    const entries = [
      fixture('plans', 'a', { title: 'a', date: new Date('2019-11-01') }),
      fixture('plans', 'b', { title: 'b' }),
      fixture('plans', 'c', { title: 'c', date: new Date('2021-03-01') }),
    ];
    expect(sortByDateDesc(entries, (e) => e.data.date).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups by year, newest year first', () => {
    const entries = [
      fixture('newsletters', 'a', { date: new Date('2019-11-01') }),
      fixture('newsletters', 'b', { date: new Date('2021-03-01') }),
      fixture('newsletters', 'c', { date: new Date('2019-04-01') }),
    ];
    expect(groupByYear(entries, (e) => e.data.date).map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['2021', ['b']],
      ['2019', ['a', 'c']],
    ]);
  });

  it('groups by initial letter, accents folded', () => {
    const entries = ['VVE', 'Ébène', 'vo'].map((term, i) => ({
      collection: 'glossary' as const,
      id: `g${i}`,
      data: { term },
    }));
    expect(groupByInitial(entries).map((g) => g.heading)).toEqual(['E', 'V']);
  });

  it('groups practices by place, places A–Z, each in the order given', () => {
    const practices = [
      ['p1', 'Hengelo'],
      ['p2', 'Almelo'],
      ['p3', 'Hengelo'],
      ['p4', 'Enschede'],
    ].map(([id, place]) => fixture('practices', id!, { title: id, place }));
    expect(groupPracticesByPlace(practices).map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['Almelo', ['p2']],
      ['Enschede', ['p4']],
      ['Hengelo', ['p1', 'p3']],
    ]);
  });

  it('puts projects right after their theme, per table', () => {
    const theme = fixture('plans', 'regionale-sturing', {
      title: 'Regionale sturing',
      table: ref('tables', 'ontwikkeltafel-3'),
    });
    const project = fixture('plans', 'ketenmonitor', {
      title: 'Ketenmonitor',
      table: ref('tables', 'ontwikkeltafel-3'),
      parent: ref('plans', 'regionale-sturing'),
    });
    const outside = fixture('plans', 'kansrijke-start', { title: 'Kansrijke Start' });
    const groups = groupPlansByTable([project, plan, theme, outside], [table3]);
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['Ontwikkeltafel 3', ['regulier-onderwijs', 'regionale-sturing', 'ketenmonitor']],
      ['Plannen buiten de ontwikkeltafels', ['kansrijke-start']],
    ]);
  });

  it('places a team under the table of the plan it works for', () => {
    const relations = new Relations(all);
    const groups = groupTeamsByTable([projectgroep, ontwikkelteam, werkgroep], [table3], (r) => relations.get(r));
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['Ontwikkeltafel 3', ['projectgroep-regulier-onderwijs', 'ontwikkelteam-het-jonge-kind']],
      ['Buiten de ontwikkeltafels', ['werkgroep']],
    ]);
  });
});
