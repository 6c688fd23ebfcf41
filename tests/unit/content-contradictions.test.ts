import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content-check/index.ts';
import { root } from '../support/builds.ts';
import { checkWith, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/*
 * Contradictions between files. Each file here is valid on its own; together they say something that
 * cannot be true. The fixture content (tests/fixtures/content-check/base) has a plan "testplan", a
 * person "jan-test" of the municipality "gemeente-testdorp", the glossary term VVE (variant "ve") and
 * the source "testbron".
 */

const plan = (title: string, fields = '') =>
  `---\ntitle: ${title}\nsummary: Een verzonnen plan om de inhoudscontrole mee te testen.\nkind: project\n${fields}sources:\n  - testbron\n---\n\nTekst.\n`;
const table = (number: number, fields = '') =>
  `---\ntitle: Testtafel ${number}\nnumber: ${number}\nambition: In Twente groeit de jeugd op in een verzonnen test.\nsummary: Een verzonnen tafel om de inhoudscontrole mee te testen.\n${fields}sources:\n  - testbron\n---\n\nTekst.\n`;
const team = (name: string, fields = '', members = '  - person: jan-test\n') =>
  `name: ${name}\nkind: werkgroep\nsummary: Een verzonnen team om de inhoudscontrole mee te testen.\n${fields}members:\n${members}sources:\n  - testbron\n`;
const organisation = (name: string, kind: string) => `name: ${name}\nkind: ${kind}\nsources:\n  - testbron\n`;
const person = (name: string, fields = '') => `name: ${name}\n${fields}sources:\n  - testbron\n`;
const term = (spelling: string, variants: string[] = []) =>
  `term: "${spelling}"\nfullForm: een verzonnen begrip\nexplanation: Een verzonnen uitleg van minstens twintig tekens.\ndomain: onderwijs\n${
    variants.length > 0 ? `variants:\n${variants.map((v) => `  - "${v}"\n`).join('')}` : ''
  }sources:\n  - testbron\n`;
const level = (name: string, order: number) =>
  `name: ${name}\norder: ${order}\nforms:\n  - een verzonnen vorm\nfunding:\n  - gemeente\nexplanation: Een verzonnen uitleg van het niveau.\nsources:\n  - testbron\n`;

/** The check's result, with the file names as its messages print them. */
function check(files: Parameters<typeof checkWith>[0]) {
  const result = checkWith(files);
  const shown = (file: string) => path.relative(root, path.join(result.dir, file));
  return { ...result, shown };
}

/** Every message names every file: the editor sees, in each file, which others to look at. */
function expectNamed(issues: readonly ContentIssue[], files: readonly string[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) for (const file of files) expect(issue.message).toContain(file);
}

describe('the content check accepts relations that agree', () => {
  it('a hierarchy, tables with their process teams, teams with their plans, and municipalities', () => {
    const result = check({
      'tables/tafel-1.md': table(1, 'processTeam: procesteam-1\n'),
      'tables/tafel-2.md': table(2, 'processTeam: procesteam-2\n'),
      'teams/procesteam-1.yaml': team('Procesteam 1', 'table: tafel-1\n').replace('werkgroep', 'procesteam'),
      'teams/procesteam-2.yaml': team('Procesteam 2', 'table: tafel-2\n').replace('werkgroep', 'procesteam'),
      'teams/werkgroep.yaml': team(
        'Werkgroep',
        'table: tafel-1\nplan: project\nmunicipality: gemeente-testdorp\n',
        '  - person: jan-test\n  - organisation: gemeente-testdorp\n  - organisation: gemeente-testdorp\n',
      ),
      'plans/thema.md': plan('Thema', 'table: tafel-1\n'),
      'plans/project.md': plan('Project', 'table: tafel-1\nparent: thema\nteams:\n  - werkgroep\n'),
      'plans/deelproject.md': plan('Deelproject', 'parent: project\n'),
      'people/jan-test-2.yaml': person('Jan Test', 'organisation: gemeente-anderdorp\n'),
      'organisations/gemeente-anderdorp.yaml': organisation('Gemeente Anderdorp', 'gemeente'),
      'supportLevels/basis.yaml': level('Basis', 1),
      'supportLevels/extra.yaml': level('Extra', 2),
    });
    expect(result.errors).toEqual([]);
  });
});

describe('a hierarchy of plans that loops', () => {
  it('three plans whose parents come back to the first: each file, naming all three', () => {
    const { errors, shown } = check({
      'plans/a.md': plan('Plan A', 'parent: b\n'),
      'plans/b.md': plan('Plan B', 'parent: c\n'),
      'plans/c.md': plan('Plan C', 'parent: a\n'),
    });
    const files = ['plans/a.md', 'plans/b.md', 'plans/c.md'].map(shown);
    expect(errors.map((e) => [e.file, e.field, e.line])).toEqual(files.map((file) => [file, 'parent', 5]));
    expectNamed(errors, files);
    expect(errors[0]!.message).toContain('verwijzen met parent in een kring naar elkaar (a → b → c → a)');
    expect(errors[0]!.hint).toBe(
      'Kies welk plan bovenaan staat en haal daar parent weg, of laat parent bij één van hen wijzen naar een plan buiten de kring.',
    );
  });

  it('a plan that is its own parent', () => {
    const { errors, shown } = check({ 'plans/a.md': plan('Plan A', 'parent: a\n') });
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown('plans/a.md'),
        field: 'parent',
        message: `${shown('plans/a.md')} verwijst met parent naar zichzelf: een plan kan niet onder zichzelf vallen`,
        hint: expect.stringContaining('Haal parent weg'),
      }),
    ]);
  });

  it('a plan under a loop is not reported: fixing the loop fixes it', () => {
    const { errors, shown } = check({
      'plans/a.md': plan('Plan A', 'parent: b\n'),
      'plans/b.md': plan('Plan B', 'parent: a\n'),
      'plans/c.md': plan('Plan C', 'parent: a\n'),
    });
    expect(errors.map((e) => e.file)).toEqual(['plans/a.md', 'plans/b.md'].map(shown));
  });

  it('a plan under a plan of another table', () => {
    const { errors, shown } = check({
      'tables/tafel-1.md': table(1),
      'tables/tafel-2.md': table(2),
      'plans/thema.md': plan('Thema', 'table: tafel-1\n'),
      'plans/project.md': plan('Project', 'table: tafel-2\nparent: thema\n'),
    });
    expect(errors).toEqual([expect.objectContaining({ file: shown('plans/project.md'), field: 'parent', line: 6 })]);
    expectNamed(errors, [shown('plans/project.md'), shown('plans/thema.md')]);
    expect(errors[0]!.message).toContain('ze horen bij verschillende tafels: "tafel-2" en "tafel-1"');
    expect(errors[0]!.hint).toContain('Maak table in beide bestanden gelijk');
  });
});

