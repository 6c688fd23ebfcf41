import { newEntryCommand } from '../new-entry-command.ts';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import { writtenSpellings } from './glossary-spellings.ts';
import type { ContentIssue, RawEntry } from './types.ts';

// A word in capitals (digits allowed after the first letter), with a plural ending if any: "VVE",
// "GI’s", "IKCs", "PO-scholen". Words with small letters inside, such as "RvdK", are left to the editor.
const ABBREVIATION = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]+)(?:['’]?s)?(?![\p{L}\p{N}])/gu;
const ROMAN_NUMERALS = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** Every spelling the glossary explains: each term and its variants, in capitals. */
export function glossarySpellings(entries: readonly RawEntry[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    for (const { text } of writtenSpellings(entry)) {
      if (typeof text === 'string') known.add(text.trim().toUpperCase());
    }
  }
  return known;
}

/**
 * Names that have their own page: an organisation called "SOTOG" or abbreviated "RvdK" is explained
 * by its organisation page, so its name needs no glossary entry.
 */
export function organisationSpellings(entries: readonly RawEntry[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    if (entry.collection !== 'organisations' || !entry.data || typeof entry.data !== 'object') continue;
    const { name, abbreviation } = entry.data as { name?: unknown; abbreviation?: unknown };
    for (const spelling of [name, abbreviation]) {
      if (typeof spelling === 'string') for (const word of abbreviationsIn(spelling)) known.add(word);
    }
  }
  return known;
}

/** Abbreviations in a text, in order of appearance. */
export function abbreviationsIn(text: string): string[] {
  return [...text.matchAll(ABBREVIATION)]
    .map((m) => m[1]!)
    .filter((word) => (word.match(/\p{Lu}/gu) ?? []).length >= 2 && !ROMAN_NUMERALS.has(word));
}

/**
 * Abbreviations that neither the glossary nor an organisation's name explains. A warning, not an
 * error: some are explained where they stand. Reported once per file, where the abbreviation first appears.
 */
export function checkAbbreviations({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const known = new Set([...glossarySpellings(entries), ...organisationSpellings(entries)]);
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    const reported = new Set<string>();
    eachNode(body.tree, (node) => {
      if (node.type !== 'text') return;
      for (const word of abbreviationsIn(node.value)) {
        if (known.has(word) || reported.has(word)) continue;
        reported.add(word);
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: body.lineOf(node),
          message: `de afkorting "${word}" staat niet in de begrippenlijst en is ook geen naam van een organisatie`,
          hint: `Schrijf de afkorting de eerste keer voluit. Komt ze vaker voor, voeg haar dan toe aan de begrippen met ${newEntryCommand('glossary', word)}. Is het een andere schrijfwijze van een begrip dat er al is, zet haar dan bij variants van dat begrip.`,
        });
      }
    });
  }
  return issues;
}
