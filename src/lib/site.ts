import { getCollection } from 'astro:content';
import {
  collectionNames,
  registry,
  type CollectionName,
  type CollectionSpec,
  type EntryRef,
} from '../schemas/index.ts';
import {
  compareNames,
  entryTitle,
  sortByTitle,
  type AnyEntry,
  type Entry,
  type EntryLike,
  type Ref,
} from './entries.ts';
import { Relations } from './relations.ts';

export type { Entry } from './entries.ts';

/** Everything the pages need, loaded once per build. */
export interface Site {
  all: AnyEntry[];
  relations: Relations;
  list<C extends CollectionName>(collection: C): Entry<C>[];
  get<C extends CollectionName>(ref: EntryRef<C> | undefined): Entry<C> | undefined;
  resolve<C extends CollectionName>(refs: readonly EntryRef<C>[] | undefined): Entry<C>[];
  referrers<C extends CollectionName>(target: Ref, collection: C, field?: string): Entry<C>[];
}

/** A number or date field's value, read by the name the registry gives it (and checked there against the schema). */
function sortValue(entry: EntryLike, field: string): number {
  const value: unknown = Reflect.get(entry.data, field);
  if (typeof value === 'number') return value;
  return value instanceof Date ? value.getTime() : -Infinity;
}

/** Orders a collection's entries the way the registry says: by name, by a number, or newest first. */
export function ordered<E extends EntryLike>(collection: CollectionName, entries: readonly E[]): E[] {
  const { order }: CollectionSpec = registry[collection];
  if (order.by === 'name') return sortByTitle(entries);
  const direction = order.by === 'date' ? -1 : 1;
  return [...entries].sort(
    (a, b) =>
      direction * (sortValue(a, order.field) - sortValue(b, order.field)) || compareNames(entryTitle(a), entryTitle(b)),
  );
}

type Lists = { [C in CollectionName]: Entry<C>[] };

async function load(): Promise<Site> {
  const loaded = await Promise.all(
    collectionNames.map(async (name) => [name, ordered(name, await getCollection(name))] as const),
  );
  // One list per collection of the registry. TypeScript cannot pair each name in a loop with its own
  // entry type, so the record is typed here, once.
  const lists = Object.fromEntries(loaded) as Lists;
  const all = collectionNames.flatMap((name): AnyEntry[] => lists[name]);
  const relations = new Relations(all);
  return {
    all,
    relations,
    list: (collection) => lists[collection],
    get: (ref) => relations.get(ref),
    resolve: (refs) => relations.resolve(refs),
    referrers: (target, collection, field) => relations.referrers(target, collection, field),
  };
}

let site: Promise<Site> | undefined;

/** The site's content, loaded on first use and shared by every page of the build. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}

/** `getStaticPaths` for a collection's detail pages. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const { list } = await getSite();
  return list(collection).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
