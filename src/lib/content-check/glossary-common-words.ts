import { matchesInAnyCase } from '../glossary/matcher.ts';
import type { CheckContext } from './context.ts';
import { commonDutchWords } from './common-words.ts';
import { writtenSpellings } from './glossary-spellings.ts';
import { dottedPath } from './words.ts';
import type { ContentIssue } from './types.ts';

/**
 * A glossary term or variant in small letters that is an everyday Dutch word ("mee" for MEE): the
 * glossary matches a spelling in small letters in any case, so the site would make a link to the
 * explanation of every "mee" in every text. A spelling with a capital matches only as written.
 */
export function checkGlossaryCommonWords({ entries }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { text, path } of writtenSpellings(entry)) {
      if (typeof text !== 'string') continue;
      const form = text.trim();
      if (!matchesInAnyCase(form) || !commonDutchWords.has(form)) continue;
      issues.push({
        severity: 'warning',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: `"${form}" is een gewoon Nederlands woord: de site maakt dan van elk "${form}" in elke tekst een link naar dit begrip`,
        hint: `Schrijf de afkorting zoals ze in de tekst staat, met hoofdletters ("${form.toUpperCase()}"): een schrijfwijze met een hoofdletter vindt de site alleen precies zo. Of haal deze schrijfwijze weg.`,
      });
    }
  }
  return issues;
}
