import { z } from 'astro/zod';
import {
  buildSchemas,
  entryIdSchema,
  isCollectionName,
  type CollectionName,
  type EntryRef,
  type ReferenceFactory,
} from '../../schemas/index.ts';

/**
 * Marks which string fields are references, and to which collection. The content check, the
 * scaffold, the field reference and the editor's configuration all read the schemas through this
 * set, so they agree on what a reference is. Zod registries follow `.describe()` clones back to the
 * schema they came from.
 */
const referenceTargets = z.registry<{ collection: string }>();

/**
 * A reference as editors write it (an id) and as a validated entry holds it: `{ collection, id }`, a
 * plain object, as Astro's own `reference()` gives and `getEntry()` takes (Astro stores it in its
 * content cache, which holds no class instances).
 */
export const plainReference: ReferenceFactory = <C extends string>(collection: C) =>
  entryIdSchema()
    .register(referenceTargets, { collection })
    .transform((id): EntryRef<C> => ({ collection, id }));

/**
 * The collections' schemas, for Astro's content config (src/content.config.ts), the content check,
 * the tools and the tests alike: one set, so the build takes exactly what the check passes. Built
 * without `astro:content`, which exists only inside a build and costs a second to load there.
 */
export const plainSchemas = buildSchemas(plainReference);

/** The collection a schema refers to, if it is a reference. */
export function referenceTarget(schema: z.ZodType): CollectionName | undefined {
  const collection = referenceTargets.get(schema)?.collection;
  if (collection === undefined) return undefined;
  if (!isCollectionName(collection))
    throw new Error(`A schema refers to "${collection}", which is not in the registry`);
  return collection;
}
