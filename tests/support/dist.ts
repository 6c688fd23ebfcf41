import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { adminFolder } from '../../src/lib/cms/admin-path.ts';

export { fileFor } from '../../scripts/lib/dist-files.ts';

/** E-mail editions of the newsletter (`nieuwsbrieven/<id>/email.html`): documents for a mailing tool, not pages. */
export function isEmailEdition(file: string): boolean {
  return /^nieuwsbrieven\/[^/]+\/email\.html$/.test(file.split(path.sep).join('/'));
}

/** The editor (Decap CMS, /admin/): a tool for editors with a layout and policy of its own, not a page of the site. */
export function isEditor(file: string): boolean {
  return file.split(path.sep).join('/').startsWith(`${adminFolder}/`);
}

/**
 * Every page of a build (its HTML files), as paths relative to its folder. E-mail editions and the
 * editor are left out: they have no site layout by design, and tests/build/newsletter-email.test.ts
 * and tests/build/admin.test.ts check them.
 */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .filter((file) => !isEmailEdition(file) && !isEditor(file))
    .sort();
}

/** The URL path (under `base`) a file is served at: `plannen/regie/index.html` → `/jeugd/plannen/regie/`. */
export function urlOf(file: string, base: string): string {
  const withoutIndex = file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${withoutIndex}`;
}

const parsed = new Map<string, { mtimeMs: number; size: number; $: cheerio.CheerioAPI }>();

/**
 * A built page, parsed. Parsed once per test worker and then shared (test files run one after another
 * in a worker, `isolate: false`): some ten files read every page of both builds, which took about
 * 5 CPU-s of a run. Read it, never change it; a test that must change a page clones what it changes.
 * A file written again (a build of its own into the same folder) is parsed again.
 */
export function load(dir: string, file: string): cheerio.CheerioAPI {
  const full = path.join(dir, file);
  const { mtimeMs, size } = fs.statSync(full);
  const known = parsed.get(full);
  if (known?.mtimeMs === mtimeMs && known.size === size) return known.$;
  const $ = cheerio.load(fs.readFileSync(full, 'utf8'));
  parsed.set(full, { mtimeMs, size, $ });
  return $;
}

/** The URL paths listed in a build's sitemap (`sitemap-0.xml`, written by @astrojs/sitemap). */
export function sitemapPaths(dir: string): string[] {
  const xml = fs.readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** Every event-handler attribute (onclick, onerror, …) in a document, as `onerror on <img>`. */
export function eventHandlerAttributes($: cheerio.CheerioAPI): string[] {
  return $('*')
    .toArray()
    .flatMap((el) =>
      'attribs' in el
        ? Object.keys(el.attribs)
            .filter((name) => /^on/i.test(name))
            .map((name) => `${name} on <${el.tagName}>`)
        : [],
    );
}
