import {
  isCollectionName,
  registry,
  type CollectionName,
  type EntryData,
  type EntryRef,
  type Ref,
} from '../schemas/index.ts';

export type { Ref } from '../schemas/index.ts';

/**
 * An entry of collection C, typed by its schema: what helpers and pages read. Astro's
 * `CollectionEntry<C>` has this shape (and more); so do the plain objects tests build.
 */
export interface Entry<C extends CollectionName> {
  collection: C;
  id: string;
  data: EntryData<C>;
  /** The entry's file relative to the project root, where Astro knows it. */
  filePath?: string;
}

/** An entry of any collection: check `collection` (or use `isEntryOf`) to read its fields. */
export type AnyEntry = { [C in CollectionName]: Entry<C> }[CollectionName];

/** What every entry has, whatever its collection: enough to name it and link to it. */
export interface EntryLike {
  collection: CollectionName;
  id: string;
  data: object;
}

/** Narrows an entry to one collection, so its fields can be read with their types. */
export function isEntryOf<C extends CollectionName>(entry: EntryLike, collection: C): entry is Entry<C> {
  return entry.collection === collection;
}

export function refKey(ref: { collection: string; id: string }): string {
  return `${ref.collection}/${ref.id}`;
}

export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const collection: unknown = Reflect.get(value, 'collection');
  const id: unknown = Reflect.get(value, 'id');
  return keys.length === 2 && typeof id === 'string' && typeof collection === 'string' && isCollectionName(collection);
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

/** The name an entry is shown by: the field the registry names for its collection (title, name or term). */
export function entryTitle(entry: EntryLike): string {
  const name: unknown = Reflect.get(entry.data, registry[entry.collection].nameField);
  return typeof name === 'string' ? name : entry.id;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares names the Dutch way: "’s-Hertogenbosch" with the h, "Ontwikkeltafel 10" after 9. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Entries in Dutch alphabetical order of their title; getCollection() returns them in no set order. */
export function sortByTitle<E extends EntryLike>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => compareNames(entryTitle(a), entryTitle(b)));
}

/** Newest first, by a date each entry gives; entries without one go last, alphabetically. */
export function sortByDateDesc<E extends EntryLike>(
  entries: readonly E[],
  dateOf: (entry: E) => Date | undefined,
): E[] {
  const time = (entry: E) => dateOf(entry)?.getTime() ?? -Infinity;
  return [...entries].sort((a, b) => time(b) - time(a) || compareNames(entryTitle(a), entryTitle(b)));
}

/** Who refers to an entry: the entry that holds the reference, and the field it is in. */
export interface Backlink {
  from: AnyEntry;
  path: (string | number)[];
}

/** An index of every reference, read backwards: for each entry, the entries that point at it. */
export function buildBacklinks(entries: readonly AnyEntry[]): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
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

/** Looks up the entry a reference points at, typed by its collection; pages pass the site's relations. */
export type Resolve = <C extends CollectionName>(ref: EntryRef<C>) => Entry<C> | undefined;

/** An entry's summary, for the collections that have one. */
export function summaryOf(entry: AnyEntry): string | undefined {
  return 'summary' in entry.data ? entry.data.summary : undefined;
}

/** The sources an entry cites (every collection but the sources themselves). */
export function sourcesOf(entry: AnyEntry): EntryRef<'sources'>[] {
  return 'sources' in entry.data ? entry.data.sources : [];
}
