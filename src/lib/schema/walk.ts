import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import { vocabularies } from '../../schemas/choice.ts';
import { referenceTarget } from './plain-schemas.ts';

/**
 * The one place that reads zod's internals. Everything that needs to know a schema's fields (the
 * content check's messages, the field reference for editors, `npm run new`, the editor's
 * configuration) goes through here.
 */

/** What a field holds, in terms an editor's guide, a scaffold and an editor's form can all use. */
export type FieldKind =
  | { type: 'text'; format?: 'email' | 'url' | 'id'; min?: number; max?: number }
  | { type: 'number'; integer: boolean; min?: number; max?: number }
  | { type: 'date' }
  | { type: 'boolean' }
  /** `labels`: the Dutch label of each value, when the enum is built from a vocabulary (choiceOf). */
  | { type: 'choice'; values: string[]; labels?: Readonly<Record<string, string>> }
  | { type: 'reference'; collection: CollectionName }
  | { type: 'list'; item: FieldKind; min?: number }
  | { type: 'group'; fields: FieldInfo[]; rule?: string }
  | { type: 'unknown' };

export interface FieldInfo {
  name: string;
  description?: string;
  /** False when the field may be left out (optional, or it has a default). */
  required: boolean;
  kind: FieldKind;
}

interface Def {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  error?: (issue?: unknown) => unknown;
}

const defOf = (schema: z.ZodType) => schema.def as unknown as Def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;

/**
 * Peels off optional, default, nullable and pipe wrappers down to the schema that says what the
 * field is; collects the first description on the way and whether the field may be left out.
 * A reference is a field of its own and is not peeled further.
 */
export function peel(schema: z.ZodType): { inner: z.ZodType; description?: string; required: boolean } {
  let current = schema;
  let description = schema.description;
  let required = true;
  for (let i = 0; i < 10; i++) {
    if (referenceTarget(current)) break;
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      required = false;
      next = def.innerType;
    } else if (def.type === 'nullable' || def.type === 'readonly') {
      next = def.innerType;
    } else if (def.type === 'pipe') {
      // z.preprocess is a pipe from a transform into the real type; a .transform() pipes the other way.
      next = def.in && defOf(def.in).type === 'transform' ? def.out : def.in;
    }
    if (!next) break;
    current = next;
    description ??= current.description;
  }
  return { inner: current, description, required };
}

function textKind(schema: z.ZodType): FieldKind {
  const kind: { type: 'text'; format?: 'email' | 'url' | 'id'; min?: number; max?: number } = { type: 'text' };
  const own = defOf(schema).format;
  if (own === 'email' || own === 'url') kind.format = own;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') kind.min = check.minimum;
    if (check.check === 'max_length') kind.max = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex') kind.format = 'id';
  }
  return kind;
}

function numberKind(schema: z.ZodType): FieldKind {
  const kind: { type: 'number'; integer: boolean; min?: number; max?: number } = { type: 'number', integer: false };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format') kind.integer = true;
    if (check.check === 'greater_than') kind.min = check.value;
    if (check.check === 'less_than') kind.max = check.value;
  }
  return kind;
}

/** The rule a refinement on a group enforces, as its own message says it. */
function groupRule(schema: z.ZodType): string | undefined {
  for (const check of checksOf(schema)) {
    if (check.check !== 'custom' || typeof check.error !== 'function') continue;
    const message = check.error();
    if (typeof message === 'string') return message;
    if (message && typeof message === 'object' && 'message' in message) return String(message.message);
  }
  return undefined;
}

/** What a (peeled) schema holds. */
export function kindOf(schema: z.ZodType): FieldKind {
  const collection = referenceTarget(schema);
  if (collection) return { type: 'reference', collection };
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return textKind(schema);
    case 'number':
      return numberKind(schema);
    case 'date':
      return { type: 'date' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum': {
      const values = Object.values(def.entries ?? {}).map(String);
      const labels = vocabularies.get(schema)?.labels;
      return { type: 'choice', values, ...(labels ? { labels } : {}) };
    }
    case 'array': {
      const min = checksOf(schema).find((c) => c.check === 'min_length')?.minimum;
      return { type: 'list', item: kindOf(peel(def.element!).inner), ...(min ? { min } : {}) };
    }
    case 'object':
      return { type: 'group', fields: fieldsOf(schema), rule: groupRule(schema) };
    default:
      return { type: 'unknown' };
  }
}

/** The fields of an object schema, in the order the schema lists them. */
export function fieldsOf(schema: z.ZodType): FieldInfo[] {
  const shape = shapeOf(peel(schema).inner) ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { inner, description, required } = peel(field);
    return { name, description, required, kind: kindOf(inner) };
  });
}

/** The schema of the field at `path` (object keys and list positions), and the description editors should see for it. */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): { schema?: z.ZodType; description?: string } {
  let current: z.ZodType | undefined = schema;
  let description: string | undefined;
  for (const key of path) {
    if (!current) return {};
    const { inner } = peel(current);
    const def = defOf(inner);
    if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'object' && typeof key === 'string') current = shapeOf(inner)?.[key];
    else return {};
    if (current) description = peel(current).description ?? description;
  }
  return { schema: current, description };
}

/** The field names an object schema at `path` allows. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const target = path.length === 0 ? schema : fieldAt(schema, path).schema;
  return target ? Object.keys(shapeOf(peel(target).inner) ?? {}) : [];
}

/** A reference as an editor wrote it, at its place in the data. */
export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  /** What is written there; not necessarily a valid id. */
  value: unknown;
}

/**
 * Every reference in data as the editor wrote it, found by walking the data along the schema. It
 * works on data that fails its schema too, so a file with a mistake elsewhere still gets its
 * references checked.
 */
export function findReferences(schema: z.ZodType, value: unknown, path: (string | number)[] = []): FoundReference[] {
  const { inner } = peel(schema);
  const collection = referenceTarget(inner);
  if (collection) return value === undefined || value === null ? [] : [{ path, collection, value }];
  if (value === undefined || value === null) return [];
  const def = defOf(inner);
  if (def.type === 'array') {
    return Array.isArray(value) ? value.flatMap((item, i) => findReferences(def.element!, item, [...path, i])) : [];
  }
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(shapeOf(inner) ?? {}).flatMap(([key, field]) =>
      findReferences(field, (value as Record<string, unknown>)[key], [...path, key]),
    );
  }
  return [];
}
