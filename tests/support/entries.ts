import type { z } from 'astro/zod';
import type { Entry } from '../../src/lib/entries.ts';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { peel } from '../../src/lib/schema/walk.ts';
import type { CollectionName, EntryData, EntryRef } from '../../src/schemas/index.ts';

/** A reference as a validated entry holds it. */
export const ref = <C extends CollectionName>(collection: C, id: string): EntryRef<C> => ({ collection, id });

/** The fields of an entry a test gives: any of them, and any part of a group of fields. */
export type FixtureData<D> = {
  [K in keyof D]?: D[K] extends readonly unknown[] | Date
    ? D[K]
    : D[K] extends object | undefined
      ? Partial<D[K]>
      : D[K];
};

const shapeOf = (schema: z.ZodType) => (peel(schema).inner as unknown as { shape?: Record<string, z.ZodType> }).shape;

/** Fills in what the schema gives a field left out (an empty list, an empty group), at any depth. */
function withDefaults(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...data };
  for (const [field, fieldSchema] of Object.entries(shapeOf(schema) ?? {})) {
    const value = filled[field];
    if (value === undefined) {
      const empty = fieldSchema.safeParse(undefined);
      if (empty.success && empty.data !== undefined) filled[field] = empty.data;
    } else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Date) &&
      shapeOf(fieldSchema)
    ) {
      filled[field] = withDefaults(fieldSchema, value as Record<string, unknown>);
    }
  }
  return filled;
}

/**
 * A made-up entry in the shape helpers get from Astro: only the fields a test cares about, with the
 * schema's defaults for the rest (empty lists, as Astro fills them in). Other required fields are
 * left out on purpose, so the entry is typed here, in test code, once.
 */
export function fixture<C extends CollectionName>(
  collection: C,
  id: string,
  data: FixtureData<EntryData<C>>,
): Entry<C> {
  const filled = withDefaults(plainSchemas[collection] as z.ZodType, data as Record<string, unknown>);
  return { collection, id, data: filled as EntryData<C> };
}
