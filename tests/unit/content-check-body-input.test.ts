import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/lib/content-check/index.ts';
import { root } from '../support/builds.ts';
import { BODY, checkWith, plan, removeFixtures } from '../support/content-fixture.ts';

/**
 * Text in a .md body that the site reads differently than the editor meant, while nothing else
 * complains: a comment that hides the rest of the page, words between < > that become a tag, and text
 * pasted from Word (a list with non-breaking spaces, an indented paragraph, a line of --- under a sentence).
 */

afterAll(removeFixtures);

/** The errors and warnings in one plan with `body` as its text. */
function checkPlan(body: string) {
  const { errorsIn, warningsIn } = checkWith({ 'plans/invoer.md': plan(body) });
  return { errors: errorsIn('plans/invoer.md'), warnings: warningsIn('plans/invoer.md') };
}

describe('an HTML comment that is never closed', () => {
  it('hides the rest of the page: an error at the line of <!--', () => {
    const { errors } = checkPlan('Eerste alinea.\n\n<!-- nog nakijken met Rita\n\n## Het probleem\n\nTekst.');
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY + 2,
        message:
          '"<!-- nog nakijken met Rita" begint een opmerking die nergens wordt gesloten, dus alles wat erna komt, staat niet op de pagina',
        hint: 'Zet --> aan het eind van de opmerking, zoals <!-- nog nakijken met Rita -->, of haal de opmerking weg. Wat tussen <!-- en --> staat, komt niet op de pagina.',
      },
    ]);
  });

  it('also after other HTML and in a list, where the page hides what follows as well', () => {
    const { errors } = checkPlan(
      '<div>\nTekst <!-- open\n</div>\n\nMeer.\n\n- punt\n\n  <!-- ook open\n\nNa de lijst.',
    );
    expect(errors.map((e) => [e.line, e.message.split(' begint')[0]])).toEqual([
      [BODY + 1, '"<!-- open"'],
      [BODY + 8, '"<!-- ook open"'],
    ]);
  });

  it('a closed comment, on one line or several, and <!-- in text or code pass', () => {
    const { errors, warnings } = checkPlan(
      '<!-- klaar -->\n\nTekst <!-- kort --> tekst.\n\n<!--\nover\n\nmeer regels\n-->\n\nCode `<!-- a` en een pijl <!-- zonder einde in een zin.\n\n## Daarna',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('words between < and >, which the page reads as a tag', () => {
  it('an unknown tag is an error: its words are not on the page', () => {
    const { errors } = checkPlan(
      'Vul in: <naam van de school> en stuur het op.\n\nContact: <Kate Snellens> van de gemeente.\n\n<naam-van-de-school>\n\nDatum: <datum>.',
    );
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY,
        message:
          'de woorden "<naam van de school>" staan niet op de pagina: tekst tussen < en > leest de site als HTML, en <naam> is geen HTML-element dat in een tekst kan',
        hint: 'Schrijf de woorden zonder < en >, zoals "[naam van de school]" of "naam van de school". Wilt u de tekens < en > zelf tonen, zet er dan een \\ voor: \\<naam van de school\\>.',
      },
      expect.objectContaining({
        line: BODY + 2,
        message:
          'de woorden "<Kate Snellens>" staan niet op de pagina: tekst tussen < en > leest de site als HTML, en <Kate> is geen HTML-element dat in een tekst kan',
        hint: expect.stringMatching(
          /^Schrijf de woorden zonder < en >, zoals "\[Kate Snellens\]" of "Kate Snellens"\./,
        ),
      }),
      expect.objectContaining({ line: BODY + 4, message: expect.stringMatching(/^de woorden "<naam-van-de-school>"/) }),
      expect.objectContaining({ line: BODY + 6, message: expect.stringMatching(/^de woorden "<datum>"/) }),
    ]);
  });

  it('an element whose text a page does not show, such as <title>, too; a forbidden one has its own message only', () => {
    const { errors } = checkPlan('Een <title>kop</title> hier.\n\n<script>alert(1)</script>');
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [
        BODY,
        'de woorden "<title>" staan niet op de pagina: tekst tussen < en > leest de site als HTML, en <title> is geen HTML-element dat in een tekst kan',
      ],
      [BODY + 2, 'bevat een <script>; code in de inhoud mag niet'],
    ]);
  });

  it('HTML the site shows, autolinks, code, escaped brackets and the written-out words pass', () => {
    const body = [
      'Regel<br>erna, <abbr title="voor- en vroegschoolse educatie">VVE</abbr>, m<sup>2</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>.',
      '',
      'Een <span lang="en">word</span>, <a href="/plannen/testplan/">een plan</a>, <mark>let op</mark>, <B>vet</B>.',
      '',
      '<details>\n<summary>Meer</summary>\n\nTekst.\n\n</details>',
      '',
      '<svg viewBox="0 0 1 1" role="img" aria-label="Stip"><circle cx="0.5" cy="0.5" r="0.5"/></svg>',
      '',
      'Zie <https://example.org/> of mail <naam@example.org>.',
      '',
      'Vul in: [naam van de school], \\<naam van de school\\> of `<naam>`; 3 < 4 en 5 > 2.',
    ].join('\n');
    const { errors, warnings } = checkPlan(body);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('text pasted from Word', () => {
  it('a list whose marker has a non-breaking space after it becomes one paragraph: an error', () => {
    const body = [
      '-\u00a0eerste punt\n-\u00a0tweede punt',
      '',
      '1.\u00a0een\n2.\u00a0twee',
      '',
      '- een goede lijst\n-\u00a0met een slecht punt',
      '',
      '*\u00a0ster',
      '',
      'Op 10\u00a0km en - zo - verder\u00a0gewoon.',
      '',
      '- goed\n- ook goed',
    ].join('\n');
    const { errors } = checkPlan(body);
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY,
        message:
          '"-\u00a0eerste punt" wordt geen lijst: na het streepje staat een harde spatie in plaats van een gewone, dus de regels lopen door in één alinea, met de tekens erin',
        hint: 'Schrijf "- eerste punt", met een gewone spatie na het streepje. Doe dat bij elk punt van de lijst.',
      },
      expect.objectContaining({
        line: BODY + 3,
        message: expect.stringMatching(/^"1\.\u00a0een" wordt geen lijst: na het nummer staat een harde spatie/),
        hint: 'Schrijf "1. een", met een gewone spatie na het nummer. Doe dat bij elk punt van de lijst.',
      }),
      expect.objectContaining({
        line: BODY + 7,
        message: expect.stringMatching(/^"-\u00a0met een slecht punt" wordt geen lijst/),
      }),
      expect.objectContaining({
        line: BODY + 9,
        message: expect.stringMatching(/^"\*\u00a0ster" wordt geen lijst: na het sterretje/),
      }),
    ]);
    // The message names the non-breaking space, which looks like any space.
    expect(formatIssues(errors.slice(0, 1))).toContain('"-‹harde spatie›eerste punt"');
  });

  it('a paragraph indented with four spaces or a tab becomes code: an error; fenced code passes', () => {
    const body = [
      'Tekst.',
      '',
      '    Een alinea die uit Word kwam.',
      '',
      'Tekst.',
      '',
      '\tMet een tab ervoor.',
      '',
      '- een punt',
      '',
      '      te ver ingesprongen bij het punt',
      '',
      '- een punt',
      '',
      '  goed ingesprongen bij het punt',
      '',
      '```',
      'fenced code',
      '```',
      '',
      '~~~',
      'ook fenced',
      '~~~',
    ].join('\n');
    const { errors } = checkPlan(body);
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY + 2,
        message:
          '"Een alinea die uit Word kwam." wordt code in plaats van gewone tekst: de regel begint met vier of meer spaties, en dan toont de pagina de tekst in een ander lettertype, zonder de regels af te breken',
        hint: 'Haal de spaties of de tab aan het begin van de regels weg.',
      },
      expect.objectContaining({
        line: BODY + 6,
        message: expect.stringMatching(
          /^"Met een tab ervoor\." wordt code in plaats van gewone tekst: de regel begint met een tab,/,
        ),
      }),
      expect.objectContaining({
        line: BODY + 10,
        message: expect.stringMatching(/^"te ver ingesprongen bij het punt" wordt code/),
        hint: 'Hoort de tekst bij het punt van de lijst erboven, laat hem dan even ver inspringen als de tekst van dat punt (na "- " zijn dat twee spaties). Anders: haal de spaties of de tab aan het begin van de regels weg.',
      }),
    ]);
  });

  it('a sentence with --- or === on the next line becomes a heading: an error; a line after an empty line passes', () => {
    const body = [
      'Een zin die een lijn eronder kreeg.',
      '---',
      '',
      'Tekst.',
      '',
      '---',
      '',
      '## Een goede kop',
      '',
      '> Een citaat\n> ---',
      '',
      '- - -',
      '',
      '#1 in Twente\n---',
    ].join('\n');
    const { errors } = checkPlan(body);
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY,
        message:
          '"Een zin die een lijn eronder kreeg." wordt een kop: direct op de regel eronder staat ---, en dan maakt Markdown van de tekst erboven een kop',
        hint: 'Bedoelt u een lijn onder de tekst, zet dan een lege regel boven ---. Bedoelt u een kop, schrijf dan "## Een zin die een lijn eronder kreeg." en haal de regel met --- weg.',
      },
      expect.objectContaining({ line: BODY + 9, message: expect.stringMatching(/^"Een citaat" wordt een kop/) }),
      expect.objectContaining({ line: BODY + 14, hint: expect.stringContaining('schrijf dan "## #1 in Twente"') }),
    ]);
  });

  it('a line of === makes a heading of level 1, from two lines as well: one error, not also the one for a # heading', () => {
    const { errors } = checkPlan('Twee\nregels\n===\n\n## Daarna');
    expect(errors).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          '"Twee" wordt een kop: direct op de regel eronder staat ===, en dan maakt Markdown van de tekst erboven een kop',
        hint: 'Haal de regel met === weg. Bedoelt u een kop, schrijf dan "## Twee regels".',
      }),
    ]);
  });

  it('Shift+Enter and Ctrl+Enter from Word, and a wrongly decoded quote, in the text: an error at each line', () => {
    const { errors } = checkPlan(
      'Eerste regel.\n\nDe tafel kwam bijeen.\u000b Daarna\u000b volgde meer.\n\n\u000cNieuwe pagina.\n\nHij zei \u0093ja\u0094.',
    );
    expect(errors).toEqual([
      {
        severity: 'error',
        file: expect.stringContaining('plans/invoer.md'),
        line: BODY + 2,
        message:
          'er staat een verborgen regelovergang (Shift+Enter in Word) in de tekst: de pagina toont het als een vakje of helemaal niet',
        hint: 'U ziet het teken misschien niet. Het staat direct na "De tafel kwam bijeen.". Haal het weg en zet er een spatie voor in de plaats, of typ de tekst opnieuw.',
      },
      expect.objectContaining({
        line: BODY + 4,
        message: expect.stringMatching(/^er staat een verborgen pagina-einde \(Ctrl\+Enter in Word\) in de tekst/),
        hint: 'U ziet het teken misschien niet. Het staat direct voor "Nieuwe pagina.". Haal het weg en zet er een spatie voor in de plaats, of typ de tekst opnieuw.',
      }),
      expect.objectContaining({
        line: BODY + 6,
        message: expect.stringMatching(/^er staat een verkeerd omgezet teken in de tekst/),
        hint: 'U ziet het teken misschien niet. Het staat direct na "Hij zei". Waarschijnlijk stond hier “. Haal het teken weg en typ “ opnieuw, of typ de tekst opnieuw.',
      }),
    ]);
  });

  it('in a newsletter, says that feed readers and mail programs cannot open it', () => {
    const edition = `---\ntitle: Testnummer\nedition: "Herfst 2019"\ndate: 2019-11-01\nsummary: "Een verzonnen nieuwsbrief om de controle mee te testen."\nsources:\n  - testbron\n---\n\nDe tafel kwam bijeen.\u000b Daarna meer.\n`;
    const { errorsIn } = checkWith({ 'newsletters/testnummer.md': edition });
    expect(errorsIn('newsletters/testnummer.md').map((e) => e.message)).toContain(
      "er staat een verborgen regelovergang (Shift+Enter in Word) in de tekst: de pagina toont het als een vakje of helemaal niet, en een nieuwsbrief met zo'n teken kunnen feedlezers en e-mailprogramma's niet openen",
    );
  });

  it('a tab, a new line and text without such characters pass', () => {
    const { errors } = checkPlan('Een\ttab en\nnieuwe regel.\n\n- punt\n- punt');
    expect(errors).toEqual([]);
  });
});

