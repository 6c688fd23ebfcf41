import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatAnnotation, formatIssues, skippedChecks } from '../../src/lib/content-check/index.ts';
import { explainYamlError } from '../../src/lib/content-check/yaml-errors.ts';
import { movedPages } from '../../src/lib/moved-pages.ts';
import { root } from '../support/builds.ts';
import { BODY, checkWith, contentWith, plan, projectWithImages, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/** A newsletter edition with `body` as its text, which starts on line NEWSLETTER_BODY. */
const newsletter = (body: string) => `---
title: Testeditie
edition: Winter 2099
date: 2099-01-01
summary: Een verzonnen editie om de inhoudscontrole mee te testen.
sources:
  - testbron
---

${body}
`;
const NEWSLETTER_BODY = 10;

describe('the content check on valid content', () => {
  it('accepts the fixture content with no error and no warning', () => {
    const result = checkWith();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.files).toBe(5);
  });

  it('gives the valid entries with references as { collection, id }, the way Astro resolves them', () => {
    const person = checkWith().entries.find(({ entry }) => entry.id === 'jan-test');
    expect({ ...(person?.data.organisation as object) }).toEqual({
      collection: 'organisations',
      id: 'gemeente-testdorp',
    });
    expect((person?.data.sources as object[]).map((ref) => ({ ...ref }))).toEqual([
      { collection: 'sources', id: 'testbron' },
    ]);
  });

  it('accepts the real content with no error', () => {
    const result = checkContent({ root });
    expect(formatIssues(result.errors)).toBe('');
    expect(result.files).toBeGreaterThan(100);
  });
});

describe('a content folder that is not there', () => {
  it('is an error that names the folder and CONTENT_DIR, not an empty site', () => {
    const dir = path.join(root, 'tests/fixtures/content-check/bestaat-niet');
    const result = checkContent({ root, dir });
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/content-check/bestaat-niet',
        message: 'de map met de inhoud bestaat niet',
        hint: expect.stringContaining('CONTENT_DIR'),
      }),
    ]);
    expect(result.files).toBe(0);
  });
});

describe('YAML that does not parse', () => {
  it('a tab where spaces belong: the file, the line, and what to do, in Dutch', () => {
    const { errorsIn } = checkWith({ 'people/kapot.yaml': 'name: Kapot\nsources:\n\t- testbron\n' });
    expect(errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 3,
        message: 'de velden zijn niet te lezen: er staat een tab waar spaties horen',
        hint: expect.stringContaining('spaties'),
      }),
    ]);
  });

  it('quotes in a text that is itself between double quotes: the text with single quotes around it', () => {
    const { errorsIn } = checkWith({
      'people/kapot.yaml': 'name: Kapot\nrole: "De "trekker" van Jan\'s plan"\nsources:\n  - testbron\n',
    });
    expect(errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'de velden zijn niet te lezen: er staan aanhalingstekens in een tekst die zelf tussen aanhalingstekens staat: de tekst houdt op bij het tweede',
        hint: `Zet de tekst tussen enkele aanhalingstekens: role: 'De "trekker" van Jan''s plan' (een ' in de tekst wordt dan ''). Of schrijf de aanhalingstekens in de tekst als “ en ”.`,
      }),
    ]);
  });

  it('quotes in a double-quoted text with escaped ones or in a list: the hint gives the text as it reads', () => {
    const hintFor = (file: string, change: (text: string) => string) =>
      checkWith({ [file]: change }).errorsIn(file)[0]?.hint;
    expect(
      hintFor('people/jan-test.yaml', (t) => t.replace(/^role: .*$/m, 'role: "Het \\"samen\\" en "x" project"')),
    ).toBe(
      `Zet de tekst tussen enkele aanhalingstekens: role: 'Het "samen" en "x" project'. Of schrijf de aanhalingstekens in de tekst als “ en ”.`,
    );
    expect(
      hintFor('people/jan-test.yaml', (t) =>
        t.replace(/^sources:\n {2}- testbron/m, 'sources:\n  - "de "eerste" bron"'),
      ),
    ).toMatch(/^Zet de tekst tussen enkele aanhalingstekens: - 'de "eerste" bron'\./);
  });

  it('a text with ": " in it that is not quoted', () => {
    const { errorsIn } = checkWith({
      'people/kapot.yaml': 'name: Kapot\nrole: projectleider: jeugd\nsources:\n  - testbron\n',
    });
    expect(errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(/^de velden zijn niet te lezen: een tekst bevat een dubbele punt/),
        hint: expect.stringContaining('aanhalingstekens'),
      }),
    ]);
  });

  it('a text that goes on on the next line without indenting it, as it wraps in an editor', () => {
    const { errorsIn } = checkWith({
      'people/kapot.yaml': 'name: Kapot\nrole: coördinator van de tafel\nen van het netwerk\nsources:\n  - testbron\n',
    });
    expect(errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 3,
        message:
          'de velden zijn niet te lezen: deze regel heeft geen veldnaam (loopt de tekst van het veld erboven door op deze regel?)',
        hint: expect.stringContaining('verder inspringen dan de naam van het veld'),
      }),
    ]);
  });

  it('an unclosed bracket, with one message rather than its echoes', () => {
    const { errorsIn } = checkWith({
      'people/kapot.yaml': 'name: Kapot\nrole: [testpersoon\nsources:\n  - testbron\n',
    });
    const errors = errorsIn('people/kapot.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^de velden zijn niet te lezen/);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('an unclosed quote points at the line where it opens, counted from the top of a Markdown file', () => {
    const { errorsIn } = checkWith({
      'plans/kapot.md': '---\ntitle: Kapot\nsummary: "niet gesloten\nkind: thema\n---\n\nTekst.\n',
    });
    expect(errorsIn('plans/kapot.md')).toEqual([
      expect.objectContaining({
        line: 3,
        message: 'de velden zijn niet te lezen: een aanhalingsteken wordt geopend maar niet gesloten',
      }),
    ]);
  });

  it('a backslash in double quotes (a Windows path): what it is, in Dutch, and the two ways to write it', () => {
    const { errorsIn } = checkWith({
      'people/kapot.yaml': 'name: Kapot\nrole: "map C:\\jeugd"\nsources:\n  - testbron\n',
    });
    expect(errorsIn('people/kapot.yaml')).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'de velden zijn niet te lezen: een tekst tussen dubbele aanhalingstekens bevat een backslash (\\), en die is daar het begin van een code',
        hint: "Zet de tekst tussen enkele aanhalingstekens, zoals role: 'map C:\\jeugd', of schrijf tussen dubbele aanhalingstekens twee backslashes (\\\\) voor één.",
      }),
    ]);
    // Both ways the hint gives are read as the text the editor meant.
    for (const role of ["'map C:\\jeugd'", '"map C:\\\\jeugd"']) {
      const checked = checkWith({ 'people/heel.yaml': `name: Heel\nrole: ${role}\nsources:\n  - testbron\n` });
      expect(checked.errorsIn('people/heel.yaml')).toEqual([]);
      expect(checked.entries.find(({ entry }) => entry.id === 'heel')?.data).toMatchObject({ role: 'map C:\\jeugd' });
    }
  });

  it('a text that starts with *, & or ! (Markdown bold, a name like &Co, an exclamation): read as YAML code, so refused, in Dutch', () => {
    const person = (line: string) => `name: Kapot\n${line}\nsources:\n  - testbron\n`;
    const refused = (line: string) => checkWith({ 'people/kapot.yaml': person(line) }).errorsIn('people/kapot.yaml');
    // A reference to nothing: YAML cannot give the fields at all (it used to stop the check with a stack trace).
    const star = {
      line: 2,
      message:
        'de velden zijn niet te lezen: een tekst begint met een sterretje (*belangrijk*), en dat leest YAML als een verwijzing naar een andere plek in het bestand',
      hint: 'Een veld wordt niet vet of schuin. Laat de sterretjes weg, of zet de hele tekst tussen aanhalingstekens: role: "…".',
    };
    expect(refused('role: *belangrijk*')).toEqual([expect.objectContaining(star)]);
    // With more text after it, the one message instead of the syntax error it causes.
    expect(refused('role: *belangrijk* werk')).toEqual([expect.objectContaining(star)]);
    // A name for this place: YAML would keep only "adviseur".
    expect(refused('role: &Co adviseur')).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'de velden zijn niet te lezen: een tekst begint met &Co, en dat leest YAML als een naam voor deze plek: "&Co" valt dan weg',
        hint: 'Zet de hele tekst tussen aanhalingstekens: role: "…".',
      }),
    ]);
    expect(refused('role: * partners')).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('begint met een sterretje (*)') }),
    ]);
    expect(refused('role: & partners')).toEqual([
      expect.objectContaining({
        line: 2,
        message: 'de velden zijn niet te lezen: een tekst begint met &, en dat leest YAML als code',
      }),
    ]);
    // An exclamation mark: read as a type for the value, which would leave only "plan".
    expect(refused('role: !Nieuw plan')).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'de velden zijn niet te lezen: een tekst begint met !Nieuw, en dat leest YAML als een soort voor de waarde: "!Nieuw" valt dan weg',
      }),
    ]);
    // In a list, the hint shows a list item.
    const inList = checkWith({ 'people/kapot.yaml': 'name: Kapot\nsources:\n  - *testbron\n' }).errorsIn(
      'people/kapot.yaml',
    );
    expect(inList).toEqual([
      expect.objectContaining({ line: 3, hint: expect.stringMatching(/aanhalingstekens: - "…"\.$/) }),
    ]);
    // Between quotes it is the text the editor meant.
    const quoted = checkWith({ 'people/heel.yaml': 'name: Heel\nrole: "*belangrijk* werk"\nsources:\n  - testbron\n' });
    expect(quoted.errorsIn('people/heel.yaml')).toEqual([]);
    expect(quoted.entries.find(({ entry }) => entry.id === 'heel')?.data).toMatchObject({ role: '*belangrijk* werk' });
  });

  it('an error the check has no words for keeps the technical message, with the usual hint', () => {
    expect(explainYamlError({ code: 'BAD_DIRECTIVE', message: 'Unknown directive %FOO\nat line 1' })).toEqual({
      message: 'er is een fout in de opmaak (technische melding: Unknown directive %FOO)',
      hint: expect.stringContaining('inspringing'),
    });
  });

  it('an empty file, or one with only spaces or a byte-order mark: one message, and how to start it again', () => {
    expect(checkWith({ 'plans/leeg.md': '\n' }).errorsIn('plans/leeg.md')).toEqual([
      expect.objectContaining({
        message: 'het bestand is leeg',
        hint: expect.stringContaining('npm run new -- plannen "Titel"'),
      }),
    ]);
    for (const text of ['', '  \n\n', '\uFEFF']) {
      const { errorsIn } = checkWith({ 'people/leeg.yaml': text });
      expect(errorsIn('people/leeg.yaml')).toEqual([
        expect.objectContaining({
          message: 'het bestand is leeg',
          hint: 'Vul de velden in (docs/velden.md zegt welke), of verwijder het bestand. Wilt u opnieuw beginnen met alle velden erin, verwijder het dan en maak een nieuw met npm run new -- mensen "Naam", met de echte naam tussen de aanhalingstekens.',
        }),
      ]);
    }
  });

  it('reports a field written twice, by its name, on the line of the second', () => {
    const { errorsIn } = checkWith({
      'people/dubbel.yaml': 'name: Dubbel\nrole: lid\nname: Dubbel\nsources:\n  - testbron\n',
    });
    expect(errorsIn('people/dubbel.yaml')).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('het veld "name" staat er twee keer in') }),
    ]);
  });

  it('reports a Markdown file without the fields between two --- lines', () => {
    const { errorsIn } = checkWith({ 'plans/zonder.md': 'title: Zonder\n\nTekst.\n' });
    expect(errorsIn('plans/zonder.md')[0]).toMatchObject({ line: 1, message: expect.stringContaining('---') });
  });

  it('reports an MDX body that does not parse, with its line', () => {
    const { errorsIn } = checkWith({ 'plans/kapot-mdx.mdx': plan('Tekst.\n\n<Kader>\nniet gesloten\n') });
    const [error] = errorsIn('plans/kapot-mdx.mdx');
    expect(error?.message).toMatch(/^de tekst is niet te lezen als MDX/);
    expect(error?.line).toBeGreaterThanOrEqual(BODY + 2);
    expect(error?.hint).toContain('.md');
  });

  it('an MDX component the site does not have: its name and line, instead of the build stopping on it in English', () => {
    const { errorsIn } = checkWith({
      'plans/onderdeel.mdx': plan('Tekst met <Markering>nadruk</Markering>.\n\n<Kader />\n\n<ui.Kaart />\n'),
    });
    expect(errorsIn('plans/onderdeel.mdx')).toEqual(
      [
        [BODY, 'Markering'],
        [BODY + 2, 'Kader'],
        [BODY + 4, 'ui.Kaart'],
      ].map(([line, name]) =>
        expect.objectContaining({
          line,
          message: `het onderdeel <${name}> bestaat niet op deze site`,
          hint: expect.stringContaining(
            `Haal <${name}> weg (staat er tekst tussen <${name}> en </${name}>, laat die dan staan)`,
          ),
        }),
      ),
    );
    // A name in an import's path or in a string declares nothing.
    const named = checkWith({
      'plans/pad.mdx': plan(
        "import Blok from './Kaart.js';\nexport const meta = { title: 'Kader' };\n\n<Kaart />\n\n<Kader />\n",
      ),
    }).errorsIn('plans/pad.mdx');
    expect(named.map((error) => error.message).filter((message) => message.startsWith('het onderdeel'))).toEqual([
      'het onderdeel <Kaart> bestaat niet op deze site',
      'het onderdeel <Kader> bestaat niet op deze site',
    ]);
    // HTML elements, the Fragment MDX brings, and a component the file imports itself are fine.
    const fine = plan(
      "import Kader from '/src/lib/urls.ts';\n\n<details><summary>Meer</summary>Tekst</details>\n\n<Fragment>Tekst</Fragment>\n\n<Kader />\n",
    );
    expect(checkWith({ 'plans/goed.mdx': fine }).errorsIn('plans/goed.mdx')).toEqual([]);
  });

  it('a name between { } in MDX that the file does not know, meant as a placeholder in a template', () => {
    const body = [
      "import { href } from '/src/lib/urls.ts';",
      'export const jaar = 2026;',
      '',
      'Beste {naam}, tot ziens.',
      '',
      '{klant.naam}',
      '',
      'Goed: {jaar}, {1 + 1}, {href}, {/* een opmerking */}, {Math.max(1, 2)} en \\{naam\\}.',
      '',
      'Ook goed: {frontmatter.title}, {globalThis} en {Object}.',
    ].join('\n');
    const { errorsIn } = checkWith({ 'plans/sjabloon.mdx': plan(body) });
    const hint = (text: string) =>
      `Bedoelt u de accolades als tekst, zoals in een sjabloon? Zet dan een \\ voor elke accolade: \\{${text}\\}. Of haal de accolades weg.`;
    expect(errorsIn('plans/sjabloon.mdx')).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/sjabloon.mdx'),
        line: BODY + 3,
        message:
          '"{naam}": wat tussen accolades staat, is in een .mdx-bestand code, en de pagina kent "naam" niet, dus de build stopt',
        hint: hint('naam'),
      },
      expect.objectContaining({ line: BODY + 5, message: expect.stringMatching(/^"\{klant\.naam\}"/) }),
    ]);
  });

  it("a name Astro gives every .mdx file, between { } on its own: the build's file path, [object Object] or nothing", () => {
    const body = 'Bijlage: {file}. Zie {url}. Namens {props.naam}. Gegevens: {frontmatter}. Koppen: {getHeadings}.';
    const { errorsIn } = checkWith({ 'plans/namen.mdx': plan(body) });
    expect(errorsIn('plans/namen.mdx').map((e) => e.message)).toEqual([
      '"{file}" toont op de pagina de plaats van het bestand op de computer die de site bouwt',
      '"{url}" toont op de pagina de plaats van het bestand op de computer die de site bouwt',
      '"{props.naam}" toont op de pagina niets: de site geeft een tekst geen gegevens mee',
      '"{frontmatter}" toont op de pagina "[object Object]"',
      '"{getHeadings}" toont op de pagina de code van een functie',
    ]);
    expect(errorsIn('plans/namen.mdx')[0]?.hint).toMatch(
      /^Een veld van deze pagina zet u in de tekst met \{frontmatter\./,
    );
  });

  it("words between { } in MDX, which are no code: the parser's message says how to write braces as text", () => {
    const { errorsIn } = checkWith({ 'plans/woorden.mdx': plan('Dit is {vul hier de datum in}.') });
    expect(errorsIn('plans/woorden.mdx')).toEqual([
      expect.objectContaining({
        message: 'de tekst is niet te lezen als MDX',
        hint: expect.stringContaining(
          'Bedoelt u < of { als tekst, zoals in {vul hier de datum in}? Zet er dan een \\ voor: \\{ en \\<.',
        ),
      }),
    ]);
  });

  it('an MDX import of a file that is not there or a package that is not installed, at its line', () => {
    const imports = [
      "import { href } from '/src/lib/urls.ts';",
      // Vite's extensions, a folder's index file, and a query after the path.
      "import { withBase } from '/src/lib/urls';",
      "import { checkContent } from '/src/lib/content-check';",
      "import bron from '/src/lib/urls.ts?raw';",
      "import { z } from 'astro/zod';",
      "import { getImage } from 'astro:assets';",
      "import fs from 'node:fs';",
      '// import Oud from "./oud.js";',
      "import Kader from '../components/kader.js';",
      'import {',
      '  Blok,',
      "} from '/src/components/blok.ts';",
      "import grafiek from 'grafiek-maker/lijn';",
      "export { Teken } from '@verzonnen/tekenen';",
    ].join('\n');
    const { errorsIn } = checkWith({ 'plans/import.mdx': plan(`${imports}\n\nTekst.\n`) });
    expect(errorsIn('plans/import.mdx').map(({ line, message }) => ({ line, message }))).toEqual([
      {
        line: BODY + 8,
        message: 'het bestand "../components/kader.js" dat hier wordt ingeladen (import), bestaat niet',
      },
      {
        line: BODY + 9,
        message: 'het bestand "/src/components/blok.ts" dat hier wordt ingeladen (import), bestaat niet',
      },
      {
        line: BODY + 12,
        message: 'het pakket "grafiek-maker" dat hier wordt ingeladen (import), is niet geïnstalleerd',
      },
      {
        line: BODY + 13,
        message: 'het pakket "@verzonnen/tekenen" dat hier wordt ingeladen (import), is niet geïnstalleerd',
      },
    ]);
  });

  it('an MDX import of a part of an installed package that the package does not offer', () => {
    const imports = [
      // Keys of "exports", also through a pattern ("./tsconfigs/*"); a package without "exports", by its files.
      "import { z } from 'astro/zod';",
      "import basis from 'astro/tsconfigs/base.json';",
      "import slugger from 'github-slugger';",
      "import regex from 'github-slugger/regex.js';",
      "import iets from 'astro/bestaat-niet';",
      "import intern from 'juice/lib/inline';",
      "import anders from 'github-slugger/anders.js';",
    ].join('\n');
    const { errorsIn } = checkWith({ 'plans/onderdeel.mdx': plan(`${imports}\n\nTekst.\n`) });
    expect(errorsIn('plans/onderdeel.mdx')).toEqual([
      expect.objectContaining({
        line: BODY + 4,
        message: 'het pakket "astro" heeft geen onderdeel "bestaat-niet" dat hier kan worden ingeladen (import)',
        hint: 'Controleer wat er na astro/ staat: een pakket stelt alleen bepaalde onderdelen beschikbaar. Of haal de regel met import weg.',
      }),
      expect.objectContaining({
        line: BODY + 5,
        message: expect.stringContaining('"juice" heeft geen onderdeel "lib/inline"'),
      }),
      expect.objectContaining({
        line: BODY + 6,
        message: expect.stringContaining('"github-slugger" heeft geen onderdeel "anders.js"'),
      }),
    ]);
  });
});

