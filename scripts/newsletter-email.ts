/**
 * npm run newsletter:email -- <id> [map]
 *
 * Writes the e-mail edition of one newsletter to a folder: <id>.eml, a draft to open in a mail program
 * and send, and <id>.html and <id>.txt for a mailing tool. It builds the whole site into a temporary
 * folder and copies the three files from there: so the e-mail is exactly what the site publishes,
 * made by the same Markdown settings, with the same checks (a missing alt text stops it), and never
 * from an old build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { emailDraftFile, emailHtmlFile, emailTextFile } from '../src/lib/newsletter/edition.ts';
import { emailSizeWarning } from '../src/lib/newsletter/email-size.ts';

const root = path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function editionIds(): string[] {
  const folder = path.join(contentDir(root), 'newsletters');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ''))
    .sort();
}

const [id, target = '.'] = process.argv.slice(2);
const ids = editionIds();
if (!id) {
  fail(
    `Geef aan welke nieuwsbrief: npm run newsletter:email -- <id> [map]\nBeschikbaar: ${ids.join(', ') || '(geen)'}`,
  );
}
if (!ids.includes(id)) {
  fail(`Er is geen nieuwsbrief "${id}" in content/newsletters/.\nBeschikbaar: ${ids.join(', ') || '(geen)'}`);
}
if (!process.env.SITE_URL) {
  fail(
    'Zet eerst SITE_URL (en BASE_PATH als de site in een submap staat), anders wijzen alle links in de e-mail naar\n' +
      'deze computer. Bijvoorbeeld: SITE_URL=https://www.example.nl BASE_PATH=/jeugd/ npm run newsletter:email -- ' +
      `${id}`,
  );
}

const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nieuwsbrief-'));
try {
  console.log(`De site wordt gebouwd voor ${process.env.SITE_URL}${process.env.BASE_PATH ?? ''} …`);
  const build = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: buildDir },
  });
  if (build.status !== 0) fail(`De site kon niet gebouwd worden:\n${build.stdout}\n${build.stderr}`);

  const source = path.join(buildDir, 'nieuwsbrieven', id);
  // npm runs scripts in the project folder; INIT_CWD is where the command was typed.
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  fs.mkdirSync(folder, { recursive: true });
  const written = [
    [emailDraftFile, `${id}.eml`],
    [emailHtmlFile, `${id}.html`],
    [emailTextFile, `${id}.txt`],
  ].map(([from, to]) => {
    const file = path.join(folder, to!);
    fs.copyFileSync(path.join(source, from!), file);
    return file;
  });
  console.log(`Klaar:\n${written.map((file) => `  ${file}`).join('\n')}`);
  const warning = emailSizeWarning(id, fs.readFileSync(path.join(source, emailHtmlFile), 'utf8'));
  if (warning) console.warn(`\n${warning}`);
  console.log(
    `\nOpen ${id}.eml in Outlook of Thunderbird, vul de ontvangers in en verstuur het (README, stap 5).\n` +
      `${id}.html en ${id}.txt zijn voor een mailingprogramma dat HTML en tekst apart vraagt.`,
  );
} finally {
  fs.rmSync(buildDir, { recursive: true, force: true });
}
