import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas';
import { sortByDateDesc, sortByTitle, type AnyEntry, type Ref } from './entries';
import { Relations } from './relations';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

/** Everything the pages need, loaded once per build. */
export interface Site {
  all: AnyEntry[];
  relations: Relations<AnyEntry>;
  list<C extends CollectionName>(collection: C): Entry<C>[];
  get<C extends CollectionName = CollectionName>(
    ref: { collection: string; id: string } | undefined,
  ): Entry<C> | undefined;
  resolve<C extends CollectionName = CollectionName>(
    refs: readonly { collection: string; id: string }[] | undefined,
  ): Entry<C>[];
  referrers<C extends CollectionName>(target: Ref, collection: C, field?: string): Entry<C>[];
}

/** How each collection is ordered in lists: tables by number, dated ones newest first, the rest A–Z. */
function ordered(collection: CollectionName, entries: AnyEntry[]): AnyEntry[] {
  if (collection === 'tables' || collection === 'supportLevels') {
    const key = collection === 'tables' ? 'number' : 'order';
    return [...entries].sort((a, b) => (a.data[key] as number) - (b.data[key] as number));
  }
  if (collection === 'newsletters') return sortByDateDesc(entries);
  return sortByTitle(entries);
}

async function load(): Promise<Site> {
  const byCollection = new Map<CollectionName, AnyEntry[]>();
  for (const name of collectionNames) {
    const entries = (await getCollection(name as keyof DataEntryMap)) as unknown as AnyEntry[];
    byCollection.set(name, ordered(name, entries));
  }
  const all = [...byCollection.values()].flat();
  const relations = new Relations(all);
  return {
    all,
    relations,
    list: (collection) => byCollection.get(collection) as never,
    get: (ref) => relations.get(ref as Ref | undefined) as never,
    resolve: (refs) => relations.resolve(refs as readonly Ref[] | undefined) as never,
    referrers: (target, collection, field) => relations.referrers(target, collection, field) as never,
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