describe('schema errors', () => {
  it('a missing required field names the field and what it is for', () => {
    const { errorsIn } = checkWith({ 'people/jan-test.yaml': (t) => t.replace(/^name:.*\n/m, '') });
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'name',
        message: 'dit verplichte veld ontbreekt',
        hint: expect.stringContaining('Voor- en achternaam'),
      }),
    ]);
  });

  it('a missing choice is missing too, with the values to choose from', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace(/^kind:.*\n/m, '') });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        field: 'kind',
        message: 'dit verplichte veld ontbreekt',
        hint: 'Kies uit: plan-van-aanpak, thema, project.',
      }),
    ]);
  });

  it('an empty field says it is still empty, with the field and its line', () => {
    const { errorsIn } = checkWith({ 'people/jan-test.yaml': (t) => t.replace(/^role:.*$/m, 'role:') });
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'role',
        line: 2,
        message: 'dit veld is nog leeg',
        hint: expect.stringContaining('Functie'),
      }),
    ]);
  });

  it('a website is an http or https address with a host name and no spaces, as the editor asks', () => {
    const website = (url: string) =>
      checkWith({
        'organisations/gemeente-testdorp.yaml': (text) => `${text.trimEnd()}\nwebsite: "${url}"\n`,
      }).errorsIn('organisations/gemeente-testdorp.yaml');
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:info@testdorp.nl',
      'www.testdorp.nl',
      'https://testdorp',
    ])
      expect(website(url), url).toEqual([
        expect.objectContaining({
          field: 'website',
          message: `"${url}" heeft niet de juiste vorm`,
          hint: 'Schrijf het hele webadres: https://, dan de naam van de website met een punt erin, zoals https://www.almelo.nl/.',
        }),
      ]);
    expect(website('https://www.testdorp.nl/ jeugd')).toEqual([
      expect.objectContaining({ field: 'website', message: 'een webadres heeft geen spaties: haal ze weg' }),
    ]);
    // One message for an address that is wrong in more ways than one.
    expect(website('ftp://intra net')).toHaveLength(1);
    for (const url of ['https://www.testdorp.nl/jeugd/', 'HTTPS://WWW.TESTDORP.NL', 'http://testdorp.nl/?a=1#b'])
      expect(website(url), url).toEqual([]);
  });

  it('an unknown field names its line and suggests the right one', () => {
    const { errorsIn } = checkWith({ 'people/jan-test.yaml': (t) => t.replace(/^role:/m, 'rol:') });
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'rol',
        line: 2,
        message: 'onbekend veld "rol"',
        hint: expect.stringContaining('Bedoelt u "role"?'),
      }),
    ]);
  });

  it('a date that is no date says how to write one', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: thema\ndate: 24 januari 2023'),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        field: 'date',
        line: 5,
        message: '"24 januari 2023" is geen geldige datum',
        hint: expect.stringContaining('JJJJ-MM-DD'),
      }),
    ]);
  });

  // JavaScript (and Astro's YAML reader) would roll 29 February 2019 over into 1 March without a word.
  it('a day that does not exist is an error that quotes it, in every date field', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: thema\ndate: 2019-02-29\nreviewBy: 2020-13-45'),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        field: 'date',
        line: 5,
        message: '"2019-02-29" is een datum die niet bestaat',
        hint: expect.stringContaining('JJJJ-MM-DD'),
      }),
      expect.objectContaining({ field: 'reviewBy', line: 6, message: '"2020-13-45" is een datum die niet bestaat' }),
    ]);
  });

  it('a name written where an id belongs: the id to write instead, made from the name', () => {
    const { errorsIn } = checkWith({
      'people/jan-test.yaml': (t) =>
        t
          .replace('organisation: gemeente-testdorp', 'organisation: Gemeente Testdorp')
          .replace('  - testbron', '  - Test Bron'),
    });
    const errors = errorsIn('people/jan-test.yaml');
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'organisation',
        line: 3,
        message: '"Gemeente Testdorp" is geen id van een organisatie',
        hint: expect.stringMatching(
          /^Bedoelt u "gemeente-testdorp"\? Schrijf het id: de naam van een bestand in content\/organisations\//,
        ),
      }),
      expect.objectContaining({ field: 'sources.1', line: 5, message: '"Test Bron" is geen id van een bron' }),
    ]);
    expect(errors[1]?.hint).toMatch(/^Bedoelt u "testbron"\? /);
  });

  it('a number in quotes says to take the quotes away; a whole number says so', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) =>
        t.replace(
          'kind: thema',
          'kind: thema\nageRange:\n  fromMonths: "12"\n  toMonths: 2.5\n  label: een tot twee jaar',
        ),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        field: 'ageRange.fromMonths',
        message: 'hier hoort een getal, maar er staat "12"',
        hint: 'Haal de aanhalingstekens weg: schrijf 12.',
      }),
      expect.objectContaining({
        field: 'ageRange.toMonths',
        message: 'hier hoort een heel getal (zonder komma), maar er staat het getal 2.5',
      }),
    ]);
  });

  it('a number in quotes gets the quotes-away hint only where the number itself would do', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) =>
        t.replace('kind: thema', 'kind: thema\nageRange:\n  fromMonths: "2.5"\n  toMonths: 12\n  label: een jaar'),
    });
    const [error] = errorsIn('plans/testplan.md');
    expect(error).toMatchObject({ field: 'ageRange.fromMonths', message: 'hier hoort een getal, maar er staat "2.5"' });
    expect(error?.hint).not.toContain('aanhalingstekens');
  });

  it('an empty place in a list of groups (a team member) names the fields to fill in, and the rule they follow', () => {
    const { errorsIn } = checkWith({
      'teams/team-test.yaml': 'name: Team Test\nmembers:\n  - person: jan-test\n  -\nsources:\n  - testbron\n',
    });
    expect(errorsIn('teams/team-test.yaml').find((e) => e.field === 'members.2')).toMatchObject({
      message: 'plaats 2 in de lijst members is leeg',
      hint: expect.stringMatching(
        /^Vul op deze plaats de velden in \(person, organisation, party, vacancy, role\); let op: een lid heeft precies één van person, organisation, party of vacancy: vul er één in en haal de andere weg, of haal de regel met "-" weg\./,
      ),
    });
  });

  it('an empty row of a list, and an empty list, say which and what to write', () => {
    const { errorsIn } = checkWith({
      'people/jan-test.yaml': (t) => t.replace('  - testbron', '  - testbron\n  -'),
      'organisations/gemeente-testdorp.yaml': (t) => t.replace('sources:\n  - testbron', 'sources: []'),
    });
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'sources.2',
        line: 6,
        message: 'plaats 2 in de lijst sources is leeg',
        hint: expect.stringMatching(
          /^Schrijf iets achter de "- ", of haal de regel met "-" weg\. Het veld is bedoeld voor: /,
        ),
      }),
    ]);
    expect(errorsIn('organisations/gemeente-testdorp.yaml')).toEqual([
      expect.objectContaining({
        field: 'sources',
        message: 'de lijst is leeg',
        hint: expect.stringMatching(
          /^Zet er minstens één regel onder die begint met "- "\. Het veld is bedoeld voor: /,
        ),
      }),
    ]);
  });

  it('a value outside a list suggests the closest and lists the choices', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: themaa') });
    const [error] = errorsIn('plans/testplan.md');
    expect(error).toMatchObject({ field: 'kind', line: 4, message: '"themaa" is geen toegestane waarde' });
    expect(error?.hint).toContain('Bedoelt u "thema"?');
    expect(error?.hint).toContain('plan-van-aanpak, thema, project');
  });
});

