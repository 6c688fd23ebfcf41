import type { z } from 'astro/zod';
import { plainSchemas } from '../schema/plain-schemas.ts';
import { findReferences, type FoundReference } from '../schema/walk.ts';
import type { RawEntry } from './types.ts';

/**
 * The references in each entry as its editor wrote them, found along its schema once: several checks
 * read them (a reference must exist, a list names an entry once, a municipality is a gemeente), and on
 * a large site the walk costs more than any of them.
 */
export function referencesOfEntries(): (entry: RawEntry) => readonly FoundReference[] {
  const found = new Map<RawEntry, FoundReference[]>();
  return (entry) => {
    let references = found.get(entry);
    if (!references) {
      references = findReferences(plainSchemas[entry.collection] as z.ZodType, entry.data);
      found.set(entry, references);
    }
    return references;
  };
}
