import { nameKey } from '../text-keys.ts';
import { letterCount, partsOf, soundKey, soundKeys, wordsOf } from './spelling.ts';
import { minLetters, type SuggestionFile } from './suggestions.ts';

/*
 * "Bedoelde u …?": the site's names closest to a query that found (almost) nothing. A query is
 * compared with whole names (a misspelt "kate snelens" is "Kate Snellens") and with the words inside
 * them ("peutrplus" is the "PeuterPlus" of "PeuterPlus in ’s-Hertogenbosch"); a query of several
 * words whose words are each close to a word of the site is also put right word by word.
 *
 * The comparison is an edit distance (insert, delete, replace, swap two neighbours: the slips of
 * typing on a phone) over the words as they sound (spelling.ts: ij/ei/y, au/ou, no accents or
 * apostrophes), where the mistakes Dutch spelling invites cost half: a letter doubled or not
 * (Almello, Snelens), and c/k, s/z, f/v, d/t, i/y.
 */

/** How much a suggestion may differ from a query with this many letters before it is not what was meant. */
export function allowedCost(letters: number): number {
  if (letters < minLetters) return 0;
  if (letters <= 5) return 1;
  // One slip and one of the half-cost Dutch mistakes: two slips make a short word something else.
  if (letters <= 8) return 1.5;
  if (letters <= 12) return 2.5;
  return 3;
}

/** Letters a Dutch writer easily takes for each other: they sound (nearly) the same. */
const soundAlike = new Set(['ck', 'kc', 'sz', 'zs', 'fv', 'vf', 'dt', 'td', 'iy', 'yi']);

function replaceCost(a: string, b: string): number {
  if (a === b) return 0;
  return soundAlike.has(a + b) ? 0.5 : 1;
}

/** Adding or dropping a letter costs half when it doubles the letter before it ("Almelo", "Almello"). */
function gapCost(text: string, at: number): number {
  return at > 0 && text[at] === text[at - 1] ? 0.5 : 1;
}

/**
 * The edit distance between two keys with the costs above (optimal string alignment), or Infinity
 * as soon as it is sure to be more than `max`.
 */
export function editCost(a: string, b: string, max = Infinity): number {
  // Every letter one key has more than the other costs at least half.
  if (Math.abs(a.length - b.length) / 2 > max) return Infinity;
  let before: number[] = [];
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + gapCost(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const row = [previous[0]! + gapCost(a, i - 1)];
    let lowest = row[0]!;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        previous[j]! + gapCost(a, i - 1),
        row[j - 1]! + gapCost(b, j - 1),
        previous[j - 1]! + replaceCost(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        cost = Math.min(cost, before[j - 2]! + 1);
      }
      row[j] = cost;
      lowest = Math.min(lowest, cost);
    }
    if (lowest > max) return Infinity;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How much a kind of candidate counts: an entry's name most, a word inside a name least. */
const rankCost = { name: 0, term: 0.1, word: 0.2 } as const;
type Rank = keyof typeof rankCost;

/** A word of a query put right from another word costs this much more than a whole name that fits. */
const combinedCost = 0.3;

/** A suggestion that differs this much more than the best one is left out: it would only distract. */
const spread = 1;

interface Candidate {
  text: string;
  keys: string[];
  rank: Rank;
}

/** The keys a text is compared by: its words as they sound, joined by spaces; a place name may have two. */
function phraseKeys(text: string): string[] {
  const words = wordsOf(text);
  const variants = words.map(soundKeys);
  // Only a one-word text has alternative keys ("hertogenbosch" for "’s-Hertogenbosch").
  if (words.length === 1) return variants[0]!;
  return [variants.map((keys) => keys[0]).join(' ')];
}

export type Speller = (query: string, limit: number) => string[];

/** A speller over the names of a suggestion file. */
export function createSpeller(file: SuggestionFile): Speller {
  const candidates = new Map<string, Candidate>();
  const words = new Map<string, Candidate>();
  const add = (text: string, rank: Rank, into: Map<string, Candidate>): void => {
    const keys = phraseKeys(text);
    const key = keys[0];
    if (!key) return;
    const known = into.get(key);
    if (!known || rankCost[rank] < rankCost[known.rank]) into.set(key, { text, keys, rank });
  };
  const addWords = (text: string): void => {
    for (const word of wordsOf(text)) {
      for (const part of [word, ...partsOf(word)]) add(part, 'word', words);
    }
  };
  for (const name of file.names) add(name, 'name', candidates);
  for (const term of file.terms) add(term, 'term', candidates);
  for (const text of [...file.names, ...file.terms, ...file.words]) addWords(text);
  // A one-word name is also a word, with the name's weight.
  for (const candidate of candidates.values())
    if (!candidate.keys[0]!.includes(' ')) add(candidate.text, candidate.rank, words);
  for (const [key, word] of words)
    if (letterCount(key) >= minLetters && !candidates.has(key)) candidates.set(key, word);
  const all = [...candidates.values()];
  const correctable = [...words.values()].filter((word) => letterCount(word.keys[0]!) >= minLetters);

  /** The closest word of the site to one word of a query, within what its length allows. */
  const closestWord = (key: string): { text: string; cost: number } | undefined => {
    let best: { text: string; cost: number } | undefined;
    const max = allowedCost(letterCount(key));
    for (const word of correctable) {
      const cost = Math.min(...word.keys.map((k) => editCost(key, k, max))) + rankCost[word.rank];
      if (cost <= max && (!best || cost < best.cost)) best = { text: word.text, cost };
    }
    return best;
  };

  /**
   * The query with each word that is not a word of the site replaced by the closest one; nothing when
   * a word is neither (a word still being typed, or one the names do not have: half a suggestion
   * would only change with every letter).
   */
  const combineWords = (keys: string[]): { text: string; cost: number } | undefined => {
    let cost = combinedCost;
    const out: string[] = [];
    for (const key of keys) {
      const known = words.get(key);
      const word = known
        ? { text: known.text, cost: 0 }
        : letterCount(key) >= minLetters
          ? closestWord(key)
          : undefined;
      if (!word) return undefined;
      cost += word.cost;
      out.push(word.text);
    }
    // The query itself, written as the site writes it, is left out with the others that equal it.
    return { text: out.join(' '), cost };
  };

  return (query, limit) => {
    const typed = wordsOf(query);
    const keys = typed.map(soundKey);
    const key = keys.join(' ');
    const letters = letterCount(key);
    if (letters < minLetters) return [];
    const max = allowedCost(letters);
    const found: { text: string; cost: number }[] = [];
    for (const candidate of all) {
      const cost = Math.min(...candidate.keys.map((k) => editCost(key, k, max)));
      if (cost <= max) found.push({ text: candidate.text, cost: cost + rankCost[candidate.rank] });
    }
    if (typed.length > 1) {
      const combined = combineWords(keys);
      if (combined) found.push(combined);
    }
    found.sort((a, b) => a.cost - b.cost || a.text.length - b.text.length || a.text.localeCompare(b.text, 'nl'));
    const best = found[0]?.cost ?? 0;
    // What only sounds like the query is a suggestion ("Reggesteyn" for "reggestein"); the query itself is not.
    const seen = new Set([nameKey(query)]);
    const result: string[] = [];
    for (const { text, cost } of found) {
      const own = nameKey(text);
      if (cost > best + spread || seen.has(own)) continue;
      seen.add(own);
      result.push(text);
      if (result.length === limit) break;
    }
    return result;
  };
}
