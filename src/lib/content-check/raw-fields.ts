import { idPattern, type CollectionName } from '../../schemas/index.ts';
import type { RawEntry } from './types.ts';

/*
 * The checks between entries run on every entry, valid or not, so they read fields as the editor
 * wrote them and skip a value of the wrong type: the schema check already reports that one.
 */

function fieldOf(entry: RawEntry, field: string): unknown {
  return entry.data && typeof entry.data === 'object' ? Reflect.get(entry.data, field) : undefined;
}

/** A field that holds text, trimmed; undefined when it is empty or not text. */
export function textField(entry: RawEntry, field: string): string | undefined {
  const value = fieldOf(entry, field);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function numberField(entry: RawEntry, field: string): number | undefined {
  const value = fieldOf(entry, field);
  return typeof value === 'number' ? value : undefined;
}

/** The id a reference field holds, when it is written as an id. */
export function idField(entry: RawEntry, field: string): string | undefined {
  const value = fieldOf(entry, field);
  return typeof value === 'string' && idPattern.test(value) ? value : undefined;
}

/** A list of ids, each with its place in the list; other items are left out. */
export function idListField(entry: RawEntry, field: string): { id: string; index: number }[] {
  const value = fieldOf(entry, field);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) =>
    typeof item === 'string' && idPattern.test(item) ? [{ id: item, index }] : [],
  );
}

/** Finds an entry by collection and id; with two files for one id, the first (the duplicate is reported elsewhere). */
export function entryFinder(
  entries: readonly RawEntry[],
): (collection: CollectionName, id: string) => RawEntry | undefined {
  const byKey = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return (collection, id) => byKey.get(`${collection}/${id}`);
}
