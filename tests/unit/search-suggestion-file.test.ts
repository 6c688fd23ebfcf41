import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { entryTitle, type AnyEntry } from '../../src/lib/entries.ts';
import { cleanName, partsOf, soundKey, soundKeys, wordsOf } from '../../src/lib/search/spelling.ts';
import { nameKey } from '../../src/lib/text-keys.ts';
import { gzipSize, suggestionBudget, suggestionFile } from '../../src/lib/search/suggestion-words.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { wordListFromContent } from '../../scripts/bench/words.ts';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { fixture } from '../support/entries.ts';
import { root } from '../support/builds.ts';

const realEntries = checkContent({ root }).entries.map(
  ({ entry, data }) => ({ collection: entry.collection, id: entry.id, data }) as AnyEntry,
);
const real = suggestionFile(realEntries);
const everything = (file: typeof real) => [...file.names, ...file.terms, ...file.words];

/** The bench's synthetic site of `size` pages, validated as Astro would (defaults filled in). */
function benchSite(size: number): AnyEntry[] {
  const words = wordListFromContent(path.join(root, 'content'));
  return generateCorpus({ size, words }).map(({ collection, id, data }) => {
    const parsed = plainSchemas[collection].safeParse(data);
    if (!parsed.success) throw new Error(`${collection}/${id}: ${parsed.error.message}`);
    return { collection, id, data: parsed.data } as AnyEntry;
  });
}

describe('reading names', () => {
  it('takes the words out of a name, with the apostrophe of ’s-Hertogenbosch and without other punctuation', () => {
    expect(wordsOf('PeuterPlus in ’s-Hertogenbosch')).toEqual(['PeuterPlus', 'in', '’s-Hertogenbosch']);
    expect(wordsOf('Werkgroep "de eerste 1000 dagen in Almelo"')).toEqual([
      'Werkgroep',
      'de',
      'eerste',
      '1000',
      'dagen',
      'in',
      'Almelo',
    ]);
    expect(wordsOf('Jeugdbeschermingstafel(s)')).toEqual(['Jeugdbeschermingstafel', 's']);
    expect(wordsOf('De Wendakker/de Linde')).toEqual(['De', 'Wendakker', 'de', 'Linde']);
    expect(wordsOf('Regionaal Meld- en Coördinatiepunt')).toEqual(['Regionaal', 'Meld', 'en', 'Coördinatiepunt']);
    expect(partsOf('GOAB-ondersteuningstraject')).toEqual(['GOAB', 'ondersteuningstraject']);
    expect(partsOf('’s-Hertogenbosch')).toEqual([]);
  });

  it('tells names apart only by their letters and digits', () => {
    expect(nameKey('Gemeente ’s-Hertogenbosch')).toBe(nameKey('gemeente s-hertogenbosch'));
    expect(nameKey('Coördinatiepunt')).toBe(nameKey('coordinatiepunt'));
    expect(nameKey('pm’ers')).toBe(nameKey("pm'ers"));
    expect(nameKey('Kate  Snellens')).toBe('kate snellens');
    expect(nameKey('Kate Snellens')).not.toBe(nameKey('Kate Snelens'));
    expect(cleanName(' Plan van aanpak  "Het jonge kind" ')).toBe('Plan van aanpak Het jonge kind');
  });

  it('compares words as they sound in Dutch: ij, ei, ey and y alike, au and ou alike, no accents', () => {
    expect(soundKey('Rijssen')).toBe(soundKey('Ryssen'));
    expect(soundKey('Reggesteyn')).toBe(soundKey('reggestein'));
    expect(soundKey('Reggesteyn')).toBe(soundKey('Reggesteijn'));
    expect(soundKey('Paus')).toBe(soundKey('pous'));
    expect(soundKey('Coördinatiepunt')).toBe('coordinatiepunt');
    expect(soundKeys('’s-Hertogenbosch')).toEqual(['shertogenbosch', 'hertogenbosch']);
  });
});