describe('a team and its plan', () => {
  it('a team whose plan belongs to another table', () => {
    const { errors, shown } = check({
      'tables/tafel-1.md': table(1),
      'tables/tafel-2.md': table(2),
      'plans/project.md': plan('Project', 'table: tafel-2\n'),
      'teams/werkgroep.yaml': team('Werkgroep', 'table: tafel-1\nplan: project\n'),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown('teams/werkgroep.yaml'),
        field: 'plan',
        message: `${shown('teams/werkgroep.yaml')} werkt voor het plan ${shown('plans/project.md')}, maar ze horen bij verschillende tafels: het team bij "tafel-1", het plan bij "tafel-2"`,
        hint: expect.stringContaining('koppel het team aan een plan van "tafel-1"'),
      }),
    ]);
  });

  it('a plan that lists a team of another table, once where both name each other', () => {
    const { errors, shown } = check({
      'tables/tafel-1.md': table(1),
      'tables/tafel-2.md': table(2),
      'plans/project.md': plan('Project', 'table: tafel-2\nteams:\n  - werkgroep\n  - andere\n'),
      'teams/werkgroep.yaml': team('Werkgroep', 'table: tafel-1\n'),
      'teams/andere.yaml': team('Andere werkgroep', 'table: tafel-1\nplan: project\n'),
    });
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      [shown('plans/project.md'), 'teams.1'],
      [shown('teams/andere.yaml'), 'plan'],
    ]);
    expectNamed(errors.slice(0, 1), [shown('plans/project.md'), shown('teams/werkgroep.yaml')]);
  });
});

