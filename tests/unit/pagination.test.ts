import { describe, expect, it } from 'vitest';
import { fitsOnOnePage, fitTree, sectionSlug } from '../../src/lib/organisation/fit.ts';
import { walkTree, type OrgNode } from '../../src/lib/organisation/tree.ts';
import {
  overviewPagePath,
  overviewPaths,
  pageGroups,
  pageTitle,
  relatedSummaryLimit,
  relatedWithSummaries,
} from '../../src/lib/pagination.ts';
import { fixture } from '../support/entries.ts';

const people = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => fixture('people', `${prefix}-${i}`, { name: `${prefix} ${i}` }));

describe('pages of an overview', () => {
  it('keeps a small overview on one page', () => {
    const groups = [{ heading: 'A', entries: people(3) }];
    expect(pageGroups(groups, 100)).toEqual([groups]);
  });

  it('fills pages up to the size, in order, and continues a group on the next page under its heading', () => {
    const a = people(3, 'a');
    const b = people(4, 'b');
    const pages = pageGroups(
      [
        { heading: 'A', entries: a },
        { heading: 'B', entries: b },
      ],
      5,
    );
    expect(pages.map((page) => page.map((g) => [g.heading, g.entries.map((e) => e.id)]))).toEqual([
      [
        ['A', ['a-0', 'a-1', 'a-2']],
        ['B', ['b-0', 'b-1']],
      ],
      [['B', ['b-2', 'b-3']]],
    ]);
  });

  it('lists every entry exactly once, whatever the size', () => {
    const all = people(237);
    for (const size of [1, 7, 100, 500]) {
      const listed = pageGroups([{ entries: all }], size).flatMap((page) => page.flatMap((g) => g.entries));
      expect(listed).toEqual(all);
    }
  });

  it('has one empty page for an empty overview, so the overview itself exists', () => {
    expect(pageGroups([], 10)).toEqual([[]]);
  });

  it('puts page 1 at the overview and later pages under pagina/, where no entry id can be', () => {
    expect(overviewPagePath('/mensen/', 1)).toBe('/mensen/');
    expect(overviewPagePath('/mensen/', 3)).toBe('/mensen/pagina/3/');
    expect(
      overviewPaths([{ entries: people(250) }], 100).map((p) => [p.params.page, p.props.current, p.props.last]),
    ).toEqual([
      [undefined, 1, 3],
      ['pagina/2', 2, 3],
      ['pagina/3', 3, 3],
    ]);
  });

  it('gives later pages a title of their own', () => {
    expect(pageTitle('Mensen', 1, 3)).toBe('Mensen');
    expect(pageTitle('Mensen', 2, 3)).toBe('Mensen, pagina 2 van 3');
  });
});

const node = (kind: OrgNode['kind'], label: string, children: OrgNode[] = [], href?: string): OrgNode => ({
  kind,
  label,
  href,
  children,
});

describe('who does what on a page', () => {
  const team = (i: number, members: number) =>
    node(
      'team',
      `Team ${i}`,
      Array.from({ length: members }, (_, m) => node('person', `Lid ${i}.${m}`)),
      `/teams/team-${i}/`,
    );
  const plan = (i: number) => node('plan', `Plan ${i}`, [team(i, 6)], `/plannen/plan-${i}/`);
  const table = node(
    'table',
    'Tafel',
    Array.from({ length: 20 }, (_, i) => plan(i)),
    '/ontwikkeltafels/tafel/',
  );
  const others = node(
    'group',
    'Andere mensen',
    Array.from({ length: 40 }, (_, i) => node('person', `Ander ${i}`)),
  );

  it('draws everything when it fits', () => {
    const small = [node('table', 'Tafel', [plan(1)])];
    expect(fitTree(small, 200)).toEqual(small);
    expect(fitsOnOnePage(small, 200)).toBe(true);
  });

  it('first turns a large group of people into its number, linking to the list of all people', () => {
    const fitted = fitTree([others, plan(1)], 20, (kind) => (kind === 'person' ? '/mensen/' : undefined));
    expect(fitted[0]).toMatchObject({ label: 'Andere mensen: 40', href: '/mensen/', children: [] });
    expect(fitted[1]).toEqual(plan(1));
  });

  it("then turns a team's members into their number, linking to the team", () => {
    const fitted = fitTree([table], 100);
    const teams = walkTree(fitted).filter((n) => n.kind === 'team');
    expect(teams).toHaveLength(20);
    expect(teams[0]!.children).toEqual([expect.objectContaining({ label: '6 leden', href: '/teams/team-0/' })]);
    expect(walkTree(fitted).length).toBeLessThanOrEqual(100);
  });

  it("at last turns a plan's contents into their number, linking to the plan", () => {
    const fitted = fitTree([table], 45);
    const plans = walkTree(fitted).filter((n) => n.kind === 'plan');
    expect(plans[0]!.children).toEqual([expect.objectContaining({ label: '1 team', href: '/plannen/plan-0/' })]);
  });

  it('gives each section an address of its own: the table, or the part outside the tables', () => {
    expect(sectionSlug({ ...table, ref: { collection: 'tables', id: 'ontwikkeltafel-1' } })).toBe('ontwikkeltafel-1');
    expect(sectionSlug(node('root', 'Buiten de ontwikkeltafels'))).toBe('buiten-de-ontwikkeltafels');
  });
});

describe('summaries in a list of related entries', () => {
  it('shows them when asked, up to the limit, and titles only beyond it', () => {
    expect(relatedWithSummaries(true, 1)).toBe(true);
    expect(relatedWithSummaries(true, relatedSummaryLimit)).toBe(true);
    expect(relatedWithSummaries(true, relatedSummaryLimit + 1)).toBe(false);
    expect(relatedWithSummaries(false, 3)).toBe(false);
  });
});