describe('the suggestion file of the real site', () => {
  it("holds every entry's name, and the places, municipalities, full forms and spellings of terms", () => {
    expect(real.names).toEqual(
      expect.arrayContaining([
        'Kate Snellens',
        'PeuterPlus in ’s-Hertogenbosch',
        'Vliegende Brigade in ’s-Hertogenbosch',
        'Gemeente Almelo',
        'Reggesteyn',
        'VVE',
        'Jeugdbeschermingstafel(s)',
      ]),
    );
    // Once each: the organisation GGD and the term GGD are one name.
    expect(real.names).toHaveLength(new Set(realEntries.map((entry) => nameKey(entryTitle(entry)))).size);
    expect(real.terms).toEqual(
      expect.arrayContaining([
        'Almelo',
        'Hengelo',
        'Hellendoorn',
        '’s-Hertogenbosch',
        'Rijssen',
        'Glanerbrug',
        'voor- en vroegschoolse educatie',
        'Wet langdurige zorg',
        'pm’ers',
      ]),
    );
    // Small enough to keep every name whole.
    expect(real.words).toEqual([]);
  });

  it('keeps each name once, whatever its case, accents or punctuation, and is sorted', () => {
    const keys = everything(real).map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
    // "vve" is the term VVE in small letters, "Wet Langdurige Zorg" the full form of Wlz with capitals.
    expect(real.names).toContain('VVE');
    expect(real.terms).toContain('Wet langdurige zorg');
    expect(everything(real)).not.toContain('vve');
    expect(everything(real)).not.toContain('Wet Langdurige Zorg');
    const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }));
    expect(real.terms).toEqual(sorted(real.terms));
  });

  it('adds nothing that the content does not say', () => {
    const dir = path.join(root, 'content');
    const texts = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => ` ${nameKey(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8'))} `);
    const unsaid = everything(real).filter((text) => !texts.some((content) => content.includes(` ${nameKey(text)} `)));
    expect(unsaid).toEqual([]);
  });

  it('is a small file', () => {
    expect(gzipSize(real)).toBeLessThan(5_000);
  });

  it('is the same for the same entries in another order', () => {
    expect(JSON.stringify(suggestionFile([...realEntries].reverse()))).toBe(JSON.stringify(real));
  });
});

describe('which names go into the file', () => {
  it('takes a municipality without "Gemeente", a place, an abbreviation and the full form and spellings of a term', () => {
    const file = suggestionFile([
      fixture('organisations', 'gemeente-hengelo', { name: 'Gemeente Hengelo', kind: 'gemeente' }),
      fixture('organisations', 'rvdk', {
        name: 'Raad voor de Kinderbescherming',
        abbreviation: 'RvdK',
        kind: 'jeugdbescherming',
        place: 'Enschede',
      }),
      fixture('glossary', 'rmc', {
        term: 'RMC',
        fullForm: 'Regionaal Meld- en Coördinatiepunt',
        variants: ['Meld- en Coördinatiepunt', 'rmc'],
      }),
      fixture('practices', 'voorbeeld', { title: 'Een "voorbeeld"', place: 'Almelo' }),
      fixture('people', 'kate-snellens', { name: 'Kate Snellens' }),
    ]);
    expect(file).toEqual({
      names: ['Een voorbeeld', 'Gemeente Hengelo', 'Kate Snellens', 'Raad voor de Kinderbescherming', 'RMC'],
      terms: [
        'Almelo',
        'Enschede',
        'Hengelo',
        'Meld- en Coördinatiepunt',
        'Regionaal Meld- en Coördinatiepunt',
        'RvdK',
      ],
      words: [],
    });
  });

  it('keeps the first spelling of a name: the entry’s own before the same name elsewhere', () => {
    const file = suggestionFile([
      fixture('organisations', 'coordinatiepunt', {
        name: 'Coördinatiepunt',
        kind: 'overig',
        place: 'coordinatiepunt',
      }),
      fixture('glossary', 'x', { term: 'X-term', fullForm: 'COÖRDINATIEPUNT', variants: [] }),
    ]);
    expect(everything(file).filter((text) => nameKey(text) === 'coordinatiepunt')).toEqual(['Coördinatiepunt']);
  });

  it('past its budget keeps long names by their words only, each word once', () => {
    const whole = suggestionFile(realEntries, Infinity);
    const budget = gzipSize(whole) - 1;
    const bounded = suggestionFile(realEntries, budget);
    expect(gzipSize(bounded)).toBeLessThanOrEqual(budget);
    expect(bounded.words.length).toBeGreaterThan(0);
    // Short names stay whole; the longest is there by its words.
    const longest = whole.names.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
    expect(bounded.names).not.toContain(longest);
    expect(bounded.names).toContain('Kate Snellens');
    const keys = everything(bounded).map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
    // Every word of every name is still in the file, whole or as a word.
    const have = new Set(everything(bounded).flatMap((text) => wordsOf(text).map(nameKey)));
    const missing = everything(whole)
      .flatMap((text) => wordsOf(text).map(nameKey))
      .filter((key) => !have.has(key));
    expect(missing).toEqual([]);
  });

  it(`stays within its budget (${suggestionBudget} bytes gzip) for the benchmark's site of 5,000 pages`, () => {
    const file = suggestionFile(benchSite(5_000));
    const size = gzipSize(file);
    expect(size).toBeLessThanOrEqual(suggestionBudget);
    // Still most of the names, and the people whole.
    expect(file.names.length).toBeGreaterThan(2_000);
    expect(file.words.length).toBeGreaterThan(0);
  });
});
