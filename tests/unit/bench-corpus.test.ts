import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { corpusCounts, corpusMarker, generateCorpus, minimumSize, writeCorpus } from '../../scripts/bench/corpus.ts';
import { Random } from '../../scripts/bench/random.ts';
import { slugify } from '../../scripts/bench/text.ts';
import { drawWord, wordListFrom, wordListFromContent } from '../../scripts/bench/words.ts';

const root = path.resolve(import.meta.dirname, '../..');
const words = wordListFromContent(path.join(root, 'content'));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-corpus-test-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('corpus proportions', () => {
  it('divides exactly N entries over every collection', () => {
    for (const size of [minimumSize, 100, 1000, 5000, 12_345]) {
      const counts = corpusCounts(size);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(size);
      for (const name of collectionNames) expect(counts[name], `${name} at N=${size}`).toBeGreaterThan(0);
    }
  });

  it('has many people and organisations, fewer plans and practices, few tables', () => {
    const counts = corpusCounts(5000);
    expect(counts.people).toBeGreaterThan(counts.plans);
    expect(counts.organisations).toBeGreaterThan(counts.practices);
    expect(counts.plans).toBeGreaterThan(counts.tables * 20);
    // A table's number is 1–9 and the support pyramid has four levels: they do not grow with N.
    expect(corpusCounts(100_000).tables).toBeLessThanOrEqual(9);
    expect(corpusCounts(100_000).supportLevels).toBe(4);
  });

  it('refuses sizes too small to hold every kind of reference', () => {
    expect(() => corpusCounts(minimumSize - 1)).toThrow(/at least/);
    expect(() => corpusCounts(100.5)).toThrow();
  });
});

describe('generated corpus', () => {
  const entries = generateCorpus({ size: 250, words, seed: 7 });
  const dir = path.join(temp, 'corpus');
  writeCorpus(dir, entries);

  it('passes the content check the build runs, without errors or warnings', () => {
    const { errors, warnings, entries: checked } = checkContent({ dir, root: temp });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(checked).toHaveLength(250);
    expect(new Set(checked.map((e) => e.entry.collection))).toEqual(new Set(collectionNames));
    // A full content check of 250 files: seconds, more on a machine busy with builds.
  }, 60_000);

  it('passes the content check at the smallest size too, where few glossary terms must explain every abbreviation', () => {
    const small = path.join(temp, 'small');
    writeCorpus(small, generateCorpus({ size: minimumSize, words, seed: 3 }));
    const { errors, warnings } = checkContent({ dir: small, root: temp });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('cites a source on every entry that has a sources field', () => {
    const sourceIds = new Set(entries.filter((e) => e.collection === 'sources').map((e) => e.id));
    for (const entry of entries.filter((e) => e.collection !== 'sources')) {
      const cited = entry.data.sources as string[];
      expect(cited.length, `${entry.collection}/${entry.id}`).toBeGreaterThan(0);
      for (const id of cited) expect(sourceIds.has(id)).toBe(true);
    }
  });

  it("writes text made of the real content's words, of realistic length", () => {
    const known = new Set(words.words.map((w) => w.toLowerCase()));
    const plans = entries.filter((e) => e.collection === 'plans');
    const bodyWords = plans.flatMap(
      (p) => (p.body ?? '').replace(/\]\([^)]*\)/g, ' ').match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [],
    );
    const unknown = bodyWords.filter((w) => !known.has(w.toLowerCase()) && w !== 'Zie' && w !== 'ook');
    expect(bodyWords.length).toBeGreaterThan(plans.length * 80);
    expect(unknown).toEqual([]);
    const newsletterWords = entries
      .filter((e) => e.collection === 'newsletters')
      .map((e) => (e.body ?? '').split(/\s+/).length);
    expect(Math.min(...newsletterWords)).toBeGreaterThanOrEqual(800);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ size: 250, words, seed: 7 })).toEqual(entries);
    expect(generateCorpus({ size: 250, words, seed: 8 })).not.toEqual(entries);
  });

  it('will not empty a folder it did not write', () => {
    const other = path.join(temp, 'not-a-corpus');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'keep.txt'), 'mine');
    expect(() => writeCorpus(other, entries)).toThrow(/no synthetic corpus wrote/);
    expect(fs.readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
    expect(fs.existsSync(path.join(dir, corpusMarker))).toBe(true);
    writeCorpus(dir, entries.slice(0, 5));
    expect(fs.readdirSync(path.join(dir, 'people'))).toHaveLength(
      entries.slice(0, 5).filter((e) => e.collection === 'people').length,
    );
  });
});

describe('word list', () => {
  it('counts words, keeps names capitalised and skips link targets', () => {
    const list = wordListFrom([
      'De jeugd in Twente.',
      'de jeugd groeit op in [Twente](/ontwikkeltafels/x/).',
      'De tafel',
    ]);
    expect(list.words[0]).toBe('de');
    expect(list.words).toContain('Twente');
    expect(list.words).not.toContain('ontwikkeltafels');
    expect(list.cumulative[list.cumulative.length - 1]).toBe(12);
  });

  it('draws words as often as they occur', () => {
    const list = wordListFrom(['aa aa aa bb']);
    const random = new Random(1);
    const draws = Array.from({ length: 4000 }, () => drawWord(list, random));
    const share = draws.filter((w) => w === 'aa').length / draws.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });

  it('makes ids from titles', () => {
    expect(slugify('Één kind, één plan: ’s-Hertogenbosch')).toBe('een-kind-een-plan-s-hertogenbosch');
  });
});
