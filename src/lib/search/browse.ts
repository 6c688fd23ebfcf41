import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { overviewLabel, overviewPath } from '../urls.ts';

/** An overview page to browse, with the collections it lists. */
export interface BrowseSection {
  label: string;
  path: string;
  collections: readonly CollectionName[];
}

/**
 * The overview pages of every collection, for the search page without JavaScript: whoever cannot
 * search can still browse. From the registry, in its order; teams are listed on "Wie doet wat".
 */
export const browseSections: readonly BrowseSection[] = (() => {
  const sections = new Map<string, BrowseSection>();
  for (const collection of collectionNames) {
    const path = overviewPath(collection);
    const section = sections.get(path);
    if (section) sections.set(path, { ...section, collections: [...section.collections, collection] });
    else sections.set(path, { label: overviewLabel(collection), path, collections: [collection] });
  }
  return [...sections.values()];
})();

/** Every collection has a place to be browsed; a new collection without one is a mistake. */
export function unbrowsedCollections(all: readonly CollectionName[]): CollectionName[] {
  const covered = new Set(browseSections.flatMap((section) => section.collections));
  return all.filter((collection) => !covered.has(collection));
}