describe('a table row with more cells than the table has columns', () => {
  it('is an error at its row, naming what the page leaves out', () => {
    const body = [
      '| Gemeente | Bedrag |',
      '| --- | --- |',
      '| Almelo | € 1.000 |',
      '| Hengelo | € 1.200 | € 1.500 |',
      'Enschede | € 900 | per jaar | nog nakijken',
      '| Borne | € 700 |',
    ].join('\n');
    expect(checkPlan(body).errors).toEqual([
      expect.objectContaining({
        line: BODY + 3,
        message:
          'de rij "| Hengelo | € 1.200 | € 1.500 |" heeft 3 cellen en de tabel 2 kolommen: de pagina laat "€ 1.500" weg',
        hint: expect.stringMatching(/^Geef de tabel een kolom meer: .* schrijf dan \\\|\.$/),
      }),
      expect.objectContaining({
        line: BODY + 4,
        message: expect.stringMatching(
          /heeft 4 cellen en de tabel 2 kolommen: de pagina laat "per jaar" en "nog nakijken" weg$/,
        ),
      }),
    ]);
  });

  it('passes fewer cells, empty cells past the last column, an escaped \\| in a cell, and rows without their outer pipes', () => {
    const body = [
      'Gemeente | Bedrag | Opmerking',
      '--- | --- | ---',
      'Almelo | € 1.000',
      '| Hengelo | € 1.200 | ja \\| nee |',
      '| Borne | | |',
      '| Delden | € 800 | |',
      '| Losser | € 600 ||',
    ].join('\n');
    expect(checkPlan(body).errors).toEqual([]);
  });
});

