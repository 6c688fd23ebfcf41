import type { CheckContext } from './context.ts';
import { errorAtEach, inDutch, type Involved } from './involved.ts';
import { spellingKey } from '../text-keys.ts';
import type { ContentIssue, RawEntry } from './types.ts';

interface Spelling extends Involved {
  written: string;
}

/** The spellings a glossary entry gives (its term and variants), each with its field; others give none. */
export function writtenSpellings(entry: RawEntry): { text: unknown; path: (string | number)[] }[] {
  if (entry.collection !== 'glossary' || !entry.data || typeof entry.data !== 'object') return [];
  const { term, variants } = entry.data as { term?: unknown; variants?: unknown };
  return [
    { text: term, path: ['term'] },
    ...(Array.isArray(variants) ? variants.map((text: unknown, i) => ({ text, path: ['variants', i] })) : []),
  ];
}

/**
 * A term or variant that two glossary entries claim: the site links it to one of them, and a reader
 * cannot know which explanation is meant. Compared as the glossary matches text: not by case,
 * apostrophe or spacing, and not by accents.
 */
export function checkGlossarySpellings({ entries }: CheckContext): ContentIssue[] {
  const byKey = new Map<string, Spelling[]>();
  for (const entry of entries) {
    for (const { text, path } of writtenSpellings(entry)) {
      if (typeof text !== 'string' || text.trim() === '') continue;
      const key = spellingKey(text);
      const same = byKey.get(key) ?? [];
      // The same spelling twice in one entry is only repetition: one explanation either way.
      if (!same.some((spelling) => spelling.entry === entry)) same.push({ entry, path, written: text.trim() });
      byKey.set(key, same);
    }
  }
  const issues: ContentIssue[] = [];
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const where = inDutch(same.map(({ entry, path, written }) => `${entry.file} (${path[0]}: "${written}")`));
    issues.push(
      ...errorAtEach(
        same,
        `"${same[0]!.written}" staat bij meer dan één begrip: ${where}. De site weet dan niet welke uitleg erbij hoort`,
        'Geef elke schrijfwijze aan één begrip: haal haar weg bij de andere (bij term of variants), of voeg de begrippen samen als ze hetzelfde betekenen.',
      ),
    );
  }
  return issues;
}
