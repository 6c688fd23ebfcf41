import type { CollectionName } from '../schemas';

export interface DatedEntry {
  collection: CollectionName;
  data: Record<string, unknown>;
  /** The entry's file relative to the project root, as Astro gives it. */
  filePath?: string;
}

/**
 * When a page was last brought up to date: the entry's own `updated` where an editor set it, a
 * newsletter's publication date, otherwise the last commit of its file. Undefined when none of these
 * is known; a page then shows no date rather than a wrong one.
 */
export function lastUpdated(entry: DatedEntry, gitDate: (file: string) => Date | undefined): Date | undefined {
  const { updated, date } = entry.data;
  if (updated instanceof Date) return updated;
  if (entry.collection === 'newsletters' && date instanceof Date) return date;
  return entry.filePath ? gitDate(entry.filePath) : undefined;
}
