import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, runBin } from '../support/astro-build.ts';
import { changedContent, fixtureBuilds, testSite } from '../support/builds.ts';
import { isolatedProject } from '../support/isolated-project.ts';

/**
 * What communications staff do: add an edition's Markdown (with an image) to content/newsletters/,
 * build, and find the page, the feed item and the e-mail. Here with two made-up editions (one .md
 * with an image, one .mdx) in the changed-content build, under /jeugd/.
 */
const site = testSite;
const { base, dir: out, contentDir } = fixtureBuilds.changed;
const prefix = `${site}${base}`;
const temporary: string[] = [];
let project = '';

function temp(prefixName: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefixName));
  temporary.push(dir);
  return dir;
}

/** A copy of the changed content, for a build that must fail without touching the shared one. */
function copyChangedContent(): string {
  const dir = temp('kennisbank-nieuwsbrief-');
  changedContent.write(dir);
  return dir;
}

function build(content: string, outDir: string) {
  return astroBuild({ CONTENT_DIR: content, OUT_DIR: outDir, BASE_PATH: base, SITE_URL: site }, project);
}

const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const page = (id: string) => cheerio.load(read(`nieuwsbrieven/${id}/index.html`));

// The command and the failing builds run in a copy of the project: Astro's content cache of the
// repository belongs to the real content.
beforeAll(() => {
  project = isolatedProject();
  changedContent.addPublicFiles(project);
  temporary.push(project);
});
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('a new edition, written in Markdown and built', () => {
  it('gets a page, linked to the previous and next edition by date', () => {
    const pager = (id: string) => {
      const $ = page(id);
      return { previous: $('a[rel="prev"]').attr('href'), next: $('a[rel="next"]').attr('href') };
    };
    expect(pager('volop-beweging')).toEqual({ previous: undefined, next: `${base}nieuwsbrieven/lente-2099/` });
    expect(pager('lente-2099')).toEqual({
      previous: `${base}nieuwsbrieven/volop-beweging/`,
      next: `${base}nieuwsbrieven/zomer-2099/`,
    });
    expect(pager('zomer-2099')).toEqual({ previous: `${base}nieuwsbrieven/lente-2099/`, next: undefined });
  });

  it('is listed in the archive under its year, newest first', () => {
    const $ = cheerio.load(read('nieuwsbrieven/index.html'));
    expect(
      $('main h2')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['2099', '2019']);
    const order = $('main a[href*="/nieuwsbrieven/"]')
      .map((_, el) => $(el).attr('href'))
      .get()
      .filter((href) => !href.endsWith('.xml'));
    expect(order).toEqual([
      `${base}nieuwsbrieven/zomer-2099/`,
      `${base}nieuwsbrieven/lente-2099/`,
      `${base}nieuwsbrieven/volop-beweging/`,
    ]);
  });

  it('lists its sections under "In dit nummer"', () => {
    const $ = page('zomer-2099');
    expect(
      $('nav.edition-contents a')
        .map((_, el) => `${$(el).text()} ${$(el).attr('href')}`)
        .get(),
    ).toEqual(['Eerste onderwerp #eerste-onderwerp', 'Tweede onderwerp #tweede-onderwerp']);
  });

  it('is an item of both feeds, with its image and links absolute', () => {
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(read('nieuwsbrieven/rss.xml')).rss.channel
      .item;
    expect(rss.map((item: { link: string }) => item.link)).toEqual([
      `${prefix}nieuwsbrieven/zomer-2099/`,
      `${prefix}nieuwsbrieven/lente-2099/`,
      `${prefix}nieuwsbrieven/volop-beweging/`,
    ]);
    const $ = cheerio.load(rss[0]['content:encoded']);
    expect($('img').attr('src')).toBe(`${prefix}afbeeldingen/testbeeld.png`);
    expect(
      $('a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual([
      `${prefix}plannen/regie/`,
      `${prefix}nieuwsbrieven/zomer-2099/#tweede-onderwerp`,
      'https://extern.test/rapport',
      // The glossary's link on "Meld- en Coördinatiepunt" (see tests/build/content-encodings.test.ts).
      `${prefix}begrippen/#rmc`,
    ]);
    const mdx = cheerio.load(rss[1]['content:encoded']);
    expect(mdx('a').attr('href')).toBe(`${prefix}ontwikkeltafels/`);
    const atom = read('nieuwsbrieven/atom.xml');
    expect(atom).toContain(`<id>${prefix}nieuwsbrieven/zomer-2099/</id>`);
    expect(atom).toContain(`<id>${prefix}nieuwsbrieven/lente-2099/</id>`);
  });

  it('gets an e-mail with the image sized to the column, with its alt text', () => {
    const $ = cheerio.load(read('nieuwsbrieven/zomer-2099/email.html'));
    const image = $('img');
    expect(image).toHaveLength(1);
    expect(image.attr('src')).toBe(`${prefix}afbeeldingen/testbeeld.png`);
    expect(image.attr('alt')).toBe('Een verzonnen testbeeld in blauw');
    // Sized from the file (600 by 200 pixels) to the column's 552.
    expect([image.attr('width'), image.attr('height')]).toEqual(['552', '184']);
    const text = read('nieuwsbrieven/zomer-2099/email.txt');
    for (const line of ['Eerste onderwerp', 'Een onderkop', 'Tweede onderwerp', '[Een verzonnen testbeeld in blauw]'])
      expect(text).toContain(line);
    expect(text.replace(/\s+/g, ' ')).toContain(`thema Regie <${prefix}plannen/regie/>`);
  });

  it('gets an e-mail draft with the title as subject, the same HTML and text, and the image', async () => {
    const draft = await simpleParser(fs.readFileSync(path.join(out, 'nieuwsbrieven/zomer-2099/email.eml')));
    expect(draft.subject).toBe('Testnummer zomer: ideeën');
    expect(draft.html).toBe(read('nieuwsbrieven/zomer-2099/email.html'));
    expect(draft.text).toBe(read('nieuwsbrieven/zomer-2099/email.txt'));
    const $ = cheerio.load(draft.html || '');
    expect($('img').attr('src')).toBe(`${prefix}afbeeldingen/testbeeld.png`);
    expect($('img').attr('alt')).toBe('Een verzonnen testbeeld in blauw');
    expect($(`a[href="${prefix}plannen/regie/"]`)).toHaveLength(1);
    expect($(`a[href="${prefix}nieuwsbrieven/zomer-2099/#tweede-onderwerp"]`)).toHaveLength(1);
    // The .mdx edition gets one too.
    const mdx = await simpleParser(fs.readFileSync(path.join(out, 'nieuwsbrieven/lente-2099/email.eml')));
    expect(mdx.html).toBe(read('nieuwsbrieven/lente-2099/email.html'));
  });

  it('leaves a note for the editors (<!-- … -->) out of the page, both feeds and the e-mail', async () => {
    const note = 'Notitie voor de redactie';
    expect(fs.readFileSync(path.join(changedContent.newEditions, 'zomer-2099.md'), 'utf8')).toContain(`<!-- ${note}`);
    const files = ['index.html', 'email.html', 'email.txt'].map((file) => `nieuwsbrieven/zomer-2099/${file}`);
    for (const file of [...files, 'nieuwsbrieven/rss.xml', 'nieuwsbrieven/atom.xml'])
      expect(read(file), file).not.toContain(note);
    const draft = await simpleParser(fs.readFileSync(path.join(out, 'nieuwsbrieven/zomer-2099/email.eml')));
    expect(`${draft.html}${draft.text}`).not.toContain(note);
    // The text around it is all there.
    expect(page('zomer-2099')('main').text()).toContain('Nog wat tekst.');
  });
});

