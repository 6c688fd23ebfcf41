import { registry, type CollectionName } from '../../schemas/index.ts';
import { fieldLabels } from '../../schemas/labels.ts';
import type { CheckContext } from './context.ts';
import { nameKey } from '../text-keys.ts';
import { all, errorAtEach, filesOf, inDutch } from './involved.ts';
import { textField } from './raw-fields.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/**
 * Fields the site shows beside an entry's name wherever it lists it, which tell two entries of one
 * name apart: a person's role and organisation, a newsletter's edition, a source's publisher and period.
 */
const shownBeside: Partial<Record<CollectionName, readonly string[]>> = {
  people: ['role', 'organisation'],
  newsletters: ['edition'],
  sources: ['publisher', 'period'],
};

const nameWord = { title: 'titel', name: 'naam', term: 'term' } as const;

/** A field as an editor meets it: its Dutch name in the editor, and its name in the file ("rol (role)"). */
const named = (field: string) => {
  const dutch = fieldLabels[field];
  return dutch ? `${dutch.toLowerCase()} (${field})` : field;
};

function hintFor(collection: CollectionName, word: string, beside: readonly string[]): string {
  if (collection === 'people') {
    return `Is het dezelfde persoon, voeg de bestanden dan samen en laat teams en plannen naar één id verwijzen. Zijn het twee mensen, zet dan bij ${inDutch(beside.map(named), 'of')} wat hen onderscheidt.`;
  }
  const other = beside.length > 0 ? ` of een andere ${inDutch(beside.map(named), 'of')}` : '';
  return `Geef elk een eigen ${word}${other}, bijvoorbeeld met de plaats of het jaar erbij. Gaat het om hetzelfde, voeg de bestanden dan samen.`;
}

/**
 * Two entries of one collection that a reader cannot tell apart: the same name (ignoring case,
 * accents, spacing and punctuation) and nothing beside it that differs. Pages, lists, search results
 * and links show the name; a second "Regie" could be either. Glossary terms are compared by
 * checkGlossarySpellings, with their variants.
 */
export function checkSameNames({ entries }: CheckContext): ContentIssue[] {
  const groups = new Map<string, RawEntry[]>();
  for (const entry of entries) {
    const { nameField } = registry[entry.collection];
    const name = textField(entry, nameField);
    if (nameField === 'term' || name === undefined) continue;
    const beside = (shownBeside[entry.collection] ?? []).map((field) => nameKey(textField(entry, field) ?? ''));
    const key = [entry.collection, nameKey(name), ...beside].join('\n');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const issues: ContentIssue[] = [];
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const { collection } = same[0]!;
    const { nameField } = registry[collection];
    const word = nameWord[nameField];
    const beside = shownBeside[collection] ?? [];
    // Only what is filled in tells a reader something; all of it is the same in each of them.
    const filled = beside.filter((field) => textField(same[0]!, field) !== undefined);
    const alike = filled.length > 0 ? `, met dezelfde ${inDutch(filled.map(named))}` : '';
    issues.push(
      ...errorAtEach(
        same.map((entry) => ({ entry, path: [nameField] })),
        `${filesOf(same)} hebben ${all(same.length)} de ${word} "${textField(same[0]!, nameField)}"${alike}: een lezer kan ze in lijsten, links en zoekresultaten niet uit elkaar houden`,
        hintFor(collection, word, beside),
      ),
    );
  }
  return issues;
}
