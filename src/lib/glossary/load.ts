import path from 'node:path';
import { loadContent } from '../content-check/load.ts';
import { plainSchemas } from '../schema/plain-schemas.ts';
import { glossaryTerm, type GlossaryTerm } from './matcher.ts';

/**
 * The glossary as the Markdown pipeline needs it, read straight from the YAML files: the pipeline is
 * set up in the Astro config, before any collection exists. An entry that does not pass its schema
 * is left out here; the content check stops the build for it with a message for the editor.
 */
export function loadGlossaryTerms(dir: string, root: string = path.dirname(dir)): GlossaryTerm[] {
  // Only the glossary's own folder: the config loads before the content check, which reads all of it.
  const { entries } = loadContent(dir, root, ['glossary']);
  return entries
    .flatMap((entry) => {
      const parsed = plainSchemas.glossary.safeParse(entry.data);
      if (!parsed.success) return [];
      return [glossaryTerm(entry.id, parsed.data)];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
