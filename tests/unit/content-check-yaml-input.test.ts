import { createRequire } from 'node:module';
import { LineCounter, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content-check/index.ts';
import { meantCharacter, showInvisible } from '../../src/lib/content-check/invisible.ts';
import { checkRefusedCharacters } from '../../src/lib/content-check/yaml-values.ts';
import { checkWith, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/** The js-yaml Astro reads .yaml files and front matter with (its file loader and @astrojs/internal-helpers). */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const jsYaml = astroRequire('js-yaml') as { load(text: string): unknown };

/** Whether the build's reader stops on the text. */
function buildRefuses(text: string): boolean {
  try {
    jsYaml.load(text);
    return false;
  } catch {
    return true;
  }
}

/** A person's file with `line` as its second line. */
const person = (line: string) => `name: Kapot\n${line}\nsources:\n  - testbron\n`;

/** The errors the check gives for a person's file. */
const errorsFor = (text: string) => checkWith({ 'people/kapot.yaml': text }).errorsIn('people/kapot.yaml');

describe('characters in the fields that the build refuses (control characters) or that come from wrong decoding', () => {
  it("Word's Shift+Enter (a vertical tab) in a quoted text: its line, field and name, and what to do", () => {
    expect(errorsFor(person('role: "project\u000bleider"'))).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('people/kapot.yaml'),
        line: 2,
        field: 'role',
        message:
          'er staat een verborgen regelovergang (Shift+Enter in Word) in de tekst, en daardoor kan de site het bestand niet lezen',
        hint: 'U ziet het teken misschien niet. Het staat direct na "project". Haal het weg en zet er een spatie voor in de plaats, of typ de tekst opnieuw.',
      },
    ]);
  });

  it('a form feed (Ctrl+Enter in Word) in an unquoted text, and in a text of several lines, at its own line', () => {
    expect(errorsFor(person('role: project\u000cleider'))).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'role',
        message:
          'er staat een verborgen pagina-einde (Ctrl+Enter in Word) in de tekst, en daardoor kan de site het bestand niet lezen',
      }),
    ]);
    expect(errorsFor(person('role: |\n  Eerste regel.\n  Tweede\u000c regel.'))).toEqual([
      expect.objectContaining({ line: 4, field: 'role', hint: expect.stringContaining('direct na "Tweede"') }),
    ]);
  });

  it('Windows quotes decoded wrongly (U+0093, U+0094) in Markdown front matter: each, at the line in the file, with the quote it was', () => {
    const { errorsIn } = checkWith({
      'plans/kapot.md':
        '---\ntitle: Kapot\nsummary: Een plan over \u0093regie\u0094 dat lang genoeg is.\nkind: thema\nsources:\n  - testbron\n---\n\nTekst.\n',
    });
    expect(errorsIn('plans/kapot.md')).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'summary',
        message: 'er staat een verkeerd omgezet teken in de tekst, en daardoor kan de site het bestand niet lezen',
        hint: 'U ziet het teken misschien niet. Het staat direct na "Een plan over". Waarschijnlijk stond hier “. Haal het teken weg en typ “ opnieuw, of typ de tekst opnieuw.',
      }),
      expect.objectContaining({
        line: 3,
        field: 'summary',
        hint: expect.stringContaining('Waarschijnlijk stond hier ”'),
      }),
    ]);
    // Right after the colon it is part of the value, not of the space after the field name.
    expect(errorsFor(person('role: \u0093projectleider\u0094'))).toEqual([
      expect.objectContaining({ line: 2, field: 'role', hint: expect.stringContaining('direct voor "projectleider"') }),
      expect.objectContaining({ line: 2, field: 'role', hint: expect.stringContaining('direct na "projectleider"') }),
    ]);
  });

  it('a wrongly decoded character between quotes, which the build takes: still an error, as the page would show a box', () => {
    expect(errorsFor(person('role: "project\u0085"'))).toEqual([
      expect.objectContaining({
        field: 'role',
        message: 'er staat een verkeerd omgezet teken in de tekst, en dat toont de site als een vakje of helemaal niet',
        hint: expect.stringContaining('Waarschijnlijk stond hier …'),
      }),
    ]);
  });

  it("in a field name, and on a line of its own: said instead of YAML's message about a missing colon", () => {
    expect(errorsFor(person('ro\u000ble: projectleider'))).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'er staat een verborgen regelovergang (Shift+Enter in Word) in de veldnaam, en daardoor kan de site het bestand niet lezen',
      }),
      // The field name with the character in it is no field the site knows.
      expect.objectContaining({ message: expect.stringMatching(/^onbekend veld/) }),
    ]);
    expect(errorsFor(person('role: projectleider\n\u000b'))).toEqual([
      expect.objectContaining({
        line: 3,
        message:
          'er staat een verborgen regelovergang (Shift+Enter in Word) op deze regel, en daardoor kan de site het bestand niet lezen',
      }),
    ]);
  });

  it('in a comment: no error, as the build skips comments', () => {
    expect(errorsFor(person('# opmerking\u000b met \u0093\nrole: "projectleider" # ook\u000c hier'))).toEqual([]);
  });

  it('the other checks still read the file: its other problems are said in the same run', () => {
    const errors = errorsFor(person('role: "project\u000bleider"\nrol: x'));
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('verborgen regelovergang'),
      'onbekend veld "rol"',
    ]);
  });

  it('reports exactly what js-yaml refuses, in every place a character can stand, and U+0080 to U+009F besides', () => {
    const places: Record<string, (char: string) => string> = {
      unquoted: (c) => `role: pro${c}ject\n`,
      'at the start': (c) => `role: ${c}project\n`,
      'double quotes': (c) => `role: "pro${c}ject"\n`,
      'single quotes': (c) => `role: 'pro${c}ject'\n`,
      'a text of several lines': (c) => `role: |\n  pro${c}ject\n`,
      'a folded text': (c) => `role: >\n  eerste\n  pro${c}ject\n`,
      'a list': (c) => `sources:\n  - pro${c}ject\n`,
      'a field name': (c) => `ro${c}le: project\n`,
    };
    // Every character below a space but the new line, DEL and U+0080 to U+009F (printable ASCII is
    // never refused for itself). No zero byte or carriage return reaches the fields: the check reads a
    // file with a zero byte as UTF-16, and makes every line end a new line (see content-text.ts).
    const codes = [
      ...Array.from({ length: 0xa0 }, (_, code) => code).filter(
        (code) => (code < 0x20 || code >= 0x7f) && ![0x00, 0x0a, 0x0d].includes(code),
      ),
      0x41,
      0xfffe,
      0xffff,
      // Characters that only look like nothing, said elsewhere: the build takes them.
      0xa0,
      0x200b,
      0x2028,
      0xfeff,
    ];
    const wrong: string[] = [];
    for (const code of codes) {
      const char = String.fromCharCode(code);
      for (const [place, write] of Object.entries(places)) {
        const text = write(char);
        const counter = new LineCounter();
        const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
        const said = checkRefusedCharacters(doc, counter, text, 'kapot.yaml', 0).length > 0;
        const expected = buildRefuses(text) || (code >= 0x80 && code <= 0x9f);
        if (said !== expected)
          wrong.push(`U+${code.toString(16).padStart(4, '0')} ${place}: ${said ? 'said' : 'not said'}`);
      }
      // A comment holds anything, for the build and for the check.
      const comment = `role: project # opmerking ${char}\n`;
      const counter = new LineCounter();
      const doc = parseDocument(comment, { lineCounter: counter });
      if (buildRefuses(comment) || checkRefusedCharacters(doc, counter, comment, 'kapot.yaml', 0).length > 0)
        wrong.push(`U+${code.toString(16)} in a comment`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the characters in other messages too, and gives the character a wrongly decoded one was', () => {
    expect(showInvisible('a\u000bb\u000cc\u0001d\u0093e\ufffe')).toBe(
      'a‹verborgen regelovergang (Shift+Enter in Word)›b‹verborgen pagina-einde (Ctrl+Enter in Word)›c‹verborgen stuurteken›d‹verkeerd omgezet teken›e‹ongeldig teken›',
    );
    expect(formatIssues([{ severity: 'error', file: 'x.yaml', message: 'onbekend veld "ro\u000ble"' }])).toContain(
      'onbekend veld "ro‹verborgen regelovergang (Shift+Enter in Word)›le"',
    );
    expect(['\u0093', '\u0094', '\u0085', '\u0096', '\u0080', '\u0081', 'a', '“'].map(meantCharacter)).toEqual([
      '“',
      '”',
      '…',
      '–',
      '€',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a text that starts with an apostrophe, or another quote that is not closed', () => {
  const practice = (place: string) =>
    `---\ntitle: Kapot\nplace: ${place}\nkind: thema\nsources:\n  - "testbron"\n---\n\nTekst.\n`;

  it("'s-Hertogenbosch: the line and field where the quote opens, and double quotes around the whole text", () => {
    const { errorsIn } = checkWith({ 'plans/kapot.md': practice("'s-Hertogenbosch") });
    expect(errorsIn('plans/kapot.md')).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'place',
        message:
          "de velden zijn niet te lezen: de tekst begint met een apostrof ('), en die leest YAML als een aanhalingsteken dat niet wordt gesloten",
        hint: 'Zet de hele tekst tussen dubbele aanhalingstekens, met de apostrof erin: place: "\'s-Hertogenbosch".',
      }),
    ]);
    // In a .yaml file, with a closed quote on a later line, and in the middle of a list.
    const yaml = checkWith({
      'organisations/kapot.yaml': 'name: Kapot\nplace: \'t Hof\nkind: gemeente\nsources:\n  - "testbron"\n',
      'people/kapot.yaml': 'name: Kapot\nsources:\n  - \'t Hof\n  - "testbron"\n',
    });
    expect(yaml.errorsIn('organisations/kapot.yaml')).toEqual([
      expect.objectContaining({ line: 2, field: 'place', hint: expect.stringMatching(/: place: "'t Hof"\.$/) }),
    ]);
    expect(yaml.errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({ line: 3, field: 'sources.1', hint: expect.stringMatching(/: - "'t Hof"\.$/) }),
    ]);
  });

  it("a quote forgotten at the end ('nov 2019) is told to close it, not to keep the apostrophe in the text", () => {
    const { errorsIn } = checkWith({
      'organisations/kapot.yaml': 'name: Kapot\nplace: \'Hengelo\nkind: gemeente\nsources:\n  - "testbron"\n',
    });
    expect(errorsIn('organisations/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'place',
        message: 'de velden zijn niet te lezen: een aanhalingsteken wordt geopend maar niet gesloten',
      }),
    ]);
  });

  it('what the hint says to write is read with the apostrophe', () => {
    const checked = checkWith({
      'organisations/heel.yaml': 'name: Heel\nplace: "\'s-Hertogenbosch"\nkind: gemeente\nsources:\n  - testbron\n',
    });
    expect(checked.errorsIn('organisations/heel.yaml')).toEqual([]);
    expect(checked.entries.find(({ entry }) => entry.id === 'heel')?.data).toMatchObject({
      place: "'s-Hertogenbosch",
    });
  });

  it('an unclosed double quote: the field it opens is the example, not another one', () => {
    expect(errorsFor(person('role: "projectleider\norganisation: gemeente-testdorp'))).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'role',
        message: 'de velden zijn niet te lezen: een aanhalingsteken wordt geopend maar niet gesloten',
        hint: 'Zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin: role: "…".',
      }),
    ]);
  });
});

