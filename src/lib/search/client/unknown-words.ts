import { nameKey } from '../../text-keys.ts';
import { letterCount, wordsOf } from '../spelling.ts';
import type { SearchResults } from './pagefind-ui.ts';
import type { SearchEngine } from './search-engine.ts';

/** Where Pagefind found the words in a result: positions in its text, counted in words. */
interface Matches {
  content: string;
  locations: number[];
}

/** Words this short are checked no further: a typo in them cannot be put right anyway. */
const minWordLetters = 3;

/**
 * Whether a word of the query is not in the index, so that the search deserves a "Bedoelde u …?".
 *
 * The number of results does not tell: for a word it does not have, Pagefind searches the longest
 * start of it that it has ("almlo" finds 53 pages with "als", "snelens" 12 with "snel"), and a
 * misspelt name among known words still finds the pages of the others ("kate snelens"). So each
 * word is checked itself: it is known when the best result has a word that begins with it (also a
 * word still being typed: "peute" for "peuters"), or else when a search for exactly that word finds
 * pages (in quotes: Pagefind then takes the word as it is, with its stem, but never a shorter start).
 */
export async function lacksAWord(term: string, found: SearchResults, engine: SearchEngine): Promise<boolean> {
  const words = wordsOf(term.replace(/"/g, ' ')).filter((word) => letterCount(word) >= minWordLetters);
  if (words.length === 0) return false;
  const top = found.results[0] ? ((await found.results[0].data()) as unknown as Partial<Matches>) : undefined;
  const text = top?.content?.split(/\s+/) ?? [];
  const matched = (top?.locations ?? []).map((at) => nameKey(text[at] ?? ''));
  for (const word of words) {
    const key = nameKey(word);
    if (matched.some((match) => match.startsWith(key))) continue;
    const exact = await engine.search(`"${word}"`);
    if ((exact?.results.length ?? 0) === 0) return true;
  }
  return false;
}
