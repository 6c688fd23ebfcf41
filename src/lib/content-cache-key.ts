import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadGlossaryTerms } from './glossary/load.ts';
import { isImageFile, mediaFolder } from './image-folder.ts';

/**
 * What Astro's content cache depends on besides each content file. Astro keeps an entry's data and
 * rendered HTML while its file is unchanged; it notices only a change to src/content.config.ts and
 * to the plain settings of the Astro config (not its plugins and integrations). The entries are read
 * and rendered with all of this, so a change to any of it must read and render every entry again:
 * - the glossary: the Markdown plugin marks its terms in every body;
 * - the Astro config and our integrations: which Markdown plugins run, in what order, with what options;
 * - the schemas (fields, defaults, transforms), and the helpers and Markdown plugins under src/lib;
 * - the installed packages (Sätteri, MDX), as the lock file pins them;
 * - the images of the media folder: the HTML gives each its size (src/lib/markdown/hast-image-sizes.ts).
 * When an entry's data or HTML comes to depend on anything else, add it here.
 */
export const contentCodePaths = ['astro.config.mjs', 'src/integrations', 'src/schemas', 'src/lib'] as const;
/** Optional: a copy of the project without it (the tests make such copies) still builds. */
const lockFile = 'package-lock.json';

/** Code files only: an editor's swap file or a .DS_Store beside them changes nothing. */
const codeFile = /\.(?:[cm]?[jt]s|json|astro)$/;

function filesAt(place: string, wanted: (name: string) => boolean = (name) => codeFile.test(name)): string[] {
  if (fs.statSync(place).isFile()) return [place];
  return fs
    .readdirSync(place, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && wanted(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A short key of everything listed above (see clearWhenCacheKeyChanges). `root` is the project
 * folder; a code path missing there is an error, not a quietly shorter key.
 */
export function contentCacheKey(contentDir: string, root: string = process.cwd()): string {
  const hash = createHash('sha256').update(JSON.stringify(loadGlossaryTerms(contentDir)));
  const places: string[] = contentCodePaths.map((place) => path.join(root, place));
  for (const place of places) {
    if (!fs.existsSync(place)) throw new Error(`The content cache key needs ${place}, which is not there.`);
  }
  if (fs.existsSync(path.join(root, lockFile))) places.push(path.join(root, lockFile));
  const files = places.flatMap((place) => filesAt(place));
  const media = path.join(root, mediaFolder);
  if (fs.existsSync(media)) files.push(...filesAt(media, isImageFile));
  for (const file of files) {
    hash.update(`\0${path.relative(root, file).split(path.sep).join('/')}\0`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
