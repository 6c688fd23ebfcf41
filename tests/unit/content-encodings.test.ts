import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from '../../src/lib/glossary/load.ts';
import { TermMatcher } from '../../src/lib/glossary/matcher.ts';
import { checkWith, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/*
 * Files as editors' tools write them. The bytes are made here with escapes, not committed: an editor
 * or git would otherwise quietly add or drop a byte-order mark or a carriage return in the fixture.
 */
const BOM = '\uFEFF';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const nfd = (text: string) => text.normalize('NFD');
const withoutFinalNewline = (text: string) => text.replace(/\r?\n$/, '');

const plan = (title: string, body: string) => `---
title: ${title}
summary: Een verzonnen plan om de inhoudscontrole mee te testen.
kind: project
sources:
  - testbron
---

${body}
`;
// The first line of the body of a file made with plan(); the third line of the body is BODY + 2.
const BODY = 9;

const person = (name: string) => `name: ${name}\nrole: testpersoon\nsources:\n  - testbron\n`;

const dataOf = (result: ReturnType<typeof checkWith>, id: string) =>
  result.entries.find(({ entry }) => entry.id === id)?.data;

describe('a byte-order mark at the start of a file (Notepad, some uploads)', () => {
  it('is accepted in Markdown, with the fields read as written', () => {
    const result = checkWith({ 'plans/bom.md': BOM + plan('Met BOM', 'Tekst.') });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'bom')?.title).toBe('Met BOM');
  });

  it('is accepted in MDX', () => {
    const result = checkWith({ 'plans/bom.mdx': BOM + plan('Met BOM in MDX', 'Tekst.') });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'bom')?.title).toBe('Met BOM in MDX');
  });

  it('is accepted in YAML, and is no part of the first field', () => {
    const result = checkWith({ 'people/bom.yaml': BOM + person('Bom Test') });
    expect(result.errors).toEqual([]);
    expect(Object.keys(dataOf(result, 'bom') ?? {})).toContain('name');
  });

  it('leaves the line numbers of messages as they were', () => {
    const { errorsIn } = checkWith({
      'plans/bom.md': BOM + plan('Met BOM', 'Eerste regel.\n\nZie [klik hier](/begrippen/).'),
    });
    expect(errorsIn('plans/bom.md')).toEqual([
      expect.objectContaining({ line: BODY + 2, message: expect.stringContaining('"klik hier"') }),
    ]);
  });
});

describe('Windows line endings (CRLF)', () => {
  it('are accepted in Markdown, YAML and MDX', () => {
    const result = checkWith({
      'plans/windows.md': crlf(plan('Windows', 'Tekst.\n\n## Kop\n\nMeer tekst.')),
      'plans/windows-mdx.mdx': crlf(plan('Windows MDX', 'Tekst.\n\n## Kop\n\nMeer tekst.')),
      'people/windows.yaml': crlf(person('Windows Test')),
    });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'windows')?.title).toBe('Windows');
    expect(dataOf(result, 'windows')?.summary).not.toMatch(/\r/);
  });

  it('keep the line numbers right, in the fields and in the text', () => {
    const { errorsIn } = checkWith({
      'plans/windows.md': crlf(
        plan('Windows', 'Eerste regel.\n\nZie [klik hier](/begrippen/).\n\n#### Te diep').replace(
          'kind: project',
          'kind: projectt',
        ),
      ),
      'people/windows.yaml': crlf(person('Windows Test').replace('role:', 'rol:')),
    });
    expect(errorsIn('plans/windows.md').map((e) => [e.line, e.field ?? e.message.slice(0, 20)])).toEqual([
      [4, 'kind'],
      [BODY + 2, 'de linktekst "klik h'],
      [BODY + 4, 'deze kop springt van'],
    ]);
    expect(errorsIn('people/windows.yaml')).toEqual([expect.objectContaining({ line: 2, field: 'rol' })]);
  });

  it('are accepted together with a byte-order mark', () => {
    const result = checkWith({
      'plans/beide.md': BOM + crlf(plan('Beide', 'Tekst.')),
      'people/beide.yaml': BOM + crlf(person('Beide Test')),
    });
    expect(result.errors).toEqual([]);
  });
});

describe('spaces after a --- line, invisible in an editor', () => {
  it('are accepted, as Astro accepts them', () => {
    const result = checkWith({ 'plans/spaties.md': plan('Spaties', 'Tekst.').replace(/^---$/gm, '---  ') });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'spaties')?.title).toBe('Spaties');
  });
});