describe('npm run newsletter:email', () => {
  const run = (args: string[], env: Record<string, string | undefined>) =>
    runBin('node', ['scripts/newsletter-email.ts', ...args], {
      cwd: project,
      env: { CONTENT_DIR: contentDir, BASE_PATH: base, SITE_URL: site, INIT_CWD: project, ...env },
    });

  // Another build than the test build: the same bytes show the draft is reproducible.
  it("writes one edition's draft, HTML and text e-mail to a folder, byte for byte what the site publishes", async () => {
    const folder = path.join(temp('nieuwsbrief-uit-'), 'verzenden');
    const result = await run(['zomer-2099', folder], {});
    expect(result.status, result.output).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'zomer-2099.html'), 'utf8')).toBe(
      read('nieuwsbrieven/zomer-2099/email.html'),
    );
    expect(fs.readFileSync(path.join(folder, 'zomer-2099.txt'), 'utf8')).toBe(
      read('nieuwsbrieven/zomer-2099/email.txt'),
    );
    const draft = fs.readFileSync(path.join(folder, 'zomer-2099.eml'));
    expect(draft.length).toBeGreaterThan(1000);
    expect(draft.equals(fs.readFileSync(path.join(out, 'nieuwsbrieven/zomer-2099/email.eml')))).toBe(true);
    expect(result.output).toContain('Open zomer-2099.eml in Outlook of Thunderbird');
  }, 300_000);

  it('says which editions exist when the id is wrong', async () => {
    const result = await run(['zomer-2098'], {});
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Er is geen nieuwsbrief "zomer-2098"');
    expect(result.output).toContain('lente-2099, volop-beweging, zomer-2099');
  });

  it('refuses to write links to this computer when SITE_URL is not set', async () => {
    const result = await run(['zomer-2099', temp('nieuwsbrief-uit-')], { SITE_URL: '' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Zet eerst SITE_URL');
  });
});

