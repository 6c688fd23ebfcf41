import { collectionNames, type CollectionName } from '../schemas';

/** A reference as Astro resolves it: which collection, which entry. */
export interface Ref {
  collection: CollectionName;
  id: string;
}

/** Any entry of any collection, the shape helpers need (Astro's entries have it, and so do test fixtures). */
export interface AnyEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** The entry's file relative to the project root, where Astro knows it. */
  filePath?: string;
}

export function refKey(ref: Ref): string {
  return `${ref.collection}/${ref.id}`;
}

export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { collection, id } = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof id === 'string' &&
    typeof collection === 'string' &&
    (collectionNames as readonly string[]).includes(collection)
  );
}

/** Every reference inside an entry's data, with the field path it sits at. */
export function findRefs(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: Ref }[] {
  if (isRef(value)) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => findRefs(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => findRefs(item, [...path, key]));
  }
  return [];
}

/** The name an entry is shown by: its title, name or term. */
export function entryTitle(entry: AnyEntry): string {
  const { title, name, term } = entry.data as { title?: string; name?: string; term?: string };
  return title ?? name ?? term ?? entry.id;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Entries in Dutch alphabetical order of their title; getCollection() returns them in no set order. */
export function sortByTitle<E extends AnyEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => collator.compare(entryTitle(a), entryTitle(b)));
}

/** Newest first, by a date field; entries without one go last, alphabetically. */
export function sortByDateDesc<E extends AnyEntry>(entries: readonly E[], field = 'date'): E[] {
  return [...entries].sort((a, b) => {
    const da = a.data[field] instanceof Date ? (a.data[field] as Date).getTime() : -Infinity;
    const db = b.data[field] instanceof Date ? (b.data[field] as Date).getTime() : -Infinity;
    return db - da || collator.compare(entryTitle(a), entryTitle(b));
  });
}

/** Who refers to an entry: the entry that holds the reference, and the field it is in. */
export interface Backlink<E extends AnyEntry = AnyEntry> {
  from: E;
  path: (string | number)[];
}

/** An index of every reference, read backwards: for each entry, the entries that point at it. */
export function buildBacklinks<E extends AnyEntry>(entries: readonly E[]): Map<string, Backlink<E>[]> {
  const index = new Map<string, Backlink<E>[]>();
  for (const from of entries) {
    for (const { path, ref } of findRefs(from.data)) {
      const key = refKey(ref);
      const list = index.get(key) ?? [];
      list.push({ from, path });
      index.set(key, list);
    }
  }
  return index;
}
