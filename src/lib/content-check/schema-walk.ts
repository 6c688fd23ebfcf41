import type { z } from 'astro/zod';

type AnySchema = z.ZodType & { description?: string; def?: Record<string, unknown>; shape?: Record<string, z.ZodType> };

/** Removes optional, default, pipe and refinement wrappers, collecting descriptions on the way. */
function unwrap(schema: AnySchema): { inner: AnySchema; description?: string } {
  let current: AnySchema | undefined = schema;
  let description = schema.description;
  for (let i = 0; i < 10 && current; i++) {
    const def = current.def as { type?: string; innerType?: AnySchema; in?: AnySchema } | undefined;
    const next = def?.innerType ?? (def?.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
    description ??= current.description;
  }
  return { inner: current ?? schema, description };
}

/** The schema of the field at `path`, and the description editors should see for it. */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): { schema?: AnySchema; description?: string } {
  let current: AnySchema | undefined = schema as AnySchema;
  let description: string | undefined;
  for (const key of path) {
    if (!current) return {};
    const { inner } = unwrap(current);
    const def = inner.def as { type?: string; element?: AnySchema; shape?: Record<string, AnySchema> } | undefined;
    if (def?.type === 'array' && typeof key === 'number') {
      current = def.element;
    } else if (def?.type === 'object' && typeof key === 'string') {
      current = (inner.shape as Record<string, AnySchema> | undefined)?.[key];
    } else {
      return {};
    }
    if (current) description = unwrap(current).description ?? description;
  }
  return { schema: current, description };
}

/** The field names an object schema at `path` allows. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const target = path.length === 0 ? (schema as AnySchema) : fieldAt(schema, path).schema;
  if (!target) return [];
  const { inner } = unwrap(target);
  return Object.keys((inner.shape as Record<string, unknown> | undefined) ?? {});
}