describe('references and ids', () => {
  it('a reference to an entry that does not exist names the field, its line and the closest id', () => {
    const { errorsIn } = checkWith({
      'people/jan-test.yaml': (t) => t.replace('organisation: gemeente-testdorp', 'organisation: gemeente-testdorpp'),
    });
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'organisation',
        line: 3,
        message: 'verwijst naar "gemeente-testdorpp", maar er is geen organisatie met die naam',
        hint: expect.stringContaining('Bedoelt u "gemeente-testdorp"?'),
      }),
    ]);
  });

  it('the id of an entry of another kind (an organisation where a person belongs) says so, instead of asking for a new file', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) => t.replace('  - jan-test', '  - gemeente-testdorp'),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        field: 'people.1',
        message: 'verwijst naar "gemeente-testdorp", maar dat is een organisatie, en hier hoort een persoon',
        hint: 'Schrijf hier de naam van een bestand in content/people/ zonder extensie. Hoort "gemeente-testdorp" bij de pagina, zet het dan in een veld voor een organisatie.',
      }),
    ]);
  });

  it('reports a dangling reference in an entry that also has a schema error', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: themaa').replace('  - jan-test', '  - jan-tets'),
    });
    const errors = errorsIn('plans/testplan.md');
    expect(errors.map((e) => e.field)).toEqual(['kind', 'people.1']);
    expect(errors[1]).toMatchObject({
      line: 8,
      message: 'verwijst naar "jan-tets", maar er is geen persoon met die naam',
    });
  });

  it('reports every dangling reference of a file, in lists too', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) =>
        t.replace('  - testbron', '  - testbron\n  - geen-bron').replace('  - jan-test', '  - niemand'),
    });
    expect(errorsIn('plans/testplan.md').map((e) => [e.field, e.line])).toEqual([
      ['people.1', 8],
      ['sources.2', 11],
    ]);
  });

  it('two files with the same id', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.mdx': plan('Tekst.') });
    const errors = [...errorsIn('plans/testplan.md'), ...errorsIn('plans/testplan.mdx')];
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('het id "testplan" bestaat al');
  });

  it('a file name that is no valid id', () => {
    const { errorsIn } = checkWith({ 'people/Jan Test.yaml': 'name: Jan Test\nsources:\n  - testbron\n' });
    expect(errorsIn('people/Jan Test.yaml')[0]?.message).toContain('is geen geldig id');
  });

  it('a file whose extension is typed twice (regie.md.md) is told to drop one, not to become regie-md.md', () => {
    const { errorsIn } = checkWith({ 'plans/nieuw-plan.md.md': plan('Tekst.'), 'people/Jan Test.YAML.yaml': 'x' });
    expect(errorsIn('plans/nieuw-plan.md.md')).toEqual([
      expect.objectContaining({ hint: expect.stringMatching(/^Noem het bestand "nieuw-plan\.md"\./) }),
    ]);
    expect(errorsIn('people/Jan Test.YAML.yaml')).toEqual([
      expect.objectContaining({ hint: expect.stringMatching(/^Noem het bestand "jan-test\.yaml"\./) }),
    ]);
  });

  it('a file in a folder inside the collection says so, rather than that its name is no id', () => {
    const { errorsIn } = checkWith({ 'people/oud/jan-test.yaml': 'name: Jan Oud\nsources:\n  - testbron\n' });
    expect(errorsIn('people/oud/jan-test.yaml')).toEqual([
      expect.objectContaining({
        message: 'het bestand staat in een submap (oud) van content/people',
        hint: 'Zet het bestand direct in content/people/; de site kent geen submappen.',
      }),
    ]);
  });
});

