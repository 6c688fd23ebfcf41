import type { z } from 'astro/zod';
import { plainReference, type CollectionName } from '../../schemas';
import { checkSchemas, referenceTarget } from './schemas';
import { closest } from './suggest';
import type { CheckContext } from './context';
import type { ContentIssue } from './types';
import { collectionNouns, dottedPath } from './words';

interface Def {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
}

interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

const idSchema = plainReference('people');

/**
 * Every reference in an entry's data as the editor wrote it, found by walking the data along the
 * schema. It works on data that fails its schema too, so a file with a typo elsewhere still gets
 * its dangling references reported. A value that is no id at all is left to the schema check.
 */
export function findReferences(schema: z.ZodType, value: unknown, path: (string | number)[] = []): FoundReference[] {
  const collection = referenceTarget(schema);
  if (collection) {
    return typeof value === 'string' && idSchema.safeParse(value).success ? [{ path, collection, id: value }] : [];
  }
  if (value === undefined || value === null) return [];
  const def = schema.def as unknown as Def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return findReferences(def.innerType!, value, path);
    case 'pipe':
      return findReferences(def.in!, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => findReferences(def.element!, item, [...path, i])) : [];
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [];
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      return Object.entries(shape).flatMap(([key, field]) =>
        findReferences(field, (value as Record<string, unknown>)[key], [...path, key]),
      );
    }
    default:
      return [];
  }
}

/** A reference to an entry that does not exist: Astro only warns, and the page would lose the link. */
export function checkReferences({ entries }: CheckContext): ContentIssue[] {
  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { path, collection, id } of findReferences(checkSchemas[entry.collection] as z.ZodType, entry.data)) {
      const targets = ids.get(collection) ?? new Set<string>();
      if (targets.has(id)) continue;
      const suggestion = closest(id, targets);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: `verwijst naar "${id}", maar die ${collectionNouns[collection]} bestaat niet`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf de naam van een bestand in content/${collection}/ zonder extensie, of maak dat bestand eerst aan.`,
      });
    }
  }
  return issues;
}