describe("a table's process team", () => {
  const tables = { 'tables/tafel-1.md': table(1, 'processTeam: team-1\n'), 'tables/tafel-2.md': table(2) };

  it('is a team of kind procesteam', () => {
    const { errors, shown } = check({ ...tables, 'teams/team-1.yaml': team('Team 1', 'table: tafel-1\n') });
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown('tables/tafel-1.md'),
        field: 'processTeam',
        message: `${shown('tables/tafel-1.md')} noemt bij processTeam het team ${shown('teams/team-1.yaml')}, maar dat is geen procesteam (kind: werkgroep)`,
        hint: expect.stringContaining('zet daar dan kind: procesteam'),
      }),
    ]);
  });

  it('does not work for another table', () => {
    const { errors, shown } = check({
      ...tables,
      'teams/team-1.yaml': team('Team 1', 'table: tafel-2\n').replace('werkgroep', 'procesteam'),
    });
    expect(errors).toEqual([expect.objectContaining({ file: shown('tables/tafel-1.md'), field: 'processTeam' })]);
    expectNamed(errors, [shown('tables/tafel-1.md'), shown('teams/team-1.yaml')]);
    expect(errors[0]!.message).toContain('hoort bij een andere tafel: "tafel-2"');
  });

  it('is not the process team of two tables', () => {
    const { errors, shown } = check({
      'tables/tafel-1.md': table(1, 'processTeam: team-1\n'),
      'tables/tafel-2.md': table(2, 'processTeam: team-1\n'),
      'teams/team-1.yaml': team('Team 1').replace('werkgroep', 'procesteam'),
    });
    const files = ['tables/tafel-1.md', 'tables/tafel-2.md'].map(shown);
    expect(errors.map((e) => e.file)).toEqual(files);
    expectNamed(errors, [...files, shown('teams/team-1.yaml')]);
    expect(errors[0]!.message).toContain('een procesteam hoort bij één tafel');
  });

  it('is the only process team that claims the table', () => {
    const { errors, shown } = check({
      ...tables,
      'teams/team-1.yaml': team('Team 1', 'table: tafel-1\n').replace('werkgroep', 'procesteam'),
      'teams/team-2.yaml': team('Team 2', 'table: tafel-1\n').replace('werkgroep', 'procesteam'),
    });
    expect(errors).toEqual([expect.objectContaining({ file: shown('teams/team-2.yaml'), field: 'table' })]);
    expectNamed(errors, [shown('teams/team-2.yaml'), shown('tables/tafel-1.md'), shown('teams/team-1.yaml')]);
  });
});

describe('a municipality that is no municipality', () => {
  it("in a plan's municipalities, naming both files", () => {
    const { errors, shown } = check({
      'organisations/zorg.yaml': organisation('Zorg Testdorp', 'zorgaanbieder'),
      'plans/testplan.md': (text) => text.replace('  - gemeente-testdorp', '  - gemeente-testdorp\n  - zorg'),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown('plans/testplan.md'),
        field: 'municipalities.2',
        line: 7,
        message: `${shown('plans/testplan.md')} noemt bij municipalities ${shown('organisations/zorg.yaml')}, maar dat is geen gemeente (kind: zorgaanbieder)`,
        hint: expect.stringContaining('zet haar dan bij organisations'),
      }),
    ]);
  });

  it("in a team's municipality, which has no organisations field to move it to", () => {
    const { errors, shown } = check({
      'organisations/zorg.yaml': organisation('Zorg Testdorp', 'zorgaanbieder'),
      'teams/werkgroep.yaml': team('Werkgroep', 'municipality: zorg\n'),
    });
    expect(errors).toEqual([expect.objectContaining({ file: shown('teams/werkgroep.yaml'), field: 'municipality' })]);
    expect(errors[0]!.hint).not.toContain('organisations.');
    expect(errors[0]!.hint).toContain(`zet dan in ${shown('organisations/zorg.yaml')} kind: gemeente`);
  });
});

describe('numbers that must differ', () => {
  it('two tables with the same number', () => {
    const { errors, shown } = check({
      'tables/tafel-1.md': table(1),
      'tables/tafel-een.md': table(1).replace('Testtafel 1', 'Tafel een'),
    });
    const files = ['tables/tafel-1.md', 'tables/tafel-een.md'].map(shown);
    expect(errors.map((e) => [e.file, e.field, e.line])).toEqual(files.map((file) => [file, 'number', 3]));
    expect(errors[0]!.message).toBe(
      `${files[0]} en ${files[1]} hebben allebei number: 1, maar twee ontwikkeltafels kunnen niet hetzelfde nummer hebben`,
    );
    expect(errors[0]!.hint).toContain('Geef elk van deze ontwikkeltafels een ander nummer bij number.');
  });

  it('two support levels at the same place in the pyramid', () => {
    const { errors, shown } = check({
      'supportLevels/basis.yaml': level('Basis', 2),
      'supportLevels/extra.yaml': level('Extra', 2),
    });
    expectNamed(errors, ['supportLevels/basis.yaml', 'supportLevels/extra.yaml'].map(shown));
    expect(errors.map((e) => e.field)).toEqual(['order', 'order']);
  });
});

