import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { collectionNames, registry, type CollectionName } from '../../src/schemas/index.ts';
import { adminFolder } from '../../src/lib/cms/admin-path.ts';
import { isMovedPage } from '../../src/lib/moved-pages.ts';
import { fileFor } from '../lib/dist-files.ts';

/** Bytes after gzip at zlib's default level (6), what a web server with compression on sends. */
export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/**
 * What a server sends for a file: its gzip size, or the file as it is when it does not compress
 * (Pagefind's index chunks are gzipped already).
 */
export function transferBytes(content: Uint8Array): number {
  return Math.min(content.length, gzipBytes(content));
}

/** The stylesheets and scripts a page asks for on load, as written in its HTML. */
export function linkedResources(html: string): { stylesheets: string[]; scripts: string[] } {
  const $ = cheerio.load(html);
  const stylesheets = $('link[href]')
    .filter((_, el) => ($(el).attr('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((_, el) => $(el).attr('href')!)
    .get();
  const scripts = [
    ...$('script[src]')
      .map((_, el) => $(el).attr('src')!)
      .get(),
    ...$('link[rel="modulepreload"][href]')
      .map((_, el) => $(el).attr('href')!)
      .get(),
  ];
  return { stylesheets: [...new Set(stylesheets)], scripts: [...new Set(scripts)] };
}

/**
 * The modules a JavaScript module imports statically, which the browser fetches before running it.
 * Dynamic `import()` is left out: that is code loaded on demand, such as the search UI.
 */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of js.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** `@import` rules of a stylesheet. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => m[1]!);
}

export interface ResourceWeight {
  url: string;
  bytes: number;
  gzipBytes: number;
  /** The stylesheet or script in the HTML that led to this file (itself, or one that imports it). */
  entry: string;
}

export interface PageWeight {
  url: string;
  html: ResourceWeight;
  css: ResourceWeight[];
  js: ResourceWeight[];
  /** Gzip bytes of HTML, CSS and JavaScript together. */
  totalGzip: number;
  htmlCssGzip: number;
  jsGzip: number;
}

/**
 * What a first visit to `urlPath` loads from a build: the HTML, its stylesheets (and their imports),
 * its scripts and every module they import statically, each counted once, in bytes after gzip.
 */
export function pageWeight(dir: string, base: string, urlPath: string): PageWeight {
  const origin = 'http://site.invalid';
  const read = (url: URL, entry: string): ResourceWeight & { text: string } => {
    const file = url.origin === origin ? fileFor(dir, base, url.pathname) : undefined;
    if (!file) throw new Error(`${urlPath} loads ${url.href}, which is not in the build`);
    const content = fs.readFileSync(path.join(dir, file));
    return {
      url: url.pathname,
      bytes: content.length,
      gzipBytes: gzipBytes(content),
      entry,
      text: content.toString('utf8'),
    };
  };
  const pageUrl = new URL(urlPath, origin);
  const html = read(pageUrl, pageUrl.pathname);
  const { stylesheets, scripts } = linkedResources(html.text);

  // Breadth first, so a module shared by two entries counts once, under the first that reaches it.
  const collect = (start: string[], from: URL, next: (text: string) => string[]) => {
    const seen = new Map<string, ResourceWeight>();
    const queue = start.map((href) => ({ url: new URL(href, from), entry: new URL(href, from).pathname }));
    while (queue.length > 0) {
      const { url, entry } = queue.shift()!;
      if (seen.has(url.href)) continue;
      const { text, ...resource } = read(url, entry);
      seen.set(url.href, resource);
      queue.push(...next(text).map((href) => ({ url: new URL(href, url), entry })));
    }
    return [...seen.values()];
  };
  const css = collect(stylesheets, pageUrl, cssImports);
  const js = collect(scripts, pageUrl, staticImports);
  const sum = (list: ResourceWeight[]) => list.reduce((total, r) => total + r.gzipBytes, 0);
  const htmlCssGzip = html.gzipBytes + sum(css);
  const jsGzip = sum(js);
  return {
    url: urlPath,
    html: { url: html.url, bytes: html.bytes, gzipBytes: html.gzipBytes, entry: html.entry },
    css,
    js,
    totalGzip: htmlCssGzip + jsGzip,
    htmlCssGzip,
    jsGzip,
  };
}

export type PageKind = 'home' | 'index' | 'detail' | 'search' | 'other';

export interface PageType {
  /** Stable key for the JSON: `home`, `index:plannen`, `detail:plans`, `search`, … */
  key: string;
  kind: PageKind;
  /** The collection, for index and detail pages of one. */
  collection?: CollectionName;
  label: string;
}

const routeToCollection = new Map(collectionNames.map((c) => [registry[c].route, c]));

/**
 * Which kind of page an HTML file of a build is, by its path. Undefined for what is no page a
 * visitor browses to: the 404 page, HTML files that are not a folder's index (a newsletter's
 * e-mail version), the editors' tool under /admin/ (an application for logged-in editors,
 * outside the site's budgets, as it is outside its sitemap), and the pages that send a visitor on
 * (src/lib/moved-pages.ts: the browser leaves them at once, for the page that was measured already).
 */
export function pageTypeOf(
  file: string,
  isEntry: (collection: CollectionName, id: string) => boolean,
): PageType | undefined {
  const parts = file.split('/');
  if (parts.pop() !== 'index.html') return undefined;
  if (parts.length === 0) return { key: 'home', kind: 'home', label: 'home /' };
  if (parts[0] === adminFolder || isMovedPage(`/${parts.join('/')}/`)) return undefined;
  const [route, id] = parts as [string, string | undefined];
  if (route === 'zoeken' && !id) return { key: 'search', kind: 'search', label: 'zoeken /zoeken/' };
  const collection = routeToCollection.get(route);
  if (parts.length === 1) {
    if (collection) return { key: `index:${route}`, kind: 'index', collection, label: `overzicht /${route}/` };
    // The overview of all teams, which has no collection of its own name.
    if (route === 'wie-doet-wat') return { key: `index:${route}`, kind: 'index', label: `overzicht /${route}/` };
    return { key: `page:${route}`, kind: 'other', label: `pagina /${route}/` };
  }
  // An entry's own page; a page such as /praktijkvoorbeelden/vergelijken/ is not one.
  if (collection && parts.length === 2 && isEntry(collection, id!)) {
    return { key: `detail:${collection}`, kind: 'detail', collection, label: `detail /${route}/…` };
  }
  // Deeper pages come in families (/begrippen/vakgebied/onderwijs/, …/zorg/): one type per family.
  const shown = parts.length > 2 ? [...parts.slice(0, -1), '…'] : parts;
  return { key: `page:${shown.join('/')}`, kind: 'other', label: `pagina /${shown.join('/')}/` };
}

/** Tells whether an id is an entry of a collection, from a list of entries. */
export function entryLookup(
  entries: readonly { collection: CollectionName; id: string }[],
): (collection: CollectionName, id: string) => boolean {
  const keys = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  return (collection, id) => keys.has(`${collection}/${id}`);
}

/** The HTML files of a build grouped by page type, each group sorted by path. */
export function pagesByType(
  files: readonly string[],
  isEntry: (collection: CollectionName, id: string) => boolean,
): Map<string, { type: PageType; files: string[] }> {
  const groups = new Map<string, { type: PageType; files: string[] }>();
  for (const file of [...files].sort()) {
    const type = pageTypeOf(file, isEntry);
    if (!type) continue;
    const group = groups.get(type.key) ?? { type, files: [] };
    group.files.push(file);
    groups.set(type.key, group);
  }
  return groups;
}

/** The item at the middle of a list sorted by `size` (the lower middle for an even count). */
export function medianBy<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => size(a) - size(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface PageTypeWeight {
  type: PageType;
  pages: number;
  /** The page with the median HTML size of its type: what a typical visit loads. */
  median: PageWeight;
  /** The page with the largest HTML of its type. */
  largest: PageWeight;
}

/** Page weight of every page type of a build: its median and its largest page. */
export function measurePageTypes(
  dir: string,
  base: string,
  files: readonly string[],
  isEntry: (collection: CollectionName, id: string) => boolean,
): PageTypeWeight[] {
  const result: PageTypeWeight[] = [];
  for (const { type, files: group } of pagesByType(files, isEntry).values()) {
    const sized = group.map((file) => ({ file, gzip: gzipBytes(fs.readFileSync(path.join(dir, file))) }));
    const median = medianBy(sized, (s) => s.gzip)!;
    const largest = sized.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const url = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    result.push({
      type,
      pages: group.length,
      median: pageWeight(dir, base, url(median.file)),
      largest: pageWeight(dir, base, url(largest.file)),
    });
  }
  const order: PageKind[] = ['home', 'index', 'detail', 'search', 'other'];
  return result.sort(
    (a, b) => order.indexOf(a.type.kind) - order.indexOf(b.type.kind) || a.type.key.localeCompare(b.type.key),
  );
}
