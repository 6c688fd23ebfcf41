import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadGlossaryTerms } from './glossary/load';

/**
 * The code that a content entry is read and rendered with: the schemas (fields, defaults, transforms),
 * the helpers and Markdown plugins under src/lib, and the installed packages (Sätteri, MDX) as the
 * lock file pins them. Folders and files, relative to the project root.
 */
export const contentCodePaths = ['src/schemas', 'src/lib', 'package-lock.json'] as const;

function filesAt(place: string): string[] {
  if (!fs.existsSync(place)) return [];
  if (fs.statSync(place).isFile()) return [place];
  return fs
    .readdirSync(place, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A short key for what Astro's content cache depends on besides each file and the Astro config:
 * the glossary (the Markdown plugin marks its terms in every body) and the code of
 * `contentCodePaths`. Astro keeps an entry's data and HTML while its file is unchanged and sees
 * only changes to the Astro config and to src/content.config.ts itself; a change to any of these
 * must read and render every entry again (see clearWhenCacheKeyChanges).
 */
export function contentCacheKey(contentDir: string, root: string = process.cwd()): string {
  const hash = createHash('sha256').update(JSON.stringify(loadGlossaryTerms(contentDir)));
  for (const place of contentCodePaths) {
    for (const file of filesAt(path.join(root, place))) {
      hash.update(`\0${path.relative(root, file)}\0`).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
