import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { collectionRoutes, entryPath } from '../urls';
import type { ParsedBody } from './markdown';
import type { RawEntry } from './types';

/** What the check knows about a page of the site: that it exists, and which anchors it has. */
export interface PageInfo {
  /** Ids on the page that a link can point at with `#…`; undefined when the page's ids cannot be known. */
  anchors?: ReadonlySet<string>;
}

/** Every URL of the site the check can know without building it. */
export interface SiteIndex {
  /** The page at a site path (without base), or undefined when there is none. */
  page(sitePath: string): PageInfo | undefined;
  /** Every known page path, for "did you mean". */
  paths(): string[];
}

/** The ids Astro gives the headings of a Markdown document (github-slugger, one slugger per document). */
export function headingSlugs(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  visit(tree, 'heading', (node) => {
    slugs.push(slugger.slug(toString(node, { includeImageAlt: false })));
  });
  return slugs;
}

/** `/plannen/regie` and `/plannen/regie/` are the same page; a file such as `/favicon.svg` keeps its name. */
export function normaliseSitePath(sitePath: string): string {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // A malformed escape: keep it as written, it will not match a page.
  }
  if (decoded.endsWith('/') || /\.[a-z0-9]+$/i.test(decoded)) return decoded;
  return `${decoded}/`;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Ids written literally in an Astro file (`id="inhoud"`); computed ids cannot be known from source. */
function literalIds(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/\bid="([^"{}]+)"/g)].map((m) => m[1]!);
}

const pageExtensions = new Set(['.astro', '.md', '.mdx', '.html']);
const endpointExtensions = new Set(['.ts', '.js', '.mjs']);

interface Route {
  sitePath: string;
  file: string;
  dynamic: boolean;
}

/** The routes of `src/pages` the way Astro derives them from file names. */
function routesIn(pagesDir: string): Route[] {
  const routes: Route[] = [];
  for (const file of walk(pagesDir)) {
    const relative = path.relative(pagesDir, file).split(path.sep);
    // Astro ignores files and folders whose name starts with an underscore.
    if (relative.some((segment) => segment.startsWith('_'))) continue;
    const ext = path.extname(file);
    const segments = [...relative.slice(0, -1), path.basename(file, ext)];
    if (pageExtensions.has(ext)) {
      if (segments[segments.length - 1] === 'index') segments.pop();
      const sitePath = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
      routes.push({ sitePath, file, dynamic: sitePath.includes('[') });
    } else if (endpointExtensions.has(ext)) {
      const sitePath = `/${segments.join('/')}`;
      routes.push({ sitePath, file, dynamic: sitePath.includes('[') });
    }
  }
  return routes;
}

/** A dynamic route as a pattern: `[id]` is one segment, `[...rest]` any number. */
function routePattern(sitePath: string): RegExp {
  const escaped = sitePath
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) =>
      part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${escaped}$`);
}

export interface SiteIndexOptions {
  entries: readonly RawEntry[];
  bodyOf(entry: RawEntry): ParsedBody | undefined;
  pagesDir: string;
  layoutsDir: string;
  componentsDir: string;
  publicDir: string;
}

/**
 * Builds the index from the content (every entry's page, with its headings as anchors), the static
 * pages in `src/pages`, and the files in `public/`. Dynamic routes the check cannot enumerate accept
 * any path of their shape, so the check never rejects a link that works.
 */
export function buildSiteIndex(options: SiteIndexOptions): SiteIndex {
  const pages = new Map<string, PageInfo>();
  // Ids written in layouts and components (such as "inhoud", "in-dit-nummer") may be on any page: a link
  // to one is accepted rather than wrongly rejected; the build's link test checks every anchor after all.
  const shared = [...walk(options.layoutsDir), ...walk(options.componentsDir)]
    .filter((file) => file.endsWith('.astro'))
    .flatMap(literalIds);
  const withShared = (ids: Iterable<string>) => new Set([...shared, ...ids]);

  for (const entry of options.entries) {
    const body = options.bodyOf(entry);
    const sitePath = entryPath(entry.collection, entry.id);
    // Two files with one id are an error of their own; the first one keeps the page.
    if (!pages.has(sitePath)) pages.set(sitePath, { anchors: withShared(body ? headingSlugs(body.tree) : []) });
  }

  const entryRoutes = new Set(Object.values(collectionRoutes).map((segment) => `/${segment}/[id]/`));
  const patterns: RegExp[] = [];
  for (const route of routesIn(options.pagesDir)) {
    if (route.dynamic) {
      // An entry page route such as /plannen/[id]/: its pages are known one by one, from the content.
      if (!entryRoutes.has(route.sitePath)) patterns.push(routePattern(route.sitePath));
      continue;
    }
    if (pages.has(route.sitePath)) continue;
    pages.set(route.sitePath, {
      anchors: route.file.endsWith('.astro') ? withShared(literalIds(route.file)) : undefined,
    });
  }

  // The glossary page gives every term an anchor with its id (src/pages/begrippen/index.astro).
  const glossary = pages.get('/begrippen/');
  if (glossary?.anchors) {
    const ids = options.entries.filter((e) => e.collection === 'glossary').map((e) => e.id);
    pages.set('/begrippen/', { anchors: new Set([...glossary.anchors, ...ids]) });
  }

  for (const file of walk(options.publicDir)) {
    pages.set(`/${path.relative(options.publicDir, file).split(path.sep).join('/')}`, {});
  }

  return {
    page(sitePath) {
      const normalised = normaliseSitePath(sitePath);
      const known = pages.get(normalised);
      if (known) return known;
      return patterns.some((pattern) => pattern.test(normalised)) ? {} : undefined;
    },
    paths: () => [...pages.keys()],
  };
}
