import type { CollectionName } from '../schemas';

/**
 * What a reader calls one entry of each collection, in Dutch: "die persoon bestaat niet" in the content
 * check, and the "soort" facet of search.
 */
export const collectionNouns: Record<CollectionName, string> = {
  tables: 'ontwikkeltafel',
  plans: 'plan',
  newsletters: 'nieuwsbrief',
  practices: 'praktijkvoorbeeld',
  teams: 'team',
  people: 'persoon',
  organisations: 'organisatie',
  glossary: 'begrip',
  sources: 'bron',
  supportLevels: 'ondersteuningsniveau',
};