describe('links in the text', () => {
  it('a link or image Markdown does not read because of a space: the text it would show, and what to change', () => {
    const body =
      'Zie ![Een foto](/afbeeldingen/mijn foto.png) hier.\n\nLees [het plan](/plannen/testplan/ ) en [het plan Regie] (/plannen/testplan/).\n\nHet rapport [1] (2019) en [het plan](/plannen/testplan/ "Het plan").';
    const { errorsIn } = checkWith({ 'plans/spaties.md': plan(body) });
    expect(errorsIn('plans/spaties.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: '"![Een foto](/afbeeldingen/mijn foto.png)" wordt geen afbeelding: er staat een spatie in het adres',
        hint: 'Geef het bestand een naam zonder spaties, zoals mijn-foto.png in plaats van mijn foto.png, en pas het adres aan.',
      }),
      expect.objectContaining({
        line: BODY + 2,
        message: '"[het plan Regie] (/plannen/testplan/)" wordt geen link: er staat een spatie tussen ] en (',
        hint: 'Schrijf ] en ( direct achter elkaar, zoals [het plan Regie](/plannen/regie/). Bedoelt u de blokhaken als tekst? Zet dan een \\ voor elke blokhaak: \\[zo\\].',
      }),
    ]);
    // A reference link needs its line with the address; with it, it is a link like any other.
    const references = plan('Lees [het testplan][plan] en [de begrippen][].\n\n[plan]: /plannen/testplan/\n');
    expect(checkWith({ 'plans/verwijzing.md': references }).errorsIn('plans/verwijzing.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: '"[de begrippen][]" wordt geen link: er is geen regel "[de begrippen]: adres"',
        hint: 'Zet onder de tekst een regel met het adres, zoals [de begrippen]: /plannen/regie/, of schrijf de link in één keer: [de begrippen](/plannen/regie/). Bedoelt u de blokhaken als tekst? Zet dan een \\ voor elke blokhaak: \\[zo\\].',
      }),
    ]);
  });

  it('an unread link is quoted as it was written, with bold in its text, in a heading or a table; escaped or code is text', () => {
    const body = [
      'Lees [**het** plan](/plannen/test plan/) en ![foto van *de* tafel](/afbeeldingen/de tafel.png).',
      '',
      '## Over [het plan] (/plannen/testplan/)',
      '',
      '| Plan |',
      '| --- |',
      '| [regie][ontbreekt] |',
      '',
      'Zo schrijft u het niet: \\[het plan\\](/plannen/test plan/) of `[het plan](/plannen/test plan/)`.',
      '',
      'En [een link](/plannen/testplan/) naast [**de** tekst] (2019) is goed.',
      '',
      'Een foto als link: [![Foto](/afbeeldingen/mijn foto.png)](/plannen/testplan/), en één regel verder',
      'nog [een link](/plannen/test plan/).',
    ].join('\n');
    const { errorsIn } = checkWith({ 'plans/geschreven.md': plan(body) });
    expect(errorsIn('plans/geschreven.md').map(({ line, message }) => ({ line, message }))).toEqual([
      {
        line: BODY,
        message: '"[**het** plan](/plannen/test plan/)" wordt geen link: er staat een spatie in het adres',
      },
      {
        line: BODY,
        message:
          '"![foto van *de* tafel](/afbeeldingen/de tafel.png)" wordt geen afbeelding: er staat een spatie in het adres',
      },
      {
        line: BODY + 2,
        message: '"[het plan] (/plannen/testplan/)" wordt geen link: er staat een spatie tussen ] en (',
      },
      {
        line: BODY + 6,
        message: '"[regie][ontbreekt]" wordt geen link: er is geen regel "[ontbreekt]: adres"',
      },
      {
        line: BODY + 12,
        message: '"![Foto](/afbeeldingen/mijn foto.png)" wordt geen afbeelding: er staat een spatie in het adres',
      },
      {
        line: BODY + 13,
        message: '"[een link](/plannen/test plan/)" wordt geen link: er staat een spatie in het adres',
      },
    ]);
    // In MDX, inside an element that was read.
    const mdx = plan('Lees <strong>[het plan](/plannen/test plan/)</strong> nu.\n');
    expect(checkWith({ 'plans/element.mdx': mdx }).errorsIn('plans/element.mdx')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: '"[het plan](/plannen/test plan/)" wordt geen link: er staat een spatie in het adres',
      }),
    ]);
  });

  it('a link to a page that does not exist names the line and suggests the page meant', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('Eerste regel.\n\nZie [Jan Test](/mensen/jan-tets/).') });
    expect(errorsIn('plans/links.md')).toEqual([
      expect.objectContaining({
        line: BODY + 2,
        message: 'de link "/mensen/jan-tets/" gaat naar een pagina die niet bestaat',
        hint: expect.stringContaining('Bedoelt u "/mensen/jan-test/"?'),
      }),
    ]);
  });

  it('a link to a folder that sends the visitor on is a warning with the page to link to, and only those folders', () => {
    // src/pages/[...moved].astro has a rest parameter at the root: its shape matches every address.
    const links = movedPages.map((page, i) => `[pagina ${i}](${page.from})`).join(' en ');
    const { errorsIn, warningsIn } = checkWith({
      'plans/links.md': plan(`Zie ${links}.\n\nEn [weg](/nergens/diep/).`),
    });
    expect(errorsIn('plans/links.md').map((e) => e.message)).toEqual([
      'de link "/nergens/diep/" gaat naar een pagina die niet bestaat',
    ]);
    expect(warningsIn('plans/links.md')).toEqual(
      movedPages.map((page) =>
        expect.objectContaining({
          line: BODY,
          message: `de link "${page.from}" gaat naar een map zonder eigen pagina: de lezer komt via een tussenpagina op ${page.label}`,
          hint: `Link direct naar "${page.to}".`,
        }),
      ),
    );
  });

  it('an e-mail address as people copy it gets the address to write', () => {
    const hintFor = (email: string) =>
      checkWith({ 'people/jan-test.yaml': (t) => `${t}email: "${email}"\n` }).errorsIn('people/jan-test.yaml')[0]?.hint;
    expect(hintFor('mailto:jan@testdorp.nl')).toBe(
      'Schrijf alleen het adres, zonder "mailto:" ervoor: jan@testdorp.nl.',
    );
    expect(hintFor('Jan Test <jan@testdorp.nl>')).toBe(
      'Schrijf alleen het adres, zonder de naam en zonder < >: jan@testdorp.nl.',
    );
    expect(hintFor('jan @testdorp.nl')).toBe('Schrijf alleen het adres, zonder spaties: jan@testdorp.nl.');
    expect(hintFor('jan-testdorp.nl')).toBe('Schrijf een e-mailadres, bijvoorbeeld naam@organisatie.nl.');
  });

  it('a team member written as an id alone gets the field to write it under', () => {
    const team = (members: string) =>
      `name: Testteam\nkind: werkgroep\nsummary: Een verzonnen team om de controle mee te testen.\nmembers:\n${members}sources:\n  - testbron\n`;
    const { errorsIn } = checkWith({
      'teams/testteam.yaml': team('  - jan-test\n  - gemeente-testdorp\n  - wijkteam\n'),
    });
    expect(errorsIn('teams/testteam.yaml').map(({ field, hint }) => ({ field, hint }))).toEqual([
      {
        field: 'members.1',
        hint: expect.stringMatching(
          /^Schrijf de naam van het veld ervoor: "- person: jan-test"\. Velden hier: person, organisation, party, vacancy, role\./,
        ),
      },
      {
        field: 'members.2',
        hint: expect.stringMatching(/^Schrijf de naam van het veld ervoor: "- organisation: gemeente-testdorp"\./),
      },
      {
        field: 'members.3',
        hint: expect.stringMatching(/^Schrijf de naam van het veld ervoor: "- party: wijkteam"\./),
      },
    ]);
  });

  it('a link address between quotes, straight or curly, says to take them away', () => {
    const { errorsIn } = checkWith({
      'plans/links.md': plan("Zie [de site](“https://www.almelo.nl”) en [het plan]('/plannen/testplan/')."),
    });
    expect(errorsIn('plans/links.md').map(({ message, hint }) => ({ message, hint }))).toEqual([
      {
        message:
          'de link "“https://www.almelo.nl”" staat tussen aanhalingstekens, en die horen dan bij het adres: de link werkt niet',
        hint: 'Haal de aanhalingstekens weg: schrijf (https://www.almelo.nl).',
      },
      {
        message:
          'de link "\'/plannen/testplan/\'" staat tussen aanhalingstekens, en die horen dan bij het adres: de link werkt niet',
        hint: 'Haal de aanhalingstekens weg: schrijf (/plannen/testplan/).',
      },
    ]);
  });

  it('a link to a file that is not there says where files go, not what a page address is', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('Lees [het verslag](/documenten/verslag.pdf).') });
    expect(errorsIn('plans/links.md')).toEqual([
      expect.objectContaining({
        message: 'de link "/documenten/verslag.pdf" gaat naar een bestand dat niet bestaat',
        hint: 'Zet het bestand in de map public/ (bijvoorbeeld public/documenten/verslag.pdf) en schrijf het adres vanaf die map: /documenten/verslag.pdf. Of link naar de website waar het bestand staat, met een adres dat begint met https://.',
      }),
    ]);
  });

  it('a link with the collection folder instead of the page address gets the right address', () => {
    const { errorsIn } = checkWith({
      'plans/links.md': plan('Zie [Jan](/people/jan-test/) en [het plan](../plans/testplan.md).'),
    });
    const hints = errorsIn('plans/links.md').map((e) => e.hint);
    expect(hints).toEqual([
      expect.stringContaining('"/mensen/jan-test/"'),
      'Schrijf het adres van de pagina, niet van het bestand: "/plannen/testplan/".',
    ]);
  });

  it('a relative link is not an address on this site', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('Zie [de mensen](mensen/jan-test).') });
    const [error] = errorsIn('plans/links.md');
    expect(error?.message).toBe('de link "mensen/jan-test" is geen adres op deze site');
    expect(error?.hint).toBe('Begin het adres met een /: "/mensen/jan-test/".');
  });

  it('a link to another website or an e-mail address without its start says what to put before it', () => {
    const body =
      'Zie [Almelo](www.almelo.nl), [Hengelo](hengelo.nl/jeugd), mail [Junis](info@junis.nl) en [het verslag](verslag.pdf).';
    const { errorsIn } = checkWith({ 'plans/links.md': plan(body) });
    expect(errorsIn('plans/links.md').map((e) => e.hint)).toEqual([
      'Schrijf het volledige adres van de andere website, met https:// ervoor: https://www.almelo.nl.',
      'Schrijf het volledige adres van de andere website, met https:// ervoor: https://hengelo.nl/jeugd.',
      'Schrijf een e-mailadres met mailto: ervoor: mailto:info@junis.nl.',
      'Begin een adres op deze site met een /, zoals /plannen/regie/, of schrijf een volledig webadres dat begint met https://.',
    ]);
  });

  it('a link to a heading that does not exist suggests the heading meant', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('Zie [waarom](/plannen/testplan/#waarom-dit-plann).') });
    const [error] = errorsIn('plans/links.md');
    expect(error?.message).toBe(
      'de link "/plannen/testplan/#waarom-dit-plann" wijst naar een plek op de pagina die niet bestaat (#waarom-dit-plann)',
    );
    expect(error?.hint).toContain('Bedoelt u "#waarom-dit-plan"?');
    expect(error?.hint).toContain('#het-doel-van-het-plan');
  });

  it('a link to a term on the glossary page that does not exist', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('Over [OAB](/begrippen/#oab).') });
    expect(errorsIn('plans/links.md')[0]?.message).toContain('(#oab)');
  });

  it('an anchor on the same page is checked against its own headings', () => {
    const { errorsIn } = checkWith({
      'plans/links.md': plan('## Doel\n\nNaar [het doel](#doel) en [het begin](#begin).'),
    });
    expect(errorsIn('plans/links.md').map((e) => e.message)).toEqual([expect.stringContaining('(#begin)')]);
  });

  it('accepts static pages, files in public/, headings with punctuation, other sites and e-mail', () => {
    const body =
      '## Stand van zaken (november 2019)\n\n[Begrippen](/begrippen/), [wie doet wat](/wie-doet-wat), [het pictogram](/favicon.svg), [de stand](#stand-van-zaken-november-2019), [een site](https://example.org/x), [mail](mailto:a@example.org).';
    expect(checkWith({ 'plans/links.md': plan(body) }).errorsIn('plans/links.md')).toEqual([]);
  });

  it('an image that does not exist', () => {
    const { errorsIn } = checkWith({ 'plans/links.md': plan('![Een schema van de tafels](/afbeeldingen/schema.png)') });
    expect(errorsIn('plans/links.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: 'de afbeelding "/afbeeldingen/schema.png" bestaat niet',
        hint: 'Zet de afbeelding in de map public/ en schrijf het adres vanaf die map, zoals /afbeeldingen/naam.png voor public/afbeeldingen/naam.png.',
      }),
    ]);
  });

  it('an image written with other capitals than its file, or with a slip in its name, names the file', () => {
    const { errorsIn } = checkWith({
      'plans/links.md': plan(
        '![Het pictogram van de site](/Favicon.svg)\n\n![Het pictogram van de site](/favcon.svg)\n\n![Een schema van de tafels](/theme-init.png)',
      ),
    });
    expect(errorsIn('plans/links.md').map((e) => e.hint)).toEqual([
      'Bedoelt u "/favicon.svg"? Let op de hoofdletters: voor de server zijn Foto.png en foto.png twee verschillende bestanden.',
      'Bedoelt u "/favicon.svg"? Zet de afbeelding in de map public/ en schrijf het adres vanaf die map, zoals /afbeeldingen/naam.png voor public/afbeeldingen/naam.png.',
      // Only images are suggested: /theme-init.js is a script.
      'Zet de afbeelding in de map public/ en schrijf het adres vanaf die map, zoals /afbeeldingen/naam.png voor public/afbeeldingen/naam.png.',
    ]);
  });
});