describe('footnotes that the page leaves out', () => {
  it('a [^name] without its note, a second note of the same name, and a note nothing refers to are errors', () => {
    const body = [
      'Zie het plan[^1] en de bijlage[^bijlage].',
      '',
      '[^1]: Eerste uitleg.',
      '',
      '[^1]: Tweede uitleg.',
      '',
      '[^2]: Een voetnoot waar niets naar verwijst.',
    ].join('\n');
    expect(checkPlan(body).errors).toEqual([
      expect.objectContaining({
        line: BODY,
        message: '"[^bijlage]" wordt geen voetnoot: er is geen regel "[^bijlage]: …" met de tekst van de voetnoot',
        hint: 'Zet onder de tekst een regel met de voetnoot, zoals [^bijlage]: De tekst van de voetnoot. Of haal [^bijlage] weg. Bedoelt u de tekens zelf, schrijf dan \\[^bijlage].',
      }),
      expect.objectContaining({
        line: BODY + 4,
        message: `de voetnoot [^1] staat er twee keer: de pagina toont alleen de eerste (regel ${BODY + 2}), en laat deze weg`,
      }),
      expect.objectContaining({
        line: BODY + 6,
        message: 'de voetnoot [^2] staat niet op de pagina: nergens in de tekst staat [^2]',
        hint: 'Zet [^2] in de tekst, direct achter het woord waar de voetnoot bij hoort, zoals "het plan[^2]". Of haal de voetnoot weg.',
      }),
    ]);
  });

  it('passes notes that the text refers to, also twice, and brackets written as text', () => {
    const body =
      'Zie het plan[^1], de bijlage[^b] en weer het plan[^1]. Schrijf \\[^1] zo.\n\n[^1]: Uitleg.\n\n[^b]: Bijlage.';
    expect(checkPlan(body).errors).toEqual([]);
  });
});