describe('a file without a newline at the end', () => {
  it('is accepted in Markdown, YAML and MDX', () => {
    const result = checkWith({
      'plans/zonder-slot.md': withoutFinalNewline(plan('Zonder slot', 'De laatste regel.')),
      'plans/zonder-slot-mdx.mdx': withoutFinalNewline(plan('Zonder slot MDX', 'De laatste regel.')),
      'people/zonder-slot.yaml': withoutFinalNewline(person('Zonder Slot')),
    });
    expect(result.errors).toEqual([]);
  });

  it('is accepted when the closing --- is the last line, with CRLF too', () => {
    const onlyFields = (title: string) => withoutFinalNewline(plan(title, '').replace(/\n+$/, '\n'));
    const result = checkWith({
      'plans/alleen-velden.md': onlyFields('Alleen velden'),
      'plans/alleen-crlf.md': crlf(onlyFields('Alleen velden, CRLF')),
    });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'alleen-crlf')?.title).toBe('Alleen velden, CRLF');
  });

  it('keeps the line numbers of the text right', () => {
    const { errorsIn } = checkWith({
      'plans/zonder-slot.md': withoutFinalNewline(plan('Zonder slot', 'Eerste.\n\n[klik hier](/begrippen/)')),
    });
    expect(errorsIn('plans/zonder-slot.md')).toEqual([
      expect.objectContaining({ line: BODY + 2, message: expect.stringContaining('"klik hier"') }),
    ]);
  });
});

describe('accents written as two characters (NFD, as macOS and some tools write them)', () => {
  it('are read as the one character (NFC) the rest of the site uses', () => {
    const result = checkWith({
      'plans/accenten.md': nfd(plan('Café-overleg over ideeën', 'Tekst.')),
      'people/accenten.yaml': nfd(person('René Test')),
    });
    expect(result.errors).toEqual([]);
    expect(dataOf(result, 'accenten')?.title).toBe('Café-overleg over ideeën'.normalize('NFC'));
    expect(dataOf(result, 'accenten')?.title).toHaveLength('Café-overleg over ideeën'.normalize('NFC').length);
    const people = result.entries.filter(({ entry }) => entry.collection === 'people');
    expect(people.map(({ data }) => data.name)).toContain('René Test'.normalize('NFC'));
  });

  it('in a glossary file, give the site terms that match the text however either was typed', () => {
    const result = checkWith({
      'glossary/coordinatiepunt.yaml': nfd(
        'term: Coördinatiepunt\nfullForm: een verzonnen begrip met een trema\nexplanation: Een verzonnen uitleg van minstens twintig tekens.\ndomain: onderwijs\nsources:\n  - testbron\n',
      ),
    });
    expect(result.errors).toEqual([]);
    const terms = loadGlossaryTerms(result.dir);
    const term = terms.find((t) => t.id === 'coordinatiepunt');
    expect(term?.term).toBe('Coördinatiepunt'.normalize('NFC'));
    // The text of a page is read as NFC too, so a term typed either way is found in it.
    expect(new TermMatcher(terms).find('Het Coördinatiepunt helpt.'.normalize('NFC'))).toHaveLength(1);
  });

  it('a glossary file that YAML reads as code is left out of the terms the build loads first, not a crash', () => {
    // The Astro config loads the glossary before the content check runs: an alias to nothing used to throw there.
    const result = checkWith({ 'glossary/kapot.yaml': 'term: KAPOT\nfullForm: *iets* anders\n' });
    expect(result.errorsIn('glossary/kapot.yaml')).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('begint met een sterretje (*iets*)') }),
    ]);
    expect(loadGlossaryTerms(result.dir).map((term) => term.id)).toEqual(['vve']);
  });

  it('in a file name get the same clear message as the composed name, with the name to use', () => {
    const composed = checkWith({ 'people/café.yaml': person('Café Test') }).errorsIn('people/café.yaml');
    const decomposed = checkWith({ [nfd('people/café.yaml')]: person('Café Test') }).errors;
    expect(composed).toEqual([
      expect.objectContaining({
        message: 'de bestandsnaam "café.yaml" is geen geldig id',
        hint: expect.stringContaining('Noem het bestand "cafe.yaml"'),
      }),
    ]);
    expect(decomposed.map(({ message, hint }) => ({ message, hint }))).toEqual(
      composed.map(({ message, hint }) => ({ message, hint })),
    );
  });

  it('suggest a valid name for capitals and spaces too', () => {
    const { errorsIn } = checkWith({ 'people/Jan Test.yaml': person('Jan Test') });
    expect(errorsIn('people/Jan Test.yaml')[0]?.hint).toContain('Noem het bestand "jan-test.yaml"');
  });
});

describe('a file that is not saved as UTF-8', () => {
  const hint = expect.stringContaining('Sla het bestand opnieuw op als UTF-8');

  it('as UTF-16 ("Unicode" in Notepad) is named as such, not as fields that cannot be read', () => {
    const { errorsIn } = checkWith({ 'people/unicode.yaml': Buffer.from(BOM + person('Uni Code'), 'utf16le') });
    expect(errorsIn('people/unicode.yaml')).toEqual([
      expect.objectContaining({ message: 'het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8', hint }),
    ]);
  });

  it('as ANSI (Windows-1252): the line with the first letter that cannot be read, instead of a � on the site', () => {
    const { errorsIn } = checkWith({ 'plans/ansi.md': Buffer.from(plan('Ansi', 'Tekst.\n\nEen café.'), 'latin1') });
    expect(errorsIn('plans/ansi.md')).toEqual([
      expect.objectContaining({
        line: BODY + 2,
        message:
          'het bestand is niet opgeslagen als UTF-8: een teken op deze regel is niet te lezen (een letter als é of ë?)',
        hint,
      }),
    ]);
  });
});
