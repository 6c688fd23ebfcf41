import { z } from 'astro/zod';
import { keysOf, type Vocabulary } from './vocabulary.ts';

/**
 * The vocabularies that enums are built from, with their Dutch labels. The schema walker reads the
 * labels here (src/lib/schema/walk.ts), so the editor's selects show what the site shows, from the one
 * list in vocabulary.ts. Kept apart from vocabulary.ts, which pages import without zod.
 */
export const vocabularies = z.registry<{ labels: Vocabulary }>();

/** A choice from a vocabulary: its keys as the values a file may hold, its labels for people. */
export function choiceOf<V extends Vocabulary>(vocabulary: V) {
  return z.enum(keysOf(vocabulary)).register(vocabularies, { labels: vocabulary });
}