describe('Markdown and HTML in a field, which the site shows as plain text', () => {
  it('is an error at the field, naming the signs and what to write', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (text) =>
        text
          .replace(/^title: .*$/m, 'title: "Regie &amp; samenwerking"')
          .replace(/^summary: .*$/m, 'summary: "**Let op:** een verzonnen plan om mee te testen."'),
      'people/jan-test.yaml': (text) => text.replace(/^role: .*$/m, 'role: "Kwartiermaker<br>projectleider"'),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'title',
        message:
          'de site toont dit veld als gewone tekst, dus ook "&amp;" zoals het er staat: "Regie &amp; samenwerking"',
        hint: expect.stringMatching(/^Schrijf het teken zelf in plaats van &amp;/),
      }),
      expect.objectContaining({
        line: 3,
        field: 'summary',
        message: expect.stringMatching(/^de site toont dit veld als gewone tekst, dus ook de tekens \*\* \(vet/),
      }),
    ]);
    expect(errorsIn('people/jan-test.yaml')).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'role',
        message: expect.stringMatching(/dus ook "<br>" als tekst: "Kwartiermaker<br>projectleider"$/),
      }),
    ]);
  });

  it('passes the signs in ordinary text: an ampersand, asterisks, underscores, brackets and < >', () => {
    for (const summary of [
      'Zorg & welzijn [concept] voor 4 < 5 jaar, met een * erbij.',
      'Beste <naam>, van <wachtlijst> naar <zorg>, voor kinderen <4 jaar en jongeren >12 jaar.',
      'Onderwijs&Jeugd; Zorg&Welzijn; R&D; het bestand Jaarverslag__2023__definitief en *****.',
    ]) {
      const { errorsIn } = checkWith({
        'plans/testplan.md': (text) => text.replace(/^summary: .*$/m, `summary: "${summary}"`),
      });
      expect(errorsIn('plans/testplan.md'), summary).toEqual([]);
    }
  });

  it('refuses every field of the hostile-content fixture, whose build leaves this check out to test escaping', () => {
    const dir = path.join(root, 'tests/fixtures/hostile-content');
    const refused = checkContent({ root, dir }).errors.filter((e) => e.message.startsWith('de site toont dit veld'));
    const payloads = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(md|yaml)$/.test(d.name))
      .flatMap((d) =>
        fs
          .readFileSync(path.join(d.parentPath, d.name), 'utf8')
          .split('\n')
          .map((line) => ({ file: d.name, line })),
      )
      .filter(({ line }) => /^\s*(-\s+)?(\w+:\s*)?"[^"]*<(script|img)\b/.test(line));
    expect(payloads.length).toBeGreaterThan(10);
    expect(refused).toHaveLength(payloads.length);
  });

  it('leaves web and e-mail addresses to their own rules: __ and &…; are part of an address', () => {
    const { errorsIn } = checkWith({
      'organisations/gemeente-testdorp.yaml': (text) =>
        `${text.replace(/^website: .*\n/m, '')}website: "https://www.testdorp.nl/__jeugd__/?q=jeugd&lang;=nl"\n`,
    });
    expect(errorsIn('organisations/gemeente-testdorp.yaml')).toEqual([]);
  });

  it('quotes a text on more lines on one line', () => {
    const { errorsIn } = checkWith({
      'plans/testplan.md': (text) => text.replace(/^summary: .*$/m, 'summary: >\n  Een plan met\n  **vet** erin.'),
    });
    expect(errorsIn('plans/testplan.md')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/: "Een plan met \*\*vet\*\* erin\."$/) }),
    ]);
  });
});

