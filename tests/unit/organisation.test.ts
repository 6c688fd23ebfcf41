import { describe, expect, it } from 'vitest';
import { Relations } from '../../src/lib/relations.ts';
import {
  buildOrganisationTree,
  collapseOrganisations,
  walkTree,
  type OrgNode,
} from '../../src/lib/organisation/tree.ts';
import { layoutTree, wrapLabel } from '../../src/lib/organisation/layout.ts';
import { organisationTeams } from '../../src/lib/organisation/seats.ts';
import { fixture, ref } from '../support/entries.ts';

// Made-up fixtures in the shape of the content.
const person = (id: string, name: string, role?: string) => fixture('people', id, { name, role });
const organisation = (id: string, name: string) => fixture('organisations', id, { name });

const people = [
  person('ann', 'Ann A', 'wethouder'),
  person('bob', 'Bob B'),
  person('cas', 'Cas C'),
  person('dee', 'Dee D'),
  person('eve', 'Eve E'),
];
const organisations = [organisation('org-1', 'Org 1'), organisation('org-2', 'Org 2'), organisation('org-3', 'Org 3')];
const table = fixture('tables', 'tafel-1', {
  title: 'Tafel 1',
  boardSponsors: [ref('people', 'ann')],
  projectLeaders: [ref('people', 'bob')],
  processTeam: ref('teams', 'procesteam'),
});
const theme = fixture('plans', 'thema', {
  title: 'Thema',
  kind: 'thema',
  table: ref('tables', 'tafel-1'),
  teams: [ref('teams', 'projectgroep')],
});
const project = fixture('plans', 'project', {
  title: 'Project',
  kind: 'project',
  table: ref('tables', 'tafel-1'),
  parent: ref('plans', 'thema'),
  people: [ref('people', 'dee')],
});
const local = fixture('plans', 'lokaal', {
  title: 'Lokaal plan',
  kind: 'plan-van-aanpak',
  organisations: [ref('organisations', 'org-1'), ref('organisations', 'org-2')],
});
const procesteam = fixture('teams', 'procesteam', {
  name: 'Procesteam',
  table: ref('tables', 'tafel-1'),
  members: [
    { organisation: ref('organisations', 'org-1') },
    { organisation: ref('organisations', 'org-2') },
    { vacancy: 'zorgaanbieder' },
  ],
});
const projectgroep = fixture('teams', 'projectgroep', {
  name: 'Projectgroep',
  plan: ref('plans', 'thema'),
  members: [
    { person: ref('people', 'cas'), role: 'voorzitter' },
    { person: ref('people', 'bob') },
    { party: 'verloskundige' },
  ],
});
const werkgroep = fixture('teams', 'werkgroep', {
  name: 'Werkgroep',
  plan: ref('plans', 'lokaal'),
  members: [{ organisation: ref('organisations', 'org-3') }],
});

const all = [...people, ...organisations, table, theme, project, local, procesteam, projectgroep, werkgroep];
const relations = new Relations(all);
const tree = buildOrganisationTree({
  tables: [table],
  plans: [theme, project, local],
  teams: [procesteam, projectgroep, werkgroep],
  people,
  resolve: (r) => relations.get(r),
});

