import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { collectionNames } from '../../schemas/index.ts';
import { eachNode } from '../content-check/each-node.ts';
import { movedPages, movedPagesRoute } from '../moved-pages.ts';
import { entryPath, overviewPath } from '../urls.ts';
import { overviewPagePath, pageCount, pagedOverviews } from '../pagination.ts';
import { glossaryTermAnchor, mainContentId } from './page-anchors.ts';
import { createSiteIndex, type PageInfo, type SiteIndex } from './site-index.ts';

/** The ids Astro gives the headings of a Markdown document (github-slugger, one slugger per document). */
export function headingSlugs(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'heading')
      slugs.push(slugger.slug(toString(node, { includeImageAlt: false, includeHtml: false })));
  });
  return slugs;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

const pageExtensions = new Set(['.astro', '.md', '.mdx', '.html']);
const endpointExtensions = new Set(['.ts', '.js', '.mjs']);

/** The routes of `src/pages` by Astro's file-based routing rule; the build tests hold the result to the built site. */
function routesIn(pagesDir: string): { sitePath: string; dynamic: boolean }[] {
  const routes: { sitePath: string; dynamic: boolean }[] = [];
  for (const file of walk(pagesDir)) {
    const relative = path.relative(pagesDir, file).split(path.sep);
    // Astro ignores files and folders whose name starts with an underscore.
    if (relative.some((segment) => segment.startsWith('_'))) continue;
    const ext = path.extname(file);
    const segments = [...relative.slice(0, -1), path.basename(file, ext)];
    if (pageExtensions.has(ext)) {
      // Error pages are files of their own: 404.astro becomes /404.html.
      if (relative.length === 1 && /^(404|500)$/.test(segments[0]!)) {
        routes.push({ sitePath: `/${segments[0]}.html`, dynamic: false });
        continue;
      }
      if (segments[segments.length - 1] === 'index') segments.pop();
      const sitePath = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
      routes.push({ sitePath, dynamic: sitePath.includes('[') });
    } else if (endpointExtensions.has(ext)) {
      const sitePath = `/${segments.join('/')}`;
      routes.push({ sitePath, dynamic: sitePath.includes('[') });
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

/** An entry as the index needs it: where its page is, and the syntax tree of its text if it has one. */
export interface IndexedEntry {
  collection: (typeof collectionNames)[number];
  id: string;
  tree?: Root;
}

export interface PredictedIndexOptions {
  entries: readonly IndexedEntry[];
  pagesDir: string;
  publicDir: string;
}

/**
 * The site as the content check can know it before the build: every entry's page with the ids of
 * its headings, the pages in `src/pages`, and the files in `public/`. An entry page's ids come from
 * its text (what editors control) and the layout (`page-anchors.ts`); a template page's ids are not
 * predicted, so any anchor on it is accepted here and checked on the built site instead.
 * Dynamic routes that are not entry pages accept any path of their shape.
 */
export function predictSiteIndex({ entries, pagesDir, publicDir }: PredictedIndexOptions): SiteIndex {
  const pages = new Map<string, PageInfo>();
  for (const entry of entries) {
    const sitePath = entryPath(entry.collection, entry.id);
    // Two files with one id are an error of their own; the first one keeps the page.
    if (pages.has(sitePath)) continue;
    pages.set(sitePath, { anchors: new Set([mainContentId, ...(entry.tree ? headingSlugs(entry.tree) : [])]) });
  }

  const entryRoutes = new Set(collectionNames.map((collection) => entryPath(collection, '[id]')));
  const paged = pagedOverviews();
  const pagedFolders = new Set(paged.map((overview) => overview.path));
  for (const { path: overview, collection, size } of paged) {
    const count = entries.filter((entry) => entry.collection === collection).length;
    for (let n = 1; n <= pageCount(count, size); n++) pages.set(overviewPagePath(overview, n), {});
  }
  const patterns: RegExp[] = [];
  for (const route of routesIn(pagesDir)) {
    if (route.dynamic) {
      // An entry page route such as /plannen/[id]/: its pages are known one by one, from the content.
      if (entryRoutes.has(route.sitePath)) continue;
      // The pages of a paged overview (/mensen/[...page]/) are known by number, above.
      if (pagedFolders.has(route.sitePath.replace(/\[\.\.\.page\]\/$/, ''))) continue;
      if (route.sitePath === movedPagesRoute) {
        for (const page of movedPages) pages.set(page.from, {});
        continue;
      }
      // A parameter at the root would accept every link of its shape (/[slug]/: every /x/), and the
      // check would find no broken one there.
      if (route.sitePath.startsWith('/['))
        throw new Error(`${route.sitePath} matches any address at the root; list its pages in predictSiteIndex`);
      patterns.push(routePattern(route.sitePath));
      continue;
    }
    if (!pages.has(route.sitePath)) pages.set(route.sitePath, {});
  }

  // The glossary page gives every term an anchor (GlossaryList.astro); editors link to /begrippen/#vve.
  const terms = entries.filter((e) => e.collection === 'glossary').map((e) => glossaryTermAnchor(e.id));
  pages.set(overviewPath('glossary'), { anchors: new Set([mainContentId, ...terms]) });

  for (const file of walk(publicDir)) {
    pages.set(`/${path.relative(publicDir, file).split(path.sep).join('/')}`, {});
  }
  return createSiteIndex(pages, patterns);
}
