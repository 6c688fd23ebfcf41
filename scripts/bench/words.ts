import { loadContent } from '../../src/lib/content-check/load.ts';
import type { Random } from './random.ts';

/** Words with how often they occur, for sampling text that reads like the real content. */
export interface WordList {
  words: string[];
  /** Running total of the counts, for weighted sampling by binary search. */
  cumulative: number[];
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Strips what is not prose from Markdown: link targets, HTML tags, code. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Every string in parsed data that reads as prose; ids and enum values (no spaces) are left out. */
function proseValues(value: unknown): string[] {
  if (typeof value === 'string') return value.includes(' ') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(proseValues);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(proseValues);
  return [];
}

/** Counts the words of some texts; each word keeps the spelling it has most often inside sentences (so "Twente" stays capitalised). */
export function wordListFrom(texts: readonly string[]): WordList {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const clean = prose(text);
    for (const match of clean.matchAll(WORD)) {
      const token = match[0];
      const key = token.toLowerCase();
      // A capital at the start of a sentence, heading or list item says nothing about the word.
      const before = clean.slice(Math.max(0, match.index - 3), match.index);
      const form = /(^|[.!?:#*\n-]\s*)$/.test(before) || match.index === 0 ? key : token;
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const entries = [...counts.entries()]
    .map(([key, forms]) => {
      let best = key;
      let bestCount = -1;
      let total = 0;
      for (const [form, count] of forms) {
        total += count;
        if (count > bestCount || (count === bestCount && form === key)) {
          best = form;
          bestCount = count;
        }
      }
      return { word: best, total };
    })
    .sort((a, b) => b.total - a.total || a.word.localeCompare(b.word));
  let running = 0;
  return {
    words: entries.map((e) => e.word),
    cumulative: entries.map((e) => (running += e.total)),
  };
}

/** The word list of the real content: bodies and prose fields of every entry under `dir`. */
export function wordListFromContent(dir: string): WordList {
  const { entries } = loadContent(dir, dir);
  const texts = entries.flatMap((entry) => [entry.body, ...proseValues(entry.data)]);
  const list = wordListFrom(texts);
  if (list.words.length < 200) {
    throw new Error(`Too few words in ${dir} (${list.words.length}) to generate realistic text from.`);
  }
  return list;
}

/** Draws a word with the probability it has in the real content. */
export function drawWord(list: WordList, random: Random): string {
  const total = list.cumulative[list.cumulative.length - 1] ?? 0;
  const target = random.next() * total;
  let low = 0;
  let high = list.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list.cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return list.words[low] ?? '';
}