/** A compact picture of a tree: "label" per node, children indented. */
function outline(nodes: readonly OrgNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label}${node.note ? ` (${node.note})` : ''}`,
    ...outline(node.children, depth + 1),
  ]);
}

describe('buildOrganisationTree', () => {
  it('puts each table with its sponsors, leaders, process team and plans, projects under their theme, teams under their plan', () => {
    expect(outline(tree)).toEqual([
      'Tafel 1',
      // One of each: the singular, as on the table's own page.
      '  Bestuurlijk trekker',
      '    Ann A (wethouder)',
      '  Projectleider',
      '    Bob B',
      '  Procesteam',
      '    Org 1',
      '    Org 2',
      '    Vacature: zorgaanbieder',
      '  Thema (thema)',
      '    Project (project)',
      '      Betrokken personen',
      '        Dee D',
      '    Projectgroep',
      '      Cas C (voorzitter)',
      '      Bob B',
      '      verloskundige',
      'Buiten de ontwikkeltafels',
      '  Lokaal plan (plan van aanpak)',
      '    Werkgroep',
      '      Org 3',
      '    Betrokken organisaties',
      '      Org 1',
      '      Org 2',
      '  Andere mensen',
      '    Eve E',
    ]);
  });

  it('holds every team and every person, with links to their pages', () => {
    const nodes = walkTree(tree);
    const ids = (kind: string) => new Set(nodes.filter((n) => n.kind === kind).map((n) => n.ref?.id));
    expect([...ids('team')].sort()).toEqual(['procesteam', 'projectgroep', 'werkgroep']);
    expect([...ids('person')].sort()).toEqual(['ann', 'bob', 'cas', 'dee', 'eve']);
    expect(nodes.find((n) => n.ref?.id === 'cas')?.href).toBe('/mensen/cas/');
  });
});

describe('collapseOrganisations', () => {
  it('turns two or more organisations under one box into one box linking to the page that lists them', () => {
    const collapsed = collapseOrganisations(tree);
    expect(outline(collapsed)).toContain('    2 organisaties');
    expect(outline(collapsed)).toContain('    Betrokken organisaties: 2');
    // A single organisation stays itself.
    expect(outline(collapsed)).toContain('      Org 3');
    const summary = walkTree(collapsed).find((n) => n.label === '2 organisaties');
    expect(summary?.href).toBe('/teams/procesteam/');
    expect(summary?.name).toBe('2 organisaties bij Procesteam');
    expect(walkTree(collapsed).find((n) => n.label === 'Betrokken organisaties: 2')?.href).toBe('/plannen/lokaal/');
    // People are never collapsed.
    expect(walkTree(collapsed).filter((n) => n.kind === 'person')).toHaveLength(
      walkTree(tree).filter((n) => n.kind === 'person').length,
    );
  });
});

describe('layoutTree', () => {
  const options = { boxWidth: 100, columnGap: 20, lineHeight: 10, paddingBlock: 5, rowGap: 4, charsPerLine: 12 };
  const layout = layoutTree(tree[0]!, options);

  it('gives every node a box, depth first, one column per level', () => {
    expect(layout.boxes.map((b) => b.node.label)).toEqual(walkTree([tree[0]!]).map((n) => n.label));
    for (const box of layout.boxes) expect(box.x).toBe(box.depth * 120);
    // Tafel › Thema › Project › Betrokken personen › Dee D: five columns.
    expect(layout.width).toBe(5 * 100 + 4 * 20);
  });

  it('keeps boxes of one column from overlapping, and inside the drawing', () => {
    const columns = new Map<number, typeof layout.boxes>();
    for (const box of layout.boxes) columns.set(box.depth, [...(columns.get(box.depth) ?? []), box]);
    for (const boxes of columns.values()) {
      const sorted = [...boxes].sort((a, b) => a.y - b.y);
      sorted.slice(1).forEach((box, i) => expect(box.y).toBeGreaterThanOrEqual(sorted[i]!.y + sorted[i]!.height));
    }
    for (const box of layout.boxes) {
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 1e-9);
    }
  });

  it('connects each box to its children', () => {
    const edges = walkTree([tree[0]!]).reduce((n, node) => n + node.children.length, 0);
    expect(layout.connectors).toHaveLength(edges);
    const first = layout.connectors[0]!;
    expect(first.d.startsWith(`M${first.from.x + first.from.width} `)).toBe(true);
    expect(first.d.endsWith(`H${first.to.x}`)).toBe(true);
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces and keeps a long word whole', () => {
    expect(wrapLabel('Procesteam ontwikkeltafel 1', 12)).toEqual(['Procesteam', 'ontwikkeltafel', '1']);
    expect(wrapLabel('Ann A', 12)).toEqual(['Ann A']);
  });
});

describe('organisationTeams', () => {
  it('lists the teams an organisation is on, by itself or through its people', () => {
    const worker = fixture('people', 'wim', { name: 'Wim W', organisation: ref('organisations', 'org-1') });
    const team = fixture('teams', 'team', { name: 'Team', members: [{ person: ref('people', 'wim'), role: 'lid' }] });
    const withWorker = new Relations([...all, worker, team]);
    expect(organisationTeams(organisations[0]!, withWorker).map((seat) => [seat.team.id, seat.notes])).toEqual([
      ['procesteam', []],
      ['team', ['via Wim W (lid)']],
    ]);
    expect(organisationTeams(organisations[2]!, withWorker).map((seat) => seat.team.id)).toEqual(['werkgroep']);
  });
});
