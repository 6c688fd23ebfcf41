import { factsFor, type FactValue, type Resolver } from '../facts.ts';
import { entryTitle, type Entry } from '../entries.ts';
import { entryHref } from '../urls.ts';

/** The fields every practice has, in the order the comparison shows them. Labels as on a practice's page. */
export const comparedFields = [
  'Plaats',
  'Leeftijd',
  'Niveau van ondersteuning',
  'Financiering',
  'Personele inzet',
  'Status',
  'Sinds',
  'Organisaties',
] as const;

export interface CompareColumn {
  id: string;
  title: string;
  href: string;
}

export interface CompareRow {
  label: string;
  /** One cell per column; an empty cell means the source does not say. */
  cells: FactValue[][];
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/**
 * Every practice side by side on the shared fields. The values come from the same facts as each
 * practice's own page, so the two never disagree.
 */
export function compareTable(practices: readonly Entry<'practices'>[], resolve: Resolver): CompareTable {
  const facts = practices.map(
    (practice) => new Map(factsFor(practice, resolve).map((fact) => [fact.label, fact.values])),
  );
  return {
    columns: practices.map((practice) => ({
      id: practice.id,
      title: entryTitle(practice),
      href: entryHref('practices', practice.id),
    })),
    rows: comparedFields.map((label) => ({ label, cells: facts.map((byLabel) => byLabel.get(label) ?? []) })),
  };
}
