import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** A made-up repository address: the sub-path build shows edit links, the root build shows none. */
export const testRepositoryUrl = 'https://git.example/redactie/kennisbank';

/** The address every test build is published at. */
export const testSite = 'https://kennisbank.example';

/**
 * The port of Decap's local server in the editor's test (tests/e2e/cms.test.ts), built into the root
 * build's editor configuration. Not Decap's 8081, where an editor may run `npm run cms`, and the same
 * for one checkout on every run (so TEST_REUSE_BUILD=1 keeps working), another for another checkout.
 */
export const cmsTestPort = 20_000 + (createHash('sha256').update(root).digest().readUInt16BE(0) % 10_000);

/** The builds the build and browser tests run against: the site at the root, and under a sub-path. */
export const builds = {
  root: { base: '/', dir: path.join(root, '.test-dist/root'), env: { CMS_LOCAL_PORT: String(cmsTestPort) } },
  sub: { base: '/jeugd/', dir: path.join(root, '.test-dist/jeugd'), env: { REPOSITORY_URL: testRepositoryUrl } },
} as const;

export type BuildName = keyof typeof builds;
export const buildNames = Object.keys(builds) as BuildName[];

/** Where the global setup writes content made for a test build (kept apart from the real content). */
export const testContentRoot = path.join(root, '.test-dist/content');

/** Text as editors' tools may save it: a byte-order mark, Windows line endings, no newline at the end. */
export function asWindowsToolsWriteIt(text: string): string {
  return `\uFEFF${text.replace(/\r?\n/g, '\r\n').replace(/\r\n$/, '')}`;
}

/** Accents as a letter plus a combining mark (NFD), as macOS and some tools write them. */
export const decomposed = (text: string) => text.normalize('NFD');

/**
 * The real content with what editors change over time, for the tests of those changes: two new
 * newsletter editions (one .md with an image, one .mdx), a person past her review date, a plan with
 * its own `updated` date and a photo from a phone, and 120 more people (overviews that need more than one page). Read from
 * outside the repository, so it has no git dates.
 * Some files are saved the way other tools save them: both editions and a person with a byte-order
 * mark, Windows line endings, no final newline and decomposed accents; a glossary term with a
 * byte-order mark and Windows line endings, and a variant with an accent that the edition uses.
 */
export const changedContent = {
  dir: path.join(testContentRoot, 'changed'),
  newEditions: path.join(root, 'tests/fixtures/newsletter/new-editions'),
  /** Makes the changes in a copy of the real content at `dir`. */
  write(dir: string): void {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
    for (const file of fs.readdirSync(this.newEditions))
      fs.copyFileSync(path.join(this.newEditions, file), path.join(dir, 'newsletters', file));
    fs.appendFileSync(path.join(dir, 'people/kate-snellens.yaml'), 'reviewBy: 2020-01-31\n');
    const plan = path.join(dir, 'plans/regie.md');
    fs.writeFileSync(
      plan,
      `${fs
        .readFileSync(plan, 'utf8')
        .replace(/^title:/m, 'updated: 2024-03-01\ntitle:')
        .trimEnd()}\n\n${this.phonePhoto}\n`,
    );
    // More people than an overview page lists and than "who does what" draws on one page; the first
    // with the long words real data has (a role in slashes, a long e-mail address), for a phone's width.
    for (const [i, person] of this.extraPeople.entries()) {
      const long = i === 0 ? `role: "${this.longWords.role}"\nemail: "${this.longWords.email}"\n` : '';
      fs.writeFileSync(
        path.join(dir, 'people', `${person.id}.yaml`),
        `name: ${person.name}\n${long}sources:\n  - plan-van-aanpak-het-jonge-kind\n`,
      );
    }
    const rewrite = (file: string, change: (text: string) => string) =>
      fs.writeFileSync(path.join(dir, file), change(fs.readFileSync(path.join(dir, file), 'utf8')));
    for (const file of ['newsletters/zomer-2099.md', 'newsletters/lente-2099.mdx', 'people/rene-peters.yaml'])
      rewrite(file, (text) => asWindowsToolsWriteIt(decomposed(text)));
    rewrite('glossary/rmc.yaml', (text) => asWindowsToolsWriteIt(`${text}variants:\n  - "Meld- en Coördinatiepunt"\n`));
  },
  /**
   * The files of the site's public/ folder that the changed content uses (the new edition's image), by
   * their path in public/: a project that builds it needs them (see addPublicFiles).
   */
  publicFiles: {
    'afbeeldingen/testbeeld.png': path.join(root, 'tests/fixtures/newsletter/testbeeld.png'),
    // As a phone saves a photo: 2400 by 1800 pixels, turned upright by a tag, with the place it was taken.
    'afbeeldingen/telefoonfoto.jpg': path.join(root, 'tests/fixtures/newsletter/telefoonfoto.jpg'),
  },
  /** The phone's photo in the text of a plan (plans/regie.md). */
  phonePhoto: '![Een verzonnen foto van een telefoon, in blauw](/afbeeldingen/telefoonfoto.jpg)',
  /** Puts publicFiles in the public/ folder of a copy of the project (see isolatedProject). */
  addPublicFiles(project: string): void {
    for (const [name, file] of Object.entries(this.publicFiles)) {
      fs.mkdirSync(path.dirname(path.join(project, 'public', name)), { recursive: true });
      fs.copyFileSync(file, path.join(project, 'public', name));
    }
  },
  /** The first extra person's role and e-mail address: words longer than a phone's line. */
  longWords: {
    role: 'Kwartiermaker/ketenregisseur/projectleider jeugdbescherming',
    email: 'voorbeeldpersoon.met-een-lange-naam@jeugdbeschermingsregio-voorbeeld.test',
  },
  /** Made-up people, clearly named as such, beyond what one overview page holds. */
  extraPeople: Array.from({ length: 120 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { id: `voorbeeldpersoon-${n}`, name: `Voorbeeldpersoon ${n}` };
  }),
};

/**
 * Builds of other content than the real one (CONTENT_DIR). They are kept apart from `builds`
 * because the tests that loop over `builds` expect the real content. Each is built in a copy of the
 * project, so its content cache never mixes with the real content's.
 */
export const fixtureBuilds = {
  hostile: {
    base: '/',
    dir: path.join(root, '.test-dist/hostile'),
    // Its fields hold HTML on purpose, which the content check refuses (field-markup): the tests are
    // that the pages show it as text all the same, should it ever get past the check.
    env: { CONTENT_CHECK_SKIP: 'field-markup' },
    contentDir: path.join(root, 'tests/fixtures/hostile-content'),
  },
  changed: {
    base: '/jeugd/',
    dir: path.join(root, '.test-dist/changed'),
    env: { REPOSITORY_URL: testRepositoryUrl },
    contentDir: changedContent.dir,
  },
} as const;