describe('accessibility of the text', () => {
  it('an image without alt text, in Markdown and in HTML', () => {
    const { errorsIn } = checkWith({
      'plans/beeld.md': plan('![](/favicon.svg)\n\n<img src="/favicon.svg">\n\n![favicon.svg](/favicon.svg)'),
    });
    expect(errorsIn('plans/beeld.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: 'de afbeelding "/favicon.svg" heeft geen alt-tekst (beschrijving)',
        hint: expect.stringContaining('!['),
      }),
      expect.objectContaining({
        line: BODY + 2,
        message: 'de afbeelding "/favicon.svg" heeft geen alt-tekst (beschrijving)',
        hint: expect.stringContaining('alt="'),
      }),
      expect.objectContaining({
        line: BODY + 4,
        message: 'de alt-tekst van de afbeelding "/favicon.svg" is alleen een bestandsnaam',
      }),
    ]);
  });

  it('an alt text that only says there is an image ("foto", "Afbeelding 2", alt="Het logo")', () => {
    const { errorsIn } = checkWith({
      'plans/beeld.md': plan(
        '![foto](/favicon.svg)\n\n![Afbeelding 2.](/favicon.svg)\n\n<img src="/favicon.svg" alt="Het logo">\n\n![Foto van de tafel met bestuurders](/favicon.svg) ![Het logo van de GGD](/favicon.svg)',
      ),
    });
    expect(errorsIn('plans/beeld.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          'de alt-tekst "foto" van de afbeelding "/favicon.svg" zegt alleen dat er een afbeelding is, niet wat erop te zien is',
        hint: expect.stringContaining('!['),
      }),
      expect.objectContaining({ line: BODY + 2, message: expect.stringContaining('de alt-tekst "Afbeelding 2."') }),
      expect.objectContaining({
        line: BODY + 4,
        message: expect.stringContaining('de alt-tekst "Het logo"'),
        hint: expect.stringContaining('alt="'),
      }),
    ]);
  });

  it('an image in a newsletter that mail clients do not show (SVG, WebP), in Markdown and in HTML; JPG, PNG and GIF pass', () => {
    const { errorsIn } = checkWith({
      'newsletters/beeld.md': newsletter(
        '![Het pictogram](/favicon.svg)\n\n<img src="https://voorbeeld.test/foto.webp?v=2" alt="Een foto van de groep">\n\n![Een foto van de groep](https://voorbeeld.test/foto.JPG) ![Een schema van de tafels](https://voorbeeld.test/schema.png#groot) ![Een animatie](https://voorbeeld.test/a.gif)',
      ),
      // Outside a newsletter an SVG is fine: only the newsletter is also sent as an e-mail.
      'plans/beeld.md': plan('![Het pictogram](/favicon.svg)'),
    });
    // Images from another website are an error of their own ('an image from another website').
    const formatErrors = errorsIn('newsletters/beeld.md').filter((e) => !e.message.includes('op een andere website'));
    expect(formatErrors).toEqual([
      expect.objectContaining({
        line: NEWSLETTER_BODY,
        message: expect.stringMatching(/^de afbeelding "\/favicon\.svg" is geen JPG, PNG of GIF: veel mailprogramma's/),
        hint: expect.stringContaining('PNG'),
      }),
      expect.objectContaining({
        line: NEWSLETTER_BODY + 2,
        message: expect.stringContaining('"https://voorbeeld.test/foto.webp?v=2" is geen JPG, PNG of GIF'),
      }),
    ]);
    expect(errorsIn('plans/beeld.md')).toEqual([]);
  });

  it('an image in a file type browsers do not show (a photo from an iPhone, a scan), once, in a newsletter too', () => {
    const { errorsIn } = checkWith({
      'plans/beeld.md': plan(
        '![De groep aan tafel](/afbeeldingen/IMG_2041.HEIC)\n\n![De groep buiten](/afbeeldingen/buiten.jpg)',
      ),
      'newsletters/beeld.md': newsletter('<img src="/afbeeldingen/scan.tiff?v=2" alt="Het getekende convenant">'),
    });
    // The files are not there either: an error of its own ('a link or image to a file that does not exist').
    const typeErrors = (file: string) => errorsIn(file).filter((e) => !e.message.includes('bestaat niet'));
    expect(typeErrors('plans/beeld.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          'de afbeelding "/afbeeldingen/IMG_2041.HEIC" is een HEIC-bestand: browsers tonen dat niet (overal) als afbeelding, dus de lezer ziet op die plek niets',
        hint: expect.stringMatching(/^Sla de afbeelding opnieuw op als JPG \(foto\) of PNG/),
      }),
    ]);
    // Not also "no JPG, PNG or GIF" for the e-mail: one mistake, one message.
    expect(typeErrors('newsletters/beeld.md')).toEqual([
      expect.objectContaining({
        line: NEWSLETTER_BODY,
        message: expect.stringContaining('"/afbeeldingen/scan.tiff?v=2" is een TIFF-bestand'),
      }),
    ]);
  });

  it('a photo in the media folder that holds the place it was taken (GPS), used or not, JPG, PNG or WebP: a warning naming the file', async () => {
    // A project whose media folder has the phone's photo (with a place), unused, also as a PNG and a
    // WebP, and a JPEG without one.
    const phone = sharp(path.join(root, 'tests/fixtures/newsletter/telefoonfoto.jpg')).resize(200).keepExif();
    const project = projectWithImages({
      'zomer/met-plaats.JPG': fs.readFileSync(path.join(root, 'tests/fixtures/newsletter/telefoonfoto.jpg')),
      'zomer/met-plaats.png': await phone.clone().png().toBuffer(),
      'met-plaats.webp': await phone.clone().webp().toBuffer(),
      'zonder-plaats.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    });
    const dir = contentWith({ 'plans/foto.md': plan('![De groep buiten](/afbeeldingen/zonder-plaats.jpg)') });
    const result = checkContent({ root: project, dir, today: new Date('2025-06-01T12:00:00Z') });
    expect(result.errors.filter((issue) => issue.file.endsWith('/plans/foto.md'))).toEqual([]);
    expect(result.warnings.filter((issue) => issue.file.startsWith('public/'))).toEqual(
      ['met-plaats.webp', 'zomer/met-plaats.JPG', 'zomer/met-plaats.png'].map((file) => ({
        severity: 'warning',
        file: `public/afbeeldingen/${file}`,
        message: expect.stringMatching(/^de foto bevat de plaats waar ze is gemaakt \(GPS\)\./),
        hint: expect.stringContaining('geschiedenis van de opslagplaats'),
      })),
    );
  });

  it('a file of the media folder named as a JPG, PNG or WebP that holds something else (an iPhone photo, HEIC): an error naming the file, as the build would stop', () => {
    const project = projectWithImages({
      'zomer/IMG_2041.jpg': Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
      'scan.PNG': Buffer.from('II*\0\x08\0\0\0', 'latin1'),
      'leeg.webp': Buffer.alloc(0),
      'foto.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      'schema.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      // Not fitted by the build: another kind of file, and the hidden twin a Mac writes beside a photo.
      'verslag.pdf': Buffer.from('%PDF-1.7'),
      '._foto.jpg': Buffer.from([0, 5, 0x16, 0x07]),
    });
    const result = checkContent({ root: project, dir: contentWith(), today: new Date('2025-06-01T12:00:00Z') });
    expect(result.errors.filter((issue) => issue.file.startsWith('public/'))).toEqual(
      ['leeg.webp', 'scan.PNG', 'zomer/IMG_2041.jpg'].map((file) => ({
        severity: 'error',
        file: `public/afbeeldingen/${file}`,
        message:
          'dit bestand is geen afbeelding die de site kan tonen, hoewel de naam dat zegt (een foto van een iPhone, HEIC, heet soms .jpg)',
        hint: expect.stringMatching(/^Sla de afbeelding opnieuw op als JPG/),
      })),
    );
  });

  it('an SVG in public/ with code, with parts from another website, or that is no SVG: an error naming the file', () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
    const project = projectWithImages({
      'logos/gemeente.SVG': svg('<rect onclick="x()"/><script>alert(1)</script>'),
      'kaart.svg': svg('<image href="https://example.org/kaart.png"/>'),
      'schema.svg': 'PNG\r\n',
      'goed.svg': svg('<rect width="4" height="4"/>'),
    });
    const dir = contentWith({ 'plans/logo.md': plan('![Het logo van de gemeente](/afbeeldingen/goed.svg)') });
    const result = checkContent({ root: project, dir, today: new Date('2025-06-01T12:00:00Z') });
    expect(result.errors.filter((issue) => issue.file.startsWith('public/'))).toEqual([
      {
        severity: 'error',
        file: 'public/afbeeldingen/kaart.svg',
        message: expect.stringMatching(
          /^de SVG haalt delen van een andere website \(https:\/\/example\.org\/kaart\.png\)/,
        ),
        hint: expect.stringMatching(/^Sla de afbeelding op als PNG/),
      },
      {
        severity: 'error',
        file: 'public/afbeeldingen/logos/gemeente.SVG',
        message: expect.stringMatching(/^de SVG bevat code \(onclick="…", <script>\)\. Opent iemand het bestand/),
        hint: expect.stringMatching(/^Sla de afbeelding op als PNG en gebruik dat bestand/),
      },
      {
        severity: 'error',
        file: 'public/afbeeldingen/schema.svg',
        message: expect.stringMatching(/^dit is geen SVG die een browser kan tonen/),
        hint: expect.stringContaining('opnieuw op als SVG of als PNG'),
      },
    ]);
    expect(result.errors.filter((issue) => issue.file.endsWith('/plans/logo.md'))).toEqual([]);
  });

  it('an image without alt text in MDX', () => {
    const { errorsIn } = checkWith({ 'plans/beeld.mdx': plan('Tekst.\n\n<img src="/favicon.svg" />') });
    // The site path in the element is an error of its own (see the next test).
    expect(errorsIn('plans/beeld.mdx')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: BODY + 2, message: expect.stringContaining('geen alt-tekst') }),
      ]),
    );
  });

  it('a site path in an MDX <a> or <img>, which would not get the sub-path the site may live under', () => {
    const { errorsIn } = checkWith({
      'plans/onderdeel.mdx': plan(
        'Zie <a href="/plannen/testplan/">het plan</a>.\n\n<img src="/favicon.svg" alt="Het pictogram" />',
      ),
    });
    expect(errorsIn('plans/onderdeel.mdx')).toMatchObject([
      {
        line: BODY,
        message: 'de link "/plannen/testplan/" staat in een <a>-onderdeel, dat op een site in een submap niet werkt',
        hint: 'Schrijf de link in Markdown: [tekst](/plannen/testplan/).',
      },
      { line: BODY + 2, hint: 'Schrijf de afbeelding in Markdown: ![wat er te zien is](/favicon.svg).' },
    ]);
  });

  it('a heading that skips a level, and a level-1 heading in the text', () => {
    const { errorsIn } = checkWith({
      'plans/koppen.md': plan('## Goed\n\n#### Te diep\n\n# Dubbele titel\n\n### Ook te diep'),
    });
    expect(errorsIn('plans/koppen.md')).toEqual([
      expect.objectContaining({
        line: BODY + 2,
        message: expect.stringContaining('van niveau 2 naar niveau 4'),
        hint: expect.stringContaining('Gebruik hier ###'),
      }),
      expect.objectContaining({
        line: BODY + 4,
        message: expect.stringContaining('kop van niveau 1'),
        hint: expect.stringContaining('##'),
      }),
      expect.objectContaining({ line: BODY + 6, message: expect.stringContaining('van niveau 1 naar niveau 3') }),
    ]);
  });

  it('a heading without a word: empty, or only signs (which got id="" on the page)', () => {
    const { errorsIn } = checkWith({
      'plans/koppen.md': plan('## Goed\n\n##\n\n## ???\n\n## 2024\n\n## Wat nu?\n\n## <span></span>'),
    });
    const hint = 'Schrijf in de kop in een paar woorden waar de tekst eronder over gaat, of haal de regel weg.';
    expect(errorsIn('plans/koppen.md')).toEqual([
      expect.objectContaining({ line: BODY + 2, message: 'een kop zonder tekst', hint }),
      expect.objectContaining({ line: BODY + 4, message: 'de kop "???" heeft geen letters of cijfers', hint }),
      expect.objectContaining({ line: BODY + 10, message: 'een kop zonder tekst', hint }),
    ]);
  });

  it('a heading without a space after its #-signs, which the page would show as text', () => {
    const body = [
      '##Over ons',
      '',
      'Tekst\n###Daaronder',
      '',
      '> ##In een citaat',
      '',
      '#jeugd en #onderwijs',
      '',
      '\\#jeugd, en #1 in Twente:\n#1 in Twente',
      '',
      '##\u00a0Met een harde spatie',
      '',
      'Code `a\n#b`, <span title="a\n#b">x</span> en [de regel\n#anker](/plannen/testplan/).',
      '',
      '## Goed',
    ].join('\n');
    const { errorsIn, warningsIn } = checkWith({ 'plans/koppen.md': plan(body) });
    expect(errorsIn('plans/koppen.md')).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/koppen.md'),
        line: BODY,
        message: '"##Over ons" wordt geen kop: na de #-tekens staat geen spatie, dus de pagina toont ze als tekst',
        hint: 'Schrijf "## Over ons", met een gewone spatie na ##.',
      },
      expect.objectContaining({ line: BODY + 3, hint: 'Schrijf "### Daaronder", met een gewone spatie na ###.' }),
      expect.objectContaining({ line: BODY + 5, message: expect.stringMatching(/^"##In een citaat" wordt geen kop/) }),
      expect.objectContaining({
        line: BODY + 12,
        message:
          '"##\u00a0Met een harde spatie" wordt geen kop: na de #-tekens staat een harde spatie in plaats van een gewone, dus de pagina toont ze als tekst',
        hint: 'Schrijf "## Met een harde spatie", met een gewone spatie na ##.',
      }),
    ]);
    // One sign may be a hashtag: a warning, which the escaped sign (\#) does not get, nor a number (#1).
    expect(warningsIn('plans/koppen.md')).toEqual([
      expect.objectContaining({
        line: BODY + 7,
        message:
          '"#jeugd en #onderwijs" wordt geen kop: na het #-teken staat geen spatie, dus de pagina toont het als tekst',
        hint: 'Bedoelt u een kop, schrijf dan "## jeugd en #onderwijs" (koppen in de tekst beginnen bij ##). Bedoelt u het teken # zelf, zoals in een hashtag, schrijf dan \\#jeugd: dan verdwijnt deze waarschuwing.',
      }),
    ]);
  });

  it('a line that is only bold, as Word users make a heading: a warning; bold in a sentence or a long text passes', () => {
    const body = [
      '**Over ons**',
      '',
      '## Doelen',
      '',
      '**De aanpak**',
      '',
      '**Let op:** de aanmelding sluit vrijdag.',
      '',
      '**Dit is een hele zin in vet.**',
      '',
      'Een link [**vet**](/plannen/testplan/).',
      '',
      '- **Basis**',
      '- **Nabij**',
      '',
      '> **Uit het verslag**',
      '',
      '**[Aanmelden](/plannen/testplan/)**',
      '',
      '**Doelen:**',
    ].join('\n');
    const { errorsIn, warningsIn } = checkWith({ 'plans/vet-kop.md': plan(body) });
    expect(errorsIn('plans/vet-kop.md')).toEqual([]);
    expect(warningsIn('plans/vet-kop.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          '"Over ons" is een regel die alleen vet is: hij ziet eruit als een kop, maar wie een schermlezer gebruikt, hoort geen kop en kan er niet naartoe springen',
        hint: 'Is het een kop, schrijf dan "## Over ons". Is het geen kop, maak dan niet de hele regel vet.',
      }),
      expect.objectContaining({
        line: BODY + 4,
        hint: 'Is het een kop, schrijf dan "## De aanpak" (of ### als hij onder de kop erboven valt). Is het geen kop, maak dan niet de hele regel vet.',
      }),
      expect.objectContaining({
        line: BODY + 19,
        hint: expect.stringMatching(/^Is het een kop, schrijf dan "## Doelen" /),
      }),
    ]);
  });

  it('a link or an image whose address is only "#", a placeholder that leads nowhere in particular', () => {
    const { errorsIn } = checkWith({
      'plans/leeg.md': plan(
        'Zie [het verslag](#) en [de kop](#doelen).\n\n![Een schema van de tafels](#)\n\n<a href="#">Terug</a>\n\n## Doelen',
      ),
    });
    expect(errorsIn('plans/leeg.md').map((e) => [e.line, e.message])).toEqual([
      [BODY, 'de link "het verslag" heeft als adres alleen "#": er staat nog geen echt adres'],
      [BODY + 2, 'de afbeelding heeft als adres alleen "#": er staat nog geen echt adres'],
      // An <a> in HTML is found by its line, not quoted as HTML.
      [BODY + 4, 'de link heeft als adres alleen "#": er staat nog geen echt adres'],
    ]);
  });

  it('bold that Markdown did not read: asterisks without their pair or with a space inside, shown on the page', () => {
    const body = [
      '**Let op: de aanmelding sluit vrijdag, en dat is echt de laatste dag.',
      '',
      '** Belangrijk** voor iedereen.',
      '',
      'Goed: **vet**, *schuin*, ***beide***, 5 \\*\\* 2, `**code**`, Almelo** en https://voorbeeld.test/a**b.',
      '',
      '- een lijst met **open',
      '',
      '**Let op:**de leesteken-fout',
    ].join('\n');
    const { errorsIn } = checkWith({ 'plans/vet.md': plan(body) });
    const hint =
      'Zet twee sterretjes direct voor en direct na de tekst die vet moet, zonder spatie: **zo**. Staat er vlak voor de sluitende sterretjes een leesteken, zet dan een spatie na de sterretjes: **Let op:** de tekst. Bedoelt u de sterretjes zelf, schrijf dan \\*\\*.';
    expect(errorsIn('plans/vet.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          '"**Let op: de aanmelding sluit vrijdag,…" wordt niet vet: de sterretjes hebben geen paar, of er staat een spatie tussen de sterretjes en de tekst, dus de pagina toont ze',
        hint,
      }),
      expect.objectContaining({
        line: BODY + 2,
        message: expect.stringMatching(/^"\*\* Belangrijk\*\* voor iedereen\." wordt niet vet/),
      }),
      expect.objectContaining({ line: BODY + 6, message: expect.stringMatching(/^"\*\*open" wordt niet vet/) }),
      expect.objectContaining({
        line: BODY + 8,
        message: expect.stringMatching(/^"\*\*Let op:\*\*de leesteken-fout" wordt niet vet/),
      }),
    ]);
  });

  it('a list pasted with its bullets (•, or the one of Word), which runs together into one paragraph', () => {
    const body =
      'De partners:\n• Junis kinderopvang\n• JGZ\n\n> \uf0b7 In een citaat\n\n- Een goede lijst\n- met · in de tekst\n\nAlmelo\n· Hengelo\n\n•\u00a0Met een harde spatie\n\nCode `a\n• b` blijft code.';
    const { errorsIn } = checkWith({ 'plans/lijst.md': plan(body) });
    expect(errorsIn('plans/lijst.md')).toEqual([
      expect.objectContaining({
        line: BODY + 1,
        message:
          '"• Junis kinderopvang" wordt geen lijst: Markdown maakt geen lijst van regels met opsommingstekens (zoals ze uit Word of een website meekomen), dus de regels lopen door in één alinea, met de tekens erin',
        hint: 'Begin elk item van een lijst met een streepje en een spatie ("- eerste punt"), elk op een eigen regel, met een lege regel boven de lijst.',
      }),
      expect.objectContaining({
        line: BODY + 4,
        message: expect.stringMatching(/^"\uf0b7 In een citaat" wordt geen lijst/),
      }),
      expect.objectContaining({
        line: BODY + 12,
        message: expect.stringMatching(/^"•\u00a0Met een harde spatie" wordt geen lijst/),
      }),
    ]);
    // The message names Word's bullet, which most programs show as nothing.
    expect(formatIssues(errorsIn('plans/lijst.md').slice(1))).toContain('"‹opsommingsteken van Word› In een citaat"');
  });

  it('a table pasted from Excel or Word, its cells separated by tabs: a warning, as it runs together into one paragraph', () => {
    const body =
      'Tekst.\n\nNaam\tRol\nJan Test\tVoorzitter\n\nEén regel\tmet een tab is geen tabel.\n\nGebruik `a\tb` en\n`c\td` in de tekst.\n\n| Naam | Rol |\n| --- | --- |\n| Jan | Lid |';
    const { errorsIn, warningsIn } = checkWith({ 'plans/tabel.md': plan(body) });
    expect(errorsIn('plans/tabel.md')).toEqual([]);
    expect(warningsIn('plans/tabel.md')).toEqual([
      expect.objectContaining({
        line: BODY + 2,
        message:
          '"Naam ⇥ Rol" wordt geen tabel: staan hier cellen met tabs naast elkaar (zoals ze uit Excel of Word meekomen)? Dan lopen de regels door in één alinea',
        hint: expect.stringContaining('| Naam | Rol |'),
      }),
    ]);
  });

  it('a text that starts at ### skips level 2', () => {
    const { errorsIn } = checkWith({ 'plans/koppen.md': plan('### Te diep begonnen') });
    expect(errorsIn('plans/koppen.md')).toEqual([
      expect.objectContaining({ line: BODY, hint: expect.stringContaining('Gebruik hier ##:') }),
    ]);
  });

  it('vague and empty link texts', () => {
    const body =
      '[Klik hier](/mensen/jan-test/) en [hier](/begrippen/).\n\n[Lees meer…](/wie-doet-wat/)\n\n[meer informatie](https://example.org/)\n\n[](/begrippen/)';
    const { errorsIn } = checkWith({ 'plans/teksten.md': plan(body) });
    expect(errorsIn('plans/teksten.md').map((e) => [e.line, e.message])).toEqual([
      [BODY, 'de linktekst "Klik hier" zegt niet waar de link naartoe gaat'],
      [BODY, 'de linktekst "hier" zegt niet waar de link naartoe gaat'],
      [BODY + 2, 'de linktekst "Lees meer…" zegt niet waar de link naartoe gaat'],
      [BODY + 4, 'de linktekst "meer informatie" zegt niet waar de link naartoe gaat'],
      [BODY + 6, 'de link naar "/begrippen/" heeft geen tekst'],
    ]);
  });

  it('a web address with a path as link text, also a bare one, is a warning; a domain alone is a name', () => {
    const body =
      'Zie [https://www.voorbeeld.test/jeugd/zorg](https://www.voorbeeld.test/jeugd/zorg) en https://voorbeeld.test/a/b.\n\nOp [www.voorbeeld.test](https://www.voorbeeld.test/) en [de pagina over zorg](https://www.voorbeeld.test/jeugd/zorg).';
    const result = checkWith({ 'plans/teksten.md': plan(body) });
    expect(result.errorsIn('plans/teksten.md')).toEqual([]);
    expect(result.warningsIn('plans/teksten.md').map((w) => [w.line, w.message])).toEqual([
      [
        BODY,
        'de linktekst is het webadres "https://www.voorbeeld.test/jeugd/zorg": een schermlezer leest het teken voor teken voor',
      ],
      [
        BODY,
        'het webadres "https://voorbeeld.test/a/b" staat los in de tekst: de site maakt er een link van, die een schermlezer teken voor teken voorleest',
      ],
    ]);
  });

  it('accepts a descriptive link text that contains a vague word', () => {
    expect(
      checkWith({ 'plans/teksten.md': plan('[Lees meer over Jan Test](/mensen/jan-test/)') }).errorsIn(
        'plans/teksten.md',
      ),
    ).toEqual([]);
  });
});

