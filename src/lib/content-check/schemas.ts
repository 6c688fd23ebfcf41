import { z } from 'astro/zod';
import { buildSchemas, plainReference, type CollectionName } from '../../schemas';

/**
 * Marks which string fields are references, and to which collection. The check, the scaffold and
 * the field reference all read the schemas through this set, so they agree on what a reference is.
 * Zod registries follow `.describe()` clones back to the schema they came from.
 */
export const referenceTargets = z.registry<{ collection: CollectionName }>();

/** What a reference holds after validation, as Astro's own references do: where it points. */
export class ReferenceValue {
  constructor(
    readonly collection: CollectionName,
    readonly id: string,
  ) {}
}

export const checkSchemas = buildSchemas((collection) =>
  plainReference(collection)
    .register(referenceTargets, { collection })
    .transform((id) => new ReferenceValue(collection, id)),
);

/** The collection a schema refers to, if it is a reference. */
export function referenceTarget(schema: z.ZodType): CollectionName | undefined {
  return referenceTargets.get(schema)?.collection;
}