describe('an edition that cannot be mailed', () => {
  // Both images in place of the edition's own, in one build: each is named with its own line.
  const noAlt = '![](/favicon.svg)';
  const svg = '![Het pictogram van de site](/favicon.svg)';
  let lines: string[] = [];
  const lineOf = (markdown: string) => lines.indexOf(markdown) + 1;
  let output = '';
  let status: number | null = null;
  /** The errors (FOUT, not WAARSCHUWING: each must stop the build on its own) at a line of the edition. */
  const errorAt = (line: number) =>
    output
      .split('\n')
      .filter((text) => text.startsWith('FOUT ') && text.includes(`newsletters/zomer-2099.md:${line} `))
      .join('\n');

  beforeAll(async () => {
    const content = copyChangedContent();
    const file = path.join(content, 'newsletters/zomer-2099.md');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace('![Een verzonnen testbeeld in blauw](/afbeeldingen/testbeeld.png)', `${noAlt}\n\n${svg}`);
    fs.writeFileSync(file, text);
    lines = text.split(/\r?\n/);
    ({ status, output } = await build(content, temp('kennisbank-dist-')));
  }, 300_000);

  // The content check, the first step of the build, stops an image without alt text before the e-mail is made.
  it('stops the build on an image without alt text, naming the file and the line', () => {
    expect(status).not.toBe(0);
    expect(lineOf(noAlt)).toBeGreaterThan(1);
    expect(errorAt(lineOf(noAlt))).toContain('de afbeelding "/favicon.svg" heeft geen alt-tekst');
  });

  // The same check, so an editor hears of it in `npm run check` too, and before the site is built.
  it('stops the build on an image in a format mail clients do not show, naming the file and the line', () => {
    expect(status).not.toBe(0);
    expect(lineOf(svg)).toBeGreaterThan(lineOf(noAlt));
    expect(errorAt(lineOf(svg))).toContain(
      `de afbeelding "/favicon.svg" is geen JPG, PNG of GIF: veel mailprogramma's`,
    );
  });
});