describe('warnings', () => {
  it('an abbreviation that is not in the glossary, once per file, at its first use', () => {
    const result = checkWith({
      'plans/afkorting.md': plan('De XYZ werkt met de VVE.\n\nDe XYZ en de QRS’en en de ABC’s.'),
    });
    expect(result.errors).toEqual([]);
    expect(result.warningsIn('plans/afkorting.md')).toEqual([
      expect.objectContaining({
        line: BODY,
        message: 'de afkorting "XYZ" staat niet in de begrippenlijst en is ook geen naam van een organisatie',
        hint: expect.stringContaining('npm run new -- begrippen "XYZ"'),
      }),
      expect.objectContaining({
        line: BODY + 2,
        message: 'de afkorting "QRS" staat niet in de begrippenlijst en is ook geen naam van een organisatie',
      }),
      expect.objectContaining({
        line: BODY + 2,
        message: 'de afkorting "ABC" staat niet in de begrippenlijst en is ook geen naam van een organisatie',
      }),
    ]);
  });

  it('the name or abbreviation of an organisation counts as known: its own page explains it', () => {
    const result = checkWith({
      'organisations/xyz.yaml': 'name: XYZ Twente\nabbreviation: QRS\nkind: overig\nsources:\n  - testbron\n',
      'plans/afkorting.md': plan('De XYZ en de QRS werken samen met de ABC.'),
    });
    expect(result.errors).toEqual([]);
    expect(result.warningsIn('plans/afkorting.md').map((w) => w.message)).toEqual([
      'de afkorting "ABC" staat niet in de begrippenlijst en is ook geen naam van een organisatie',
    ]);
  });

  it('a glossary variant counts as known, in any case', () => {
    const result = checkWith({ 'plans/afkorting.md': plan('Over VE en VVE’s.') });
    expect(result.warningsIn('plans/afkorting.md')).toEqual([]);
  });

  it('a glossary spelling in small letters that is an everyday word ("mee" for MEE), not one with a capital', () => {
    const result = checkWith({
      'glossary/mee.yaml': [
        'term: MEE',
        'fullForm: MEE Twente',
        'explanation: Een verzonnen uitleg van minstens twintig tekens voor de tests.',
        'domain: zorg',
        'variants:',
        '  - Mee',
        '  - mee',
        'sources:',
        '  - testbron',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([]);
    expect(result.warningsIn('glossary/mee.yaml')).toEqual([
      expect.objectContaining({
        line: 7,
        field: 'variants.2',
        message:
          '"mee" is een gewoon Nederlands woord: de site maakt dan van elk "mee" in elke tekst een link naar dit begrip',
        hint: expect.stringContaining('met hoofdletters ("MEE")'),
      }),
    ]);
  });

  it('an entry past its reviewBy date', () => {
    const result = checkWith({ 'people/jan-test.yaml': (t) => `${t}reviewBy: 2025-05-31\n` });
    expect(result.errors).toEqual([]);
    expect(result.warningsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        field: 'reviewBy',
        line: 6,
        message: 'deze pagina had op 31 mei 2025 opnieuw nagekeken moeten worden',
      }),
    ]);
  });

  it('no warning on or before the reviewBy date', () => {
    expect(checkWith({ 'people/jan-test.yaml': (t) => `${t}reviewBy: 2025-06-01\n` }).warnings).toEqual([]);
  });

  it('a date whose year cannot be right (0219, 9999), in any date field: an error', () => {
    const result = checkWith({
      'plans/oud.md': plan('Tekst.', 'date: 0219-11-01\nreviewBy: 9999-12-31\n'),
    });
    expect(result.errors.filter((issue) => issue.file.endsWith('plans/oud.md'))).toEqual([
      expect.objectContaining({
        line: 7,
        field: 'date',
        message: 'het jaar 0219 kan niet kloppen, en de site ordent en toont de pagina met die datum',
        hint: 'Controleer het jaar en schrijf de datum als JJJJ-MM-DD, met het jaar voluit, zoals 2019-11-01.',
      }),
      expect.objectContaining({ line: 8, field: 'reviewBy', message: expect.stringMatching(/^het jaar 9999 /) }),
    ]);
  });

  it('an updated date after today (2062 for 2026), but today and, for an editor east of UTC, tomorrow pass', () => {
    const result = checkWith({
      'plans/later.md': plan('Tekst.', 'updated: 2062-03-01\n'),
      'plans/vandaag.md': plan('Tekst.', 'updated: 2025-06-01\n'),
      'plans/morgen.md': plan('Tekst.', 'updated: 2025-06-02\n'),
    });
    // (The three share a title, an error of its own.)
    expect(result.errors.filter((issue) => issue.field === 'updated')).toEqual([
      {
        severity: 'error',
        file: expect.stringMatching(/plans\/later\.md$/),
        line: 7,
        field: 'updated',
        message: 'de datum 1 maart 2062 ligt in de toekomst: de pagina zou zeggen dat ze dan is bijgewerkt',
        hint: expect.stringMatching(/^Schrijf bij updated de dag waarop u de inhoud het laatst hebt bijgewerkt/),
      },
    ]);
  });

  it('a date after today (a newsletter of 2091 for 2019) is a warning; today and tomorrow pass', () => {
    const result = checkWith({
      'plans/later.md': plan('Tekst.', 'date: 2091-11-01\n'),
      'plans/morgen.md': plan('Tekst.', 'date: 2025-06-02\n'),
    });
    expect(result.errors.filter((issue) => issue.field === 'date')).toEqual([]);
    expect(result.warnings.filter((issue) => issue.field === 'date')).toEqual([
      {
        severity: 'warning',
        file: expect.stringMatching(/plans\/later\.md$/),
        line: 7,
        field: 'date',
        message:
          'de datum 1 november 2091 ligt in de toekomst: de site toont de pagina nu al, met die datum, en zet haar in lijsten en feeds voor alles wat eerder kwam',
        hint: expect.stringMatching(/^Controleer de datum, vooral het jaar/),
      },
    ]);
  });
});

