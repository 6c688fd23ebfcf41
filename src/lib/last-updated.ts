import type { DatePrecision } from './dates.ts';
import type { AnyEntry } from './entries.ts';

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
export function lastUpdated(entry: AnyEntry, gitDate: (file: string) => Date | undefined): KnownDate | undefined {
  if ('updated' in entry.data && entry.data.updated) return { date: entry.data.updated, precision: 'dag' };
  if (entry.collection === 'newsletters') return { date: entry.data.date, precision: entry.data.datePrecision };
  const fromGit = entry.filePath ? gitDate(entry.filePath) : undefined;
  return fromGit ? { date: fromGit, precision: 'dag' } : undefined;
}