describe('a glossary spelling that two terms claim', () => {
  it("another term's variant, whatever its capitals: both files, and which field in each", () => {
    const { errors, shown } = check({ 'glossary/ve.yaml': term('VE') });
    const files = ['glossary/ve.yaml', 'glossary/vve.yaml'].map(shown);
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      [files[0], 'term'],
      [files[1], 'variants.1'],
    ]);
    expect(errors[0]!.message).toBe(
      `"VE" staat bij meer dan één begrip: ${files[0]} (term: "VE") en ${files[1]} (variants: "ve"). De site weet dan niet welke uitleg erbij hoort`,
    );
    expect(errors[0]!.hint).toContain('haal haar weg bij de andere');
  });

  it('the same word with and without its accent or with another apostrophe, in three files', () => {
    const { errors, shown } = check({
      'glossary/punt-1.yaml': term('Coördinatiepunt'),
      'glossary/punt-2.yaml': term('Coordinatiepunt'),
      'glossary/punt-3.yaml': term('PT', ['coördinatiepunt'.normalize('NFD')]),
      'glossary/pm-1.yaml': term("pm'er"),
      'glossary/pm-2.yaml': term('pm’er'),
    });
    expectNamed(errors.slice(0, 2), ['glossary/pm-1.yaml', 'glossary/pm-2.yaml'].map(shown));
    expectNamed(errors.slice(2), ['glossary/punt-1.yaml', 'glossary/punt-2.yaml', 'glossary/punt-3.yaml'].map(shown));
    expect(errors).toHaveLength(5);
  });

  it('one term that repeats its own spelling is no contradiction', () => {
    expect(check({ 'glossary/vve.yaml': term('VVE', ['vve', 'VVE', 've']) }).errors).toEqual([]);
  });
});

describe('two entries a reader cannot tell apart', () => {
  it('two plans with the same title, up to capitals, accents and punctuation', () => {
    const { errors, shown } = check({
      'plans/tweede.md': plan('testplan.'),
      'plans/derde.md': plan('Téstplan'.normalize('NFD')),
    });
    const files = ['plans/derde.md', 'plans/testplan.md', 'plans/tweede.md'].map(shown);
    expect(errors.map((e) => [e.file, e.field])).toEqual(files.map((file) => [file, 'title']));
    expectNamed(errors, files);
    expect(errors[0]!.message).toContain('hebben allemaal de titel');
    expect(errors[0]!.hint).toContain('Geef elk een eigen titel');
  });

  it('two people with the same name, role and organisation, but not with another organisation', () => {
    const same = check({
      'people/jan-test-2.yaml': person('Jan Test', 'role: testpersoon\norganisation: gemeente-testdorp\n'),
    });
    expectNamed(same.errors, ['people/jan-test.yaml', 'people/jan-test-2.yaml'].map(same.shown));
    expect(same.errors[0]!.message).toContain('met dezelfde rol (role) en organisatie (organisation)');
    expect(same.errors[0]!.hint).toBe(
      'Is het dezelfde persoon, voeg de bestanden dan samen en laat teams en plannen naar één id verwijzen. Zijn het twee mensen, zet dan bij rol (role) of organisatie (organisation) wat hen onderscheidt.',
    );
    expect(check({ 'people/jan-test-2.yaml': person('Jan Test', 'role: wethouder\n') }).errors).toEqual([]);
  });
});

describe('an entry named twice in one list', () => {
  it('a person twice on one team; an organisation may send several people', () => {
    const { errors, shown } = check({
      'teams/werkgroep.yaml': team(
        'Werkgroep',
        '',
        '  - person: jan-test\n    role: voorzitter\n  - organisation: gemeente-testdorp\n  - organisation: gemeente-testdorp\n  - person: jan-test\n',
      ),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown('teams/werkgroep.yaml'),
        field: 'members.4.person',
        line: 9,
        message: 'de persoon "jan-test" staat al in dit team (regel 5): een persoon heeft één plek in een team',
        hint: expect.stringContaining('schrijf die dan samen bij role'),
      }),
    ]);
  });

  it('a source twice in sources', () => {
    const { errors } = check({ 'people/jan-test.yaml': (text) => `${text}  - testbron\n` });
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'sources.2',
        message: 'bron "testbron" staat twee keer in sources (ook op regel 5)',
      }),
    ]);
  });
});
