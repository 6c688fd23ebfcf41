import type { CollectionName } from '../../schemas';

/** Dutch names of the collections, for messages ("die persoon bestaat niet"). */
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

/** A field path the way editors see it in messages: `members.2.person`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
