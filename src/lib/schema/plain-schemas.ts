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

/** What a reference holds after validation, as Astro's own references do: where it points. */
export class ReferenceValue<C extends string> implements EntryRef<C> {
  readonly collection: C;
  readonly id: string;
  constructor(collection: C, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/**
 * The collections' schemas outside an Astro build (`astro:content` only exists inside one): for the
 * content check, the tools and the tests. They validate exactly what Astro validates.
 */
export const plainReference: ReferenceFactory = <C extends string>(collection: C) =>
  entryIdSchema()
    .register(referenceTargets, { collection })
    .transform((id) => new ReferenceValue(collection, id));

export const plainSchemas = buildSchemas(plainReference);

/** The collection a schema refers to, if it is a reference. */
export function referenceTarget(schema: z.ZodType): CollectionName | undefined {
  const collection = referenceTargets.get(schema)?.collection;
  if (collection === undefined) return undefined;
  if (!isCollectionName(collection))
    throw new Error(`A schema refers to "${collection}", which is not in the registry`);
  return collection;
}
