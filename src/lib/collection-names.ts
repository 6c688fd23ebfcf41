import { collectionNames, registry, type CollectionName } from '../schemas/index.ts';
import { closest } from './content-check/suggest.ts';

/**
 * Every name an editor may use for a collection, all from the registry: its folder name, the Dutch
 * word in its URL, and its Dutch nouns ("plannen", "plan", "plans").
 */
export function collectionAliases(): Map<string, CollectionName> {
  const aliases = new Map<string, CollectionName>();
  for (const collection of collectionNames) {
    const { route, noun } = registry[collection];
    for (const alias of [collection, route, noun.many, noun.one]) {
      if (!aliases.has(alias.toLowerCase())) aliases.set(alias.toLowerCase(), collection);
    }
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
