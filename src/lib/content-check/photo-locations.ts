import fs from 'node:fs';
import path from 'node:path';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { mediaFolder } from '../image-folder.ts';
import { photoHasLocation } from '../photo-location.ts';

const HINT =
  'Vervang het bestand door de foto zonder locatie: op een telefoon kan dat vaak bij het delen (zet bij de opties de locatie uit), op een computer met "Exporteren" in een fotoprogramma. Zet voor nieuwe foto\'s de locatie van de camera uit. Een eerdere versie blijft in de geschiedenis van de opslagplaats staan: is die openbaar, vraag de beheerder dan of die versie weg moet.';

/**
 * Photos of the media folder that still hold the place where they were taken (GPS), used in a text
 * or not: the site publishes them without it (src/lib/web-image.ts), but the file in the repository
 * keeps it, and anyone can fetch it from a public repository. A warning: the site itself is fine.
 */
export function checkPhotoLocations({ root }: CheckContext): ContentIssue[] {
  const folder = path.join(root, mediaFolder);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(jpe?g|png|webp)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => photoHasLocation(file))
    .sort()
    .map((file) => {
      const name = path.relative(root, file).split(path.sep).join('/');
      return {
        severity: 'warning',
        file: name,
        message: `de foto bevat de plaats waar ze is gemaakt (GPS). Op de site staat ze zonder, maar dit bestand heeft die plaats nog, en uit een openbare opslagplaats kan iedereen het ophalen`,
        hint: HINT,
      } satisfies ContentIssue;
    });
}
