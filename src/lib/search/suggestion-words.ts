import zlib from 'node:zlib';
import { compareNames, entryTitle, type AnyEntry } from '../entries.ts';
import { municipalityName } from './facets.ts';
import { nameKey } from '../text-keys.ts';
import { cleanName, wordsOf } from './spelling.ts';
import type { SuggestionFile } from './suggestions.ts';

/**
 * The most the suggestion file may weigh, gzipped, in bytes. A visitor loads it once, after a search
 * that found (almost) nothing. The real site's names take about 2 kB; a site of 5,000 pages would
 * take 40 kB with every name whole, so there the longest names are kept only by their words.
 */
export const suggestionBudget = 18_000;

/**
 * The names other than entry names that an entry puts on the site: a term's full form and other
 * spellings, an organisation's abbreviation and place, a municipality's name without "Gemeente",
 * a practice's place.
 */
function termsOf(entry: AnyEntry): (string | undefined)[] {
  switch (entry.collection) {
    case 'glossary':
      return [entry.data.fullForm, ...entry.data.variants];
    case 'organisations':
      return [
        entry.data.abbreviation,
        entry.data.place,
        entry.data.kind === 'gemeente' ? municipalityName(entry) : undefined,
      ];
    case 'practices':
      return [entry.data.place];
    default:
      return [];
  }
}

/**
 * Every entry's name (the field the registry names for its collection) and the other names the
 * entries put on the site. Names that differ only in case, accents or punctuation are kept once, in
 * the form of the first (an entry's own name before a spelling of it elsewhere).
 */
export function siteNames(entries: readonly AnyEntry[]): { names: string[]; terms: string[] } {
  const seen = new Set<string>();
  const keep = (texts: (string | undefined)[]): string[] => {
    const kept: string[] = [];
    for (const text of texts) {
      if (text === undefined) continue;
      const name = cleanName(text);
      const key = nameKey(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      kept.push(name);
    }
    return kept;
  };
  return { names: keep(entries.map(entryTitle)), terms: keep(entries.flatMap(termsOf)) };
}

/**
 * The file with the names of up to `maxWords` words whole, and of longer names only the words that
 * no whole name has. Each list in Dutch alphabetical order, so one site gives one file.
 */
function withNamesUpTo(names: string[], terms: string[], maxWords: number): SuggestionFile {
  const fits = (text: string) => wordsOf(text).length <= maxWords;
  const whole = { names: names.filter(fits), terms: terms.filter(fits) };
  const covered = new Set([...whole.names, ...whole.terms].flatMap((text) => wordsOf(text).map(nameKey)));
  const words = new Map<string, string>();
  for (const text of [...names, ...terms].filter((text) => !fits(text))) {
    for (const word of wordsOf(text)) {
      const key = nameKey(word);
      if (key !== '' && !covered.has(key) && !words.has(key)) words.set(key, word);
    }
  }
  return {
    names: whole.names.sort(compareNames),
    terms: whole.terms.sort(compareNames),
    words: [...words.values()].sort(compareNames),
  };
}

export function gzipSize(file: SuggestionFile): number {
  return zlib.gzipSync(JSON.stringify(file)).length;
}

/**
 * The suggestion file for a site (src/lib/search/suggestions.ts): every name whole while the file
 * stays within `budget` bytes gzipped; past it, the names with the most words are kept by their
 * words only, longest first. Nothing is added that the entries do not say.
 */
export function suggestionFile(entries: readonly AnyEntry[], budget = suggestionBudget): SuggestionFile {
  const { names, terms } = siteNames(entries);
  let maxWords = Math.max(1, ...[...names, ...terms].map((text) => wordsOf(text).length));
  let file = withNamesUpTo(names, terms, maxWords);
  while (maxWords > 1 && gzipSize(file) > budget) file = withNamesUpTo(names, terms, --maxWords);
  return file;
}
