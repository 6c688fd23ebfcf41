import type { CollectionName } from '../../schemas';
import { collectionRoutes } from '../urls';

/** An overview page to browse, with the collections it lists. */
export interface BrowseSection {
  label: string;
  path: string;
  collections: readonly CollectionName[];
}

/**
 * The overview pages of every collection, for the search page without JavaScript: whoever cannot
 * search can still browse. Teams have no overview of their own; "Wie doet wat" lists them.
 */
export const browseSections: readonly BrowseSection[] = [
  { label: 'Ontwikkeltafels', path: `/${collectionRoutes.tables}/`, collections: ['tables'] },
  { label: "Plannen, thema's en projecten", path: `/${collectionRoutes.plans}/`, collections: ['plans'] },
  { label: 'Praktijkvoorbeelden', path: `/${collectionRoutes.practices}/`, collections: ['practices'] },
  { label: 'Nieuwsbrieven', path: `/${collectionRoutes.newsletters}/`, collections: ['newsletters'] },
  { label: 'Wie doet wat: alle teams', path: '/wie-doet-wat/', collections: ['teams'] },
  { label: 'Mensen', path: `/${collectionRoutes.people}/`, collections: ['people'] },
  { label: 'Organisaties', path: `/${collectionRoutes.organisations}/`, collections: ['organisations'] },
  { label: 'Begrippen', path: `/${collectionRoutes.glossary}/`, collections: ['glossary'] },
  { label: 'Niveaus van ondersteuning', path: `/${collectionRoutes.supportLevels}/`, collections: ['supportLevels'] },
  { label: 'Bronnen', path: `/${collectionRoutes.sources}/`, collections: ['sources'] },
];

/** Every collection has a place to be browsed; a new collection without one is a mistake. */
export function unbrowsedCollections(all: readonly CollectionName[]): CollectionName[] {
  const covered = new Set(browseSections.flatMap((section) => section.collections));
  return all.filter((collection) => !covered.has(collection));
}
