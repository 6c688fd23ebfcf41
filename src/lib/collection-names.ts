import { collectionNames, type CollectionName } from '../schemas';
import { closest } from './content-check/suggest';
import { collectionRoutes } from './urls';

/** Every name an editor may use for a collection: its folder name, and the Dutch word in its URL. */
export function collectionAliases(): Map<string, CollectionName> {
  const aliases = new Map<string, CollectionName>();
  for (const collection of collectionNames) {
    aliases.set(collection.toLowerCase(), collection);
    aliases.set(collectionRoutes[collection], collection);
  }
  return aliases;
}

/** The collection an editor means by a name such as "plannen" or "plans"; a close guess when there is none. */
export function collectionFromName(name: string): { collection: CollectionName } | { suggestion?: string } {
  const aliases = collectionAliases();
  const collection = aliases.get(name.trim().toLowerCase());
  if (collection) return { collection };
  return { suggestion: closest(name.trim().toLowerCase(), aliases.keys()) };
}
