import { describe, expect, it } from 'vitest';
import type { RawResult, SearchResults } from '../../src/lib/search/client/pagefind-ui.ts';
import type { ResultData } from '../../src/lib/search/client/result-template.ts';
import type { SearchEngine } from '../../src/lib/search/client/search-engine.ts';
import { lacksAWord } from '../../src/lib/search/client/unknown-words.ts';

/** A result as Pagefind gives it: its text, and where in it (counted in words) the query's words were found. */
function result(content: string, found: string[]): RawResult {
  const words = content.split(/\s+/);
  const locations = found.map((word) => words.indexOf(word));
  return { id: content, data: () => Promise.resolve({ content, locations } as unknown as ResultData) };
}

/** An engine that knows some words exactly, and records what it is asked. */
function engine(known: string[]): SearchEngine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: (term) => {
      asked.push(term ?? '');
      const word = (term ?? '').replace(/"/g, '').toLowerCase();
      const results = known.includes(word) ? [result(word, [word])] : [];
      return Promise.resolve({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });
    },
    preload: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
  };
}

const searchFound = (...results: RawResult[]): SearchResults => ({ results });

describe('whether a search has a word the index lacks', () => {
  it('sees through Pagefind’s guess: "almlo" found pages with "als", and "almlo" itself is not there', async () => {
    const pagefind = engine(['als', 'almelo']);
    const found = searchFound(result('Ook geschreven als GI’s', ['als']));
    expect(await lacksAWord('almlo', found, pagefind)).toBe(true);
    expect(pagefind.asked).toEqual(['"almlo"']);
  });

  it('takes a word still being typed as known when the best result has a word that begins with it', async () => {
    const pagefind = engine([]);
    const found = searchFound(result('De peuters in de groep', ['peuters']));
    expect(await lacksAWord('peute', found, pagefind)).toBe(false);
    expect(pagefind.asked).toEqual([]);
  });

  it('asks for the exact word when the best result has another form of it', async () => {
    const pagefind = engine(['gemeenten']);
    const found = searchFound(result('Gemeente Hengelo', ['Gemeente']));
    expect(await lacksAWord('gemeenten', found, pagefind)).toBe(false);
    expect(pagefind.asked).toEqual(['"gemeenten"']);
  });

  it('checks every word: a misspelt name beside a known one still lacks a word', async () => {
    const pagefind = engine(['kate']);
    const found = searchFound(result('Kate Vink werkt in Almelo', ['Kate']));
    expect(await lacksAWord('kate snelens', found, pagefind)).toBe(true);
    expect(pagefind.asked).toEqual(['"snelens"']);
  });

  it('asks about each word when nothing was found, and leaves short words and quotes alone', async () => {
    const pagefind = engine(['peuterplus', 'in']);
    expect(await lacksAWord('"peuterplus" in', searchFound(), pagefind)).toBe(false);
    expect(pagefind.asked).toEqual(['"peuterplus"']);
    expect(await lacksAWord('peutrplus', searchFound(), pagefind)).toBe(true);
    expect(await lacksAWord('ab', searchFound(), engine([]))).toBe(false);
  });

  it('compares without case, accents or apostrophes: ’s-Hertogenbosch is found by s-hertogenbosch', async () => {
    const pagefind = engine([]);
    const found = searchFound(result('PeuterPlus in ’s-Hertogenbosch.', ['’s-Hertogenbosch.']));
    expect(await lacksAWord('s-hertogenbosch', found, pagefind)).toBe(false);
    expect(pagefind.asked).toEqual([]);
  });
});