// These start a Node process each; the timeout is room for a busy machine, not a speed requirement.
describe('npm run check', { timeout: 60_000 }, () => {
  it('prints every problem in every file and exits non-zero', () => {
    const dir = contentWith({
      'people/jan-test.yaml': (t) => t.replace(/^role:/m, 'rol:'),
      'plans/testplan.md': (t) => `${t}\n[klik hier](/plannen/bestaat-niet/)\n`,
    });
    const result = spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/check-content.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/FOUT .*people\/jan-test\.yaml:2 veld "rol": onbekend veld "rol"/);
    expect(result.stderr).toMatch(
      /FOUT .*plans\/testplan\.md:\d+ de link "\/plannen\/bestaat-niet\/" gaat naar een pagina die niet bestaat/,
    );
    expect(result.stderr).toMatch(/FOUT .*plans\/testplan\.md:\d+ de linktekst "klik hier"/);
    expect(result.stderr).toContain('3 fouten, ');
  });

  it('exits zero when there are only warnings', () => {
    const dir = contentWith({ 'plans/testplan.md': (t) => `${t}\nDe XYZ.\n` });
    const result = spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/check-content.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('WAARSCHUWING');
    expect(result.stdout).toContain('"XYZ"');
  });
});

describe('messages', () => {
  const issue = {
    severity: 'error' as const,
    file: 'content/people/jan-test.yaml',
    line: 2,
    field: 'rol',
    message: 'onbekend veld "rol"',
    hint: 'Bedoelt u "role"? Toegestane velden hier: name, role.',
  };

  it('say where, which field, what is wrong and what to write instead', () => {
    expect(formatIssues([issue])).toBe(
      'FOUT content/people/jan-test.yaml:2 veld "rol": onbekend veld "rol"\n  → Bedoelt u "role"? Toegestane velden hier: name, role.',
    );
  });

  it('become GitHub annotations on the line, with commas, colons and newlines escaped', () => {
    expect(formatAnnotation(issue)).toBe(
      '::error file=content/people/jan-test.yaml,line=2,title=Veld "rol"::onbekend veld "rol"%0A→ Bedoelt u "role"? Toegestane velden hier: name, role.',
    );
    expect(formatAnnotation({ severity: 'warning', file: 'content/a,b.md', message: '50% klaar' })).toBe(
      '::warning file=content/a%2Cb.md,title=Inhoudscontrole::50%25 klaar',
    );
  });

  it('name the characters that do not show where they quote them, and say what the names stand for', () => {
    const invisible = {
      severity: 'error' as const,
      file: 'content/practices/voorbeeld.md',
      line: 7,
      field: 'organisations.1',
      message: '"junis-kinderopvang\u00a0" is geen id van een organisatie, en "/bronnen/\u200bverslag/" ook niet',
      hint: 'Bedoelt u "junis-kinderopvang"?',
    };
    const note =
      'Een woord tussen ‹ › in deze melding staat voor een teken dat u niet ziet (vaak meegekopieerd uit Word, een pdf of een website). Het staat op die plek in het bestand. Hoort het daar niet, haal het dan weg of typ dat stuk opnieuw.';
    expect(formatIssues([invisible])).toBe(
      'FOUT content/practices/voorbeeld.md:7 veld "organisations.1": "junis-kinderopvang‹harde spatie›" is geen id van een organisatie, en "/bronnen/‹onzichtbare spatie›verslag/" ook niet\n' +
        `  → Bedoelt u "junis-kinderopvang"? ${note}`,
    );
    expect(formatAnnotation({ ...invisible, hint: undefined })).toContain(`‹harde spatie›`);
    expect(formatAnnotation({ ...invisible, hint: undefined })).toContain(`%0A→ ${note}`);
    // A message without such a character is left as it is.
    expect(formatIssues([issue])).not.toContain('‹');
  });
});

describe('leaving a check out (CONTENT_CHECK_SKIP, for made-up benchmark content)', () => {
  it('leaves out exactly the named check, and refuses a name it does not know', () => {
    const same = (file: string) =>
      `---\ntitle: "Tweelingplan"\nsummary: "Een samenvatting die lang genoeg is voor de controle."\nkind: project\nsources:\n  - testbron\n---\n\nTekst van ${file}.\n`;
    const files = { 'plans/tweeling-a.md': same('a'), 'plans/tweeling-b.md': same('b') };
    const checked = checkWith(files);
    expect(checked.errorsIn('plans/tweeling-a.md').map((e) => e.message)).toEqual([
      expect.stringContaining('hebben allebei de titel "Tweelingplan"'),
    ]);
    const dir = contentWith(files);
    expect(checkContent({ root, dir, skip: skippedChecks('same-names') }).errors).toEqual([]);
    expect(() => skippedChecks('same-name')).toThrow(/onbekende controles: same-name/);
    expect(skippedChecks('')).toEqual([]);
  });
});