describe('advice that fits the mistake', () => {
  const team = (person: string, member: string) =>
    `name: Testteam\nkind: ontwikkelteam\nsummary: Een verzonnen team om de controle mee te testen.\nmembers:\n  - person: ${person}\n${member}\n  - person: jan-test\nsources:\n  - testbron\n`;

  it("a team member's role indented three or five spaces: the indentation, with the spaces it needs, not a bracket", () => {
    // After a value in quotes, and after one without: YAML then reads the role's line as more of that value.
    const cases = [3, 5].flatMap((spaces) => ['"jan-test"', 'jan-test'].map((name) => [spaces, name] as const));
    for (const [spaces, name] of cases) {
      const { errorsIn } = checkWith({ 'teams/kapot.yaml': team(name, `${' '.repeat(spaces)}role: projectleider`) });
      expect(errorsIn('teams/kapot.yaml')).toEqual([
        expect.objectContaining({
          line: 6,
          message: 'de velden zijn niet te lezen: de inspringing klopt niet: "role" staat niet recht onder "person"',
          hint: 'Zet precies 4 spaties voor role, zodat het recht onder person begint. De velden van één item in een lijst staan precies onder elkaar.',
        }),
      ]);
    }
  });

  it('a text between curly quotes with ": " in it: the curly quotes are the problem, and straight ones the fix', () => {
    expect(errorsFor(person('role: “projectleider: jeugd”'))).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'de velden zijn niet te lezen: de tekst staat tussen krulaanhalingstekens (“ ”), en die leest YAML niet als aanhalingstekens: de dubbele punt in de tekst lijkt dan het begin van een veld',
        hint: 'Gebruik rechte aanhalingstekens: role: "projectleider: jeugd".',
      }),
    ]);
    // Without curly quotes, the usual advice.
    expect(errorsFor(person('role: projectleider: jeugd'))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('een tekst bevat een dubbele punt') }),
    ]);
  });

  it('a number with a leading zero where text belongs: the text with its zero between quotes, said once', () => {
    const organisation = (place: string) => `name: Kapot\nplace: ${place}\nkind: gemeente\nsources:\n  - testbron\n`;
    expect(
      checkWith({ 'organisations/kapot.yaml': organisation('0123') }).errorsIn('organisations/kapot.yaml'),
    ).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'place',
        message: 'hier hoort tekst, maar er staat het getal 0123, en dat leest de site als 123',
        hint: 'Zet de tekst tussen aanhalingstekens: place: "0123".',
      }),
    ]);
    // A number written as its value keeps the schema's message; one where a number belongs is fine.
    expect(checkWith({ 'organisations/kapot.yaml': organisation('123') }).errorsIn('organisations/kapot.yaml')).toEqual(
      [expect.objectContaining({ field: 'place', message: 'hier hoort tekst, maar er staat het getal 123' })],
    );
    const level = checkWith({
      'supportLevels/kapot.yaml':
        'name: Kapot\norder: 01\nshare: "5%"\nforms:\n  - Iets\nfunding:\n  - oab\nexplanation: Een verzonnen uitleg van het niveau.\nsources:\n  - testbron\n',
    }).errorsIn('supportLevels/kapot.yaml');
    expect(level.filter((error) => error.field === 'order')).toEqual([]);
  });

  it('an unclosed [ inside the fields is a bracket, not indentation; a # straight after a quote is said in Dutch', () => {
    expect(errorsFor(person('role: [testpersoon'))).toEqual([
      expect.objectContaining({ message: 'de velden zijn niet te lezen: een haakje wordt geopend maar niet gesloten' }),
    ]);
    expect(errorsFor(person('role: "Thema"#1'))).toEqual([
      expect.objectContaining({
        line: 2,
        message: 'de velden zijn niet te lezen: direct na een aanhalingsteken staat een #, zonder spatie ertussen',
      }),
    ]);
  });
});
