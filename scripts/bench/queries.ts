import type { CorpusEntry } from './corpus.ts';

/**
 * The queries of the shared side-by-side script (/work/shared/bench/search-latency.mjs), so our
 * medians compare with its Starlight numbers: frequent words of the real content, a region's name
 * and a word found on almost every kind of page.
 */
export const defaultQueries = ['jeugd', 'kinderopvang', 'ontwikkeltafel', 'twente', 'gemeente'] as const;

/** Every word of a corpus, lower case: its fields' text and its bodies. */
export function corpusWords(entries: readonly CorpusEntry[]): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string')
      for (const word of value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(word);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const entry of entries) {
    add(entry.data);
    add(entry.body);
  }
  return words;
}

/**
 * Which queries the corpus can answer: every word of the query begins a word of the corpus, as
 * Pagefind matches the words typed. A query it cannot answer would never show a highlighted result.
 */
export function queriesInCorpus(
  queries: readonly string[],
  words: ReadonlySet<string>,
): { found: string[]; missing: string[] } {
  const known = [...words];
  const occurs = (query: string) =>
    query
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => words.has(word) || known.some((k) => k.startsWith(word)));
  return { found: queries.filter(occurs), missing: queries.filter((q) => !occurs(q)) };
}
