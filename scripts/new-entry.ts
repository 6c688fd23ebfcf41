/**
 * npm run new -- <soort> "Titel": writes a new content file with every field of its schema, the
 * description of each as a comment, and a file name (id) made from the title. It never overwrites a
 * file, and never fills in content: the check names every field the editor still has to fill in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatIssues } from '../src/lib/content-check/index.ts';
import { collectionFromName } from '../src/lib/collection-names.ts';
import { collectionNames, registry } from '../src/schemas/index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { existingEntryFile, scaffoldEntry } from '../src/lib/scaffold.ts';

const [name, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
// The Dutch name of each kind, as in the site's addresses; the English and singular names work too.
const names = collectionNames.map((collection) => registry[collection].route).join(', ');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!name || !title) {
  fail(
    `Gebruik: npm run new -- <soort> "Titel"\nBijvoorbeeld: npm run new -- plannen "Naam van het plan"\nSoorten: ${names}.`,
  );
}

const found = collectionFromName(name);
if (!('collection' in found)) {
  fail(
    `"${name}" is geen soort pagina die de site kent.${found.suggestion ? ` Bedoelt u "${found.suggestion}"?` : ''}\nSoorten: ${names}.`,
  );
}
const { collection } = found;

let scaffold: ReturnType<typeof scaffoldEntry>;
try {
  scaffold = scaffoldEntry(collection, title);
} catch (error) {
  fail(`Er kan geen bestand worden gemaakt: ${(error as Error).message}. Gebruik een titel met letters of cijfers.`);
}

const root = process.cwd();
const dir = contentDir(root);
const existing = existingEntryFile(dir, collection, scaffold.id);
if (existing) {
  fail(
    `Er is al een bestand met het id "${scaffold.id}": ${path.relative(root, existing)}.\n` +
      'Pas dat bestand aan, of kies een titel die het nieuwe onderwerp beter onderscheidt.',
  );
}

const target = path.join(dir, scaffold.file);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, scaffold.text, { flag: 'wx' });
const relative = path.relative(root, target);
console.log(`Aangemaakt: ${relative}`);

const { errors } = checkContent({ root, dir });
const own = errors.filter((issue) => issue.file === relative);
if (own.length > 0) {
  console.log(`\nVul nog in (npm run check laat dit opnieuw zien):\n${formatIssues(own)}`);
}
