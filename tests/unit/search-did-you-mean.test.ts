import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import type { AnyEntry } from '../../src/lib/entries.ts';
import { allowedCost, createSpeller, editCost } from '../../src/lib/search/did-you-mean.ts';
import { suggestionFile } from '../../src/lib/search/suggestion-words.ts';
import { root } from '../support/builds.ts';

const entries = checkContent({ root }).entries.map(
  ({ entry, data }) => ({ collection: entry.collection, id: entry.id, data }) as AnyEntry,
);
const suggest = createSpeller(suggestionFile(entries));

describe('the edit distance', () => {
  it('counts a typing slip as one: a letter missing, one too many, another letter, two swapped', () => {
    expect(editCost('peutrplus', 'peuterplus')).toBe(1);
    expect(editCost('peuterplust', 'peuterplus')).toBe(1);
    expect(editCost('peuterplis', 'peuterplus')).toBe(1);
    expect(editCost('peuterplsu', 'peuterplus')).toBe(1);
    expect(editCost('peuterplus', 'peuterplus')).toBe(0);
  });

  it('counts half for what Dutch spelling invites: a letter doubled or not, c/k, s/z, f/v, d/t, i/y', () => {
    expect(editCost('snelens', 'snellens')).toBe(0.5);
    expect(editCost('almello', 'almelo')).toBe(0.5);
    expect(editCost('klaudio', 'claudio')).toBe(0.5);
    expect(editCost('twenterant', 'twenterand')).toBe(0.5);
    expect(editCost('platvorm', 'platform')).toBe(0.5);
    // "Almelo" and "Almolo" differ in a letter that is not doubled: a whole slip.
    expect(editCost('almolo', 'almelo')).toBe(1);
  });

  it('gives up as soon as the distance is sure to be more than allowed', () => {
    expect(editCost('kate', 'kinderopvang', 2)).toBe(Infinity);
    expect(editCost('abcdef', 'uvwxyz', 2)).toBe(Infinity);
    expect(editCost('abcdef', 'uvwxyz')).toBe(6);
  });

  it('allows more for longer words, and nothing below four letters', () => {
    expect(allowedCost(3)).toBe(0);
    expect(allowedCost(4)).toBe(1);
    expect(allowedCost(5)).toBe(1);
    expect(allowedCost(7)).toBe(1.5);
    expect(allowedCost(12)).toBe(2.5);
    expect(allowedCost(20)).toBe(3);
  });
});

/** Misspellings of names on the site, and what the suggestions must start with. */
const misspellings: [query: string, first: string, what: string][] = [
  ['peutrplus', 'PeuterPlus', 'a practice, a letter missing'],
  ['peuterplsu', 'PeuterPlus', 'a practice, two letters swapped'],
  ['kate snelens', 'Kate Snellens', 'a person, a letter not doubled'],
  ['klaudio brugink', 'Claudio Bruggink', 'a person, c as k and a letter not doubled'],
  ['snelens', 'Snellens', 'a surname alone'],
  ['hertogenbosh', '’s-Hertogenbosch', 'a place without its ’s- and a letter'],
  ['s-hertogenbosh', '’s-Hertogenbosch', 'a place with a straight apostrophe left out'],
  ['almlo', 'Almelo', 'a place, a letter missing'],
  ['hengleo', 'Hengelo', 'a place, two letters swapped'],
  ['hellendorn', 'Hellendoorn', 'a municipality, a letter not doubled'],
  ['oldenzal', 'Oldenzaal', 'a place'],
  ['rysen', 'Rijssen', 'a place, y for ij'],
  ['reggestein', 'Reggesteyn', 'an organisation, ei for ey'],
  ['twenterant', 'Twenterand', 'a municipality, t for d'],
  ['vliegende brigde', 'Vliegende Brigade', 'a practice, one of two words misspelt'],
  ['jeugdbescherming overijsel', 'Jeugdbescherming Overijssel', 'an organisation'],
  ['gemeente almlo', 'Gemeente Almelo', 'a municipality with "Gemeente"'],
  ['coordinatiepnt', 'Coördinatiepunt', 'a word without its accent, a letter missing'],
  ['onderwysachterstandenbeleid', 'onderwijsachterstandenbeleid', 'a full form, y for ij'],
  ['kinderopvnag', 'kinderopvang', 'a word inside a name, two letters swapped'],
];

describe('suggestions from the names of the site', () => {
  it.each(misspellings)('"%s" suggests "%s" first (%s)', (query, first) => {
    expect(suggest(query, 3)[0]).toBe(first);
  });

  it('suggests nothing for a query that is a name of the site, however it is written', () => {
    for (const query of ['Almelo', 'almelo', 'kate snellens', 'KATE SNELLENS', 's-Hertogenbosch', 'Reggesteyn'])
      expect(suggest(query, 3), query).toEqual([]);
  });

  it('puts a query right word by word only when every word is a word of the site or close to one', () => {
    expect(suggest('gemeente rysen', 3)[0]).toBe('Gemeente Rijssen');
    // A word still being typed, or one the names do not have, is not guessed at: half a suggestion
    // would change with every letter.
    expect(suggest('klaudio brugi', 3)).toEqual([]);
    expect(suggest('klaudio b', 3)).toEqual([]);
    expect(suggest('kinderen opvnag', 3)).toEqual([]);
  });

  it('suggests nothing for queries of fewer than four letters, or with nothing close on the site', () => {
    expect(suggest('ggf', 3)).toEqual([]);
    expect(suggest('a b', 3)).toEqual([]);
    expect(suggest('xqzvwk', 3)).toEqual([]);
    expect(suggest('Nijmegen', 3)).toEqual([]);
  });

  it('gives at most as many as asked, each once, the best first', () => {
    const all = suggest('heerln', 10);
    expect(all[0]).toBe('Heerlen');
    expect(new Set(all.map((text) => text.toLowerCase())).size).toBe(all.length);
    expect(suggest('heerln', 1)).toEqual(['Heerlen']);
  });

  it('puts a whole name before a word inside a name that is as close', () => {
    // "Jong en Sterk" is an organisation's name; its words alone would be as close.
    expect(suggest('jong en strek', 3)[0]).toBe('Jong en Sterk');
  });

  it('only suggests what the site says: names, terms, their words, or the words of the query put right', () => {
    const file = suggestionFile(entries);
    const known = new Set(
      [...file.names, ...file.terms, ...file.words].flatMap((text) => [text, ...text.split(/[\s/()]+/)]),
    );
    for (const [query] of misspellings) {
      for (const suggestion of suggest(query, 3)) {
        const words = suggestion.split(' ');
        expect(known.has(suggestion) || words.every((word) => known.has(word)), `${query} → ${suggestion}`).toBe(true);
      }
    }
  });
});
