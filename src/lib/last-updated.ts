import type { CollectionName } from '../schemas';
import type { DatePrecision } from './dates';

export interface DatedEntry {
  collection: CollectionName;
  data: Record<string, unknown>;
  /** The entry's file relative to the project root, as Astro gives it. */
  filePath?: string;
}

/** A date and how precisely it is known; a newsletter may be dated to the month only. */
export interface KnownDate {
  date: Date;
  precision: DatePrecision;
}

/**
 * When a page was last brought up to date: the entry's own `updated` where an editor set it, a
 * newsletter's publication date, otherwise the last commit of its file. Undefined when none of these
 * is known; a page then shows no date rather than a wrong one.
 */
export function lastUpdated(entry: DatedEntry, gitDate: (file: string) => Date | undefined): KnownDate | undefined {
  const { updated, date, datePrecision } = entry.data;
  if (updated instanceof Date) return { date: updated, precision: 'dag' };
  if (entry.collection === 'newsletters' && date instanceof Date) {
    return { date, precision: datePrecision === 'maand' ? 'maand' : 'dag' };
  }
  const fromGit = entry.filePath ? gitDate(entry.filePath) : undefined;
  return fromGit ? { date: fromGit, precision: 'dag' } : undefined;
}