describe('lines broken as a PDF or an e-mail breaks them', () => {
  it('warns where a line starts a list in the middle of a sentence, or a numbered list from a year', () => {
    const body = [
      'Het plan kijkt naar de kosten',
      '- en ook de baten - van de zorg.',
      '',
      '2019. Een bewogen jaar voor de ontwikkeltafels.',
    ].join('\n');
    const { errors, warnings } = checkPlan(body);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        line: BODY + 1,
        message: expect.stringMatching(
          /^"- en ook de baten - van de zorg\." wordt een opsomming: de regel begint met een streepje/,
        ),
        hint: expect.stringContaining('zet hem dan achter die zin, of zet een \\ voor een streepje.'),
      }),
      expect.objectContaining({
        line: BODY + 3,
        message: expect.stringMatching(
          /^"2019\. Een bewogen jaar voor de…" wordt een genummerde lijst die telt vanaf 2019/,
        ),
        hint: expect.stringContaining('zet dan een \\ voor de punt: "2019\\. Een bewogen …"'),
      }),
    ]);
  });

  it('passes a list announced by a colon, after a blank line, of items that start with a capital, or within a list', () => {
    const body = [
      'We doen drie dingen:',
      '- samenwerken met scholen;',
      '- de ouders betrekken.',
      '',
      'Wat we doen',
      '',
      '- samenwerken',
      '',
      'Wie er meedoen',
      '- Gemeente Almelo',
      '',
      '1. Eerste stap',
      '2. Tweede stap',
      '',
      '- Minder wachttijd',
      '  - vooral bij de jeugdhulp',
      '1. Eerste stap',
      '   - deelpunt a',
    ].join('\n');
    expect(checkPlan(body).warnings).toEqual([]);
  });
});