describe('files and values as tools write them, which the site would drop or change without a word', () => {
  it('refuses a file the site would not read: an extension in capitals, .yml, a page outside the folders', () => {
    const fixture = contentWith({});
    const planText = fs.readFileSync(path.join(fixture, 'plans/testplan.md'), 'utf8');
    const personText = fs.readFileSync(path.join(fixture, 'people/jan-test.yaml'), 'utf8');
    const { errorsIn } = checkWith({
      'plans/testplan.md': null,
      'plans/testplan.MD': planText,
      'people/jan-test.yaml': null,
      'people/jan-test.yml': personText,
      'nieuw-plan.md': planText,
      'README.md': 'Uitleg bij deze map.',
      'plans/Mijn Plan.MD': planText.replace('title: Testplan', 'title: Mijn plan'),
    });
    expect(errorsIn('plans/testplan.MD')).toMatchObject([
      {
        message: 'de site leest geen bestanden die op ".MD" eindigen, dus ze toont dit bestand niet',
        hint: 'Noem het bestand "testplan.md".',
      },
    ]);
    expect(errorsIn('people/jan-test.yml')).toMatchObject([
      {
        message: 'de site leest geen bestanden die op ".yml" eindigen, dus ze toont dit bestand niet',
        hint: 'Noem het bestand "jan-test.yaml".',
      },
    ]);
    // Beside the file of the right name: the two are one page.
    const both = checkWith({ 'people/jan-test.yml': personText });
    expect(both.errorsIn('people/jan-test.yml')).toMatchObject([
      {
        hint: 'Er is al een bestand "jan-test.yaml" voor dezelfde pagina: zet wat in dit bestand staat en daar ontbreekt in "jan-test.yaml", en verwijder dit bestand.',
      },
    ]);
    // A name that is no id either: one message, whose new name mends both.
    expect(errorsIn('plans/Mijn Plan.MD')).toMatchObject([
      { hint: expect.stringMatching(/^Noem het bestand "mijn-plan\.md"\./) },
    ]);
    expect(errorsIn('nieuw-plan.md')).toMatchObject([
      { message: 'dit bestand staat niet in een map van de site, dus de site toont het niet' },
    ]);
    expect(errorsIn('README.md')).toEqual([]);
  });

  it("says to delete what programs leave behind, and to drop Notepad's hidden .txt", () => {
    const { errorsIn } = checkWith({
      'plans/~$testplan.docx': 'x',
      'plans/testplan.md~': 'x',
      'plans/kopie.md.txt': 'x',
      'plans/Thumbs.db': 'x',
      'people/desktop.ini': 'x',
    });
    for (const file of ['plans/~$testplan.docx', 'plans/testplan.md~', 'plans/Thumbs.db', 'people/desktop.ini'])
      expect(errorsIn(file)).toMatchObject([
        {
          message: 'dit is een tijdelijk bestand of een reservekopie van een programma, geen pagina',
          hint: 'Verwijder het bestand; de site gebruikt het niet.',
        },
      ]);
    expect(errorsIn('plans/kopie.md.txt')).toMatchObject([
      { hint: 'Noem het bestand "kopie.md": de naam eindigt nu op .txt, wat Windows soms verbergt.' },
    ]);
  });

  it('gives each other kind of file in a content folder the advice that fits it: a copy, a picture, a document', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md.bak': 'x',
      'plans/foto.png': 'x',
      'plans/verslag.docx': 'x',
      'plans/Verslag.PDF': 'x',
      'plans/data.csv': 'x',
    });
    expect(errorsIn('plans/testplan.md.bak')).toMatchObject([
      {
        message: 'bestanden van het type .bak horen niet in content/plans',
        hint: 'Er staat al een bestand "testplan.md" naast: dit is waarschijnlijk een kopie ervan. Haal dit bestand weg.',
      },
    ]);
    expect(errorsIn('plans/foto.png')).toMatchObject([
      {
        hint: 'Zet afbeeldingen in public/afbeeldingen/ en zet ze in een tekst met ![wat er te zien is](/afbeeldingen/foto.png).',
      },
    ]);
    for (const file of ['plans/verslag.docx', 'plans/Verslag.PDF'])
      expect(errorsIn(file)).toMatchObject([
        { hint: expect.stringMatching(/^Een pagina is een tekstbestand dat op \.md eindigt/) },
      ]);
    expect(errorsIn('plans/data.csv')).toMatchObject([{ hint: 'Gebruik .md of .mdx.' }]);
  });

  it('refuses text that YAML would cut off at " #", in a field and in a list', () => {
    const { errorsIn } = checkWith({
      'people/jan-test.yaml': (t) => t.replace('role: testpersoon', 'role: projectleider ontwikkeltafel #3'),
      'plans/testplan.md': (t) =>
        t.replace('title: Testplan', 'title: "Testplan # blijft"').replace('  - jan-test', '  - jan-test # de trekker'),
    });
    expect(errorsIn('people/jan-test.yaml')).toMatchObject([
      {
        line: 2,
        field: 'role',
        message:
          'na " #" leest de site niets meer (dat is een opmerking): er staat nu alleen "projectleider ontwikkeltafel"',
        hint: 'Is " #…" een opmerking, zet die dan op een eigen regel of haal hem weg. Hoort het bij de tekst, zet dan de hele tekst tussen aanhalingstekens: role: "projectleider ontwikkeltafel #3".',
      },
    ]);
    // A quoted text keeps its "#"; a note after an id in a list is cut off all the same, and is most likely a note.
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        field: 'people.1',
        hint: expect.stringMatching(
          /^Is " #…" een opmerking, zet die dan op een eigen regel of haal hem weg\. .*: - "jan-test # de trekker"\.$/,
        ),
      },
    ]);
  });

  it('refuses a bare date in a text field, which Astro would read as a date, and keeps it in a date field', () => {
    const { errorsIn } = checkWith({
      'people/jan-test.yaml': (t) => t.replace('role: testpersoon', 'role: 2019-11-01'),
      'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: thema\nupdated: 2024-03-01'),
    });
    expect(errorsIn('people/jan-test.yaml')).toMatchObject([
      {
        field: 'role',
        message: '"2019-11-01" leest de site als een datum, maar hier hoort tekst',
        hint: 'Zet de tekst tussen aanhalingstekens: role: "2019-11-01".',
      },
    ]);
    expect(errorsIn('plans/testplan.md')).toEqual([]);
  });

  it("leaves a bare date where a list belongs to the schema's own message, and quotes a list item as a list item", () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) =>
        t
          .replace('municipalities:\n  - gemeente-testdorp', 'municipalities: 2019-11-01')
          .replace('  - jan-test', '  - 2020'),
    });
    const errors = errorsIn('plans/testplan.md');
    expect(errors.map((e) => e.message).join('\n')).not.toContain('leest de site als een datum');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'municipalities', message: expect.stringMatching(/^hier hoort een lijst/) }),
        expect.objectContaining({
          field: 'people.1',
          hint: expect.stringContaining('Zet de tekst tussen aanhalingstekens: - "2020".'),
        }),
      ]),
    );
  });

  it('tells how to leave out an optional field written empty, which Astro also refuses', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace('kind: thema', 'kind: thema\nparent:') });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        field: 'parent',
        message: 'dit veld is nog leeg',
        hint: expect.stringMatching(/haal dan de hele regel "parent:" weg\.$/),
      },
    ]);
  });
});

describe('the lines "---" around the fields', () => {
  it('says when the fields of a page are not closed, and where they seem to end', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace(/\n---\n/, '\n\n') });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        line: 1,
        message: 'de velden worden niet afgesloten met een regel "---"',
        hint: 'Zet na de laatste regel met een veld (regel 10) een regel met alleen "---".',
      },
    ]);
  });

  it('says so after empty lines before the first "---" too, and counts from there', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => `\n\n${t.replace(/\n---\n/, '\n\n')}` });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        line: 3,
        message: 'de velden worden niet afgesloten met een regel "---"',
        hint: 'Zet na de laatste regel met een veld (regel 12) een regel met alleen "---".',
      },
    ]);
  });

  it.each([
    ['four dashes', '----'],
    ['two dashes', '--'],
    ['the long dash Word makes of "---"', '—'],
  ])('points at a closing line with %s, and says it needs three', (_, line) => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace(/\n---\n/, `\n${line}\n`) });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        line: 11,
        message: 'de velden worden niet afgesloten met een regel "---"',
        hint: `Regel 11 ("${line}") sluit de velden niet af: daarvoor zijn precies drie gewone streepjes nodig. Schrijf "---".`,
      },
    ]);
  });

  it('reads two lines "---" with nothing between them as a page without fields, as the site does', () => {
    const { errorsIn } = checkWith({ 'plans/testplan.md': (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n') });
    const errors = errorsIn('plans/testplan.md');
    expect(errors.map((e) => e.message)).not.toContain('de velden worden niet afgesloten met een regel "---"');
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'title' })]));
  });

  it('says that a .yaml file has no lines "---" around its fields', () => {
    const { errorsIn } = checkWith({ 'people/jan-test.yaml': (t) => `---\n${t}---\n` });
    expect(errorsIn('people/jan-test.yaml')).toMatchObject([
      {
        message: 'de velden zijn niet te lezen: er staat een regel "---" in',
        hint: expect.stringMatching(/^Haal de regels met alleen "---" weg/),
      },
    ]);
  });
});

describe('a value of the wrong kind says what to write instead', () => {
  it('a number where text belongs goes between quotes; a list written on one line goes one item a line', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (t) => t.replace('title: Testplan', 'title: 2023'),
      'people/jan-test.yaml': (t) => t.replace('sources:\n  - testbron', 'sources: testbron, testbron-2'),
    });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      { field: 'title', hint: expect.stringMatching(/^Zet de tekst tussen aanhalingstekens: title: "2023"\. /) },
    ]);
    expect(errorsIn('people/jan-test.yaml')).toMatchObject([
      {
        field: 'sources',
        hint: expect.stringMatching(/^Zet elk item op een eigen regel onder sources:, met "- " ervoor\. /),
      },
    ]);
  });
});

describe('characters pasted from Word or a web page', () => {
  it('names a hard or invisible space in a field name or at its colon, and leaves one in running text alone', () => {
    // One file each: a file that cannot be read also leaves the references to it unresolved.
    const person = checkWith({
      'people/jan-test.yaml': (t) => t.replace('role: testpersoon', 'role:\u00a0testpersoon'),
    });
    expect(person.errorsIn('people/jan-test.yaml')).toMatchObject([
      {
        line: 2,
        message: 'er staat een harde spatie bij het veld "role", vaak meegekopieerd uit Word of een webpagina',
        hint: 'Typ de regel opnieuw: de veldnaam, een dubbele punt en een gewone spatie, zoals role: …',
      },
    ]);
    const organisation = checkWith({
      'organisations/gemeente-testdorp.yaml': (t) => t.replace(/^name:/m, 'na\u200bme:'),
    });
    expect(organisation.errorsIn('organisations/gemeente-testdorp.yaml')).toMatchObject([
      { message: expect.stringMatching(/^er staat een onzichtbare spatie bij het veld "name"/) },
    ]);
    const text = checkWith({
      'plans/testplan.md': (t) => t.replace('summary: Een verzonnen plan', 'summary: Een\u00a0verzonnen plan'),
    });
    expect([...text.errors, ...text.warnings]).toEqual([]);
  });

  it('finds a hard space before a field name, and reads a text of several lines as text, in a Markdown file too', () => {
    const before = checkWith({ 'plans/testplan.md': (t) => t.replace('kind: thema', '\u00a0kind: thema') });
    expect(before.errorsIn('plans/testplan.md')).toMatchObject([
      {
        line: 4,
        message: 'er staat een harde spatie bij het veld "kind", vaak meegekopieerd uit Word of een webpagina',
      },
    ]);
    // A line of a block that reads like a field ("Zie ook: …") is text: a hard space in it is fine.
    const block = checkWith({
      'plans/testplan.md': (t) =>
        t.replace(
          'summary: Een verzonnen plan om de inhoudscontrole mee te testen.',
          'summary: |\n  Een verzonnen plan.\n  Zie\u00a0ook: de inhoudscontrole.',
        ),
    });
    expect([...block.errors, ...block.warnings]).toEqual([]);
  });

  it('warns about curly quotes around a value, which the site would show as part of the text', () => {
    const { warningsIn, errors } = checkWith({
      'plans/testplan.md': (t) => t.replace('title: Testplan', 'title: “Testplan”'),
    });
    expect(warningsIn('plans/testplan.md')).toMatchObject([
      {
        line: 2,
        field: 'title',
        message: 'de tekst staat tussen krulaanhalingstekens (“ ”), die de site als deel van de tekst toont',
        hint: 'Gebruik rechte aanhalingstekens: title: "Testplan".',
      },
    ]);
    expect(errors).toEqual([]);
  });
});

describe('a file that cannot be read', () => {
  it('is the only error: references and links to it are not reported as well', () => {
    const { errors } = checkWith({
      'people/jan-test.yaml': (t) => t.replace('  - testbron', '\t- testbron'),
    });
    expect(errors.map((e) => e.file.split('/').slice(-2).join('/'))).toEqual(['people/jan-test.yaml']);
  });
});

describe('an image from another website', () => {
  it('is an error: the pages load nothing from elsewhere, so it would stay empty there', () => {
    const { errorsIn, warnings } = checkWith({
      'plans/testplan.md': (t) =>
        `${t}\n![Een foto van de groep](https://extern.test/foto.jpg)\n![Een schema van de tafels](//extern.test/schema.png)\n\n![Het logo van de tafel][logo] en [de site][logo-site]\n\n![Een stip](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==)\n\n[logo]: https://extern.test/logo.png\n[logo-site]: https://extern.test/\n`,
    });
    expect(warnings).toEqual([]);
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      {
        message:
          'de afbeelding "https://extern.test/foto.jpg" staat op een andere website, en de site laadt niets van andere websites: de lezer ziet op die plek niets',
        hint: expect.stringMatching(/^Sla de afbeelding op in public\/afbeeldingen\//),
      },
      { message: expect.stringMatching(/^de afbeelding "\/\/extern\.test\/schema\.png" staat op een andere website/) },
      // A data: address is the markup check's (it allows no data: address at all).
      {
        message: 'de afbeelding met een data:-adres mag niet',
        hint: expect.stringMatching(/^Sla de afbeelding op in public\/afbeeldingen\//),
      },
      // The address of a reference image, at its own line; the same address for a link is another website's page.
      {
        message: expect.stringMatching(
          /^de afbeelding "https:\/\/extern\.test\/logo\.png" staat op een andere website/,
        ),
      },
    ]);
  });
});

describe('empty lines before the first "---"', () => {
  it('are accepted, as Astro accepts them, and lines are still counted from the top of the file', () => {
    const { errorsIn, entries } = checkWith({
      'plans/testplan.md': (t) => `\n\n${t.replace('kind: thema', 'kind: themaa')}`,
    });
    expect(errorsIn('plans/testplan.md')).toMatchObject([
      { line: 6, field: 'kind', message: '"themaa" is geen toegestane waarde' },
    ]);
    expect(entries.some(({ entry }) => entry.id === 'testplan')).toBe(false);
  });
});