describe('a web address between < and > without https://', () => {
  it('is an error: the page shows the < and > around the link', () => {
    const { errors } = checkPlan('Kijk op <www.jeugdtwente.nl> of <https://www.almelo.nl> en mail <info@junis.nl>.');
    expect(errors).toEqual([
      expect.objectContaining({
        line: BODY,
        message:
          '"<www.jeugdtwente.nl>" wordt een link met < en > eromheen: zonder https:// ervoor toont de pagina die tekens',
        hint: 'Haal < en > weg en schrijf een link met de naam van de website, zoals [naam van de website](https://www.jeugdtwente.nl).',
      }),
    ]);
  });
});

describe('two sections of a newsletter with one name', () => {
  it('is a warning at the second: "In dit nummer" would list both alike', () => {
    const edition = (body: string) =>
      `---\ntitle: Testnummer\nedition: "Herfst 2019"\ndate: 2019-11-01\nsummary: "Een verzonnen nieuwsbrief om de controle mee te testen."\nsources:\n  - testbron\n---\n\n${body}\n`;
    const { warningsIn } = checkWith({
      'newsletters/testnummer.md': edition('## Nieuws\n\nEen.\n\n### Nieuws\n\nTwee.\n\n## nieuws\n\nDrie.'),
      'plans/invoer.md': plan('## Nieuws\n\nEen.\n\n## Nieuws\n\nTwee.'),
    });
    expect(warningsIn('newsletters/testnummer.md')).toEqual([
      expect.objectContaining({
        line: 18,
        message:
          'er is al een kop "nieuws" (regel 10): onder "In dit nummer" staan ze dan twee keer, en de lezer weet niet welke welke is',
      }),
    ]);
    // Other pages have no such list.
    expect(warningsIn('plans/invoer.md')).toEqual([]);
  });
});
