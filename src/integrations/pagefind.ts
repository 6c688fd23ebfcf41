import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { writeFacetFile } from './facet-file.ts';
import { feedingPrerenderer, type IndexFeed } from './pagefind-feed.ts';
import { normaliseBase } from '../lib/base-path.ts';

/**
 * Builds the Pagefind search index over the finished build, in the same `astro build`, so every
 * build ships an index that matches its pages. Any Pagefind error, or an index without pages,
 * stops the build: a site whose search silently finds nothing is worse than a failed deploy.
 *
 * Pages choose themselves what is indexed (`data-pagefind-body` on entry pages only), and their
 * `<html lang="nl">` gives Dutch stemming. The pages reach Pagefind while they are rendered
 * (pagefind-feed.ts), so indexing runs beside the rendering instead of after it.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let feed: IndexFeed | undefined;
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      // Open the index before the pages render: they are handed to it one by one (pagefind-feed.ts).
      'astro:build:start': async ({ setPrerenderer }) => {
        const opened: IndexFeed = { index: await createIndex(), base, adds: [] };
        feed = opened;
        setPrerenderer((prerenderer) => feedingPrerenderer(prerenderer, opened));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const handedOver = feed;
        feed = undefined;
        await buildIndex(fileURLToPath(dir), logger, handedOver);
      },
    },
  };
}

async function createIndex() {
  const { index } = check(await pagefind.createIndex({}), 'het aanmaken van de index');
  if (!index) throw new PagefindFailure('Pagefind gaf geen index terug.');
  return index;
}

/**
 * Writes the bundle to `outDir/pagefind/`: from the pages the build handed over while rendering, or,
 * without those, from the HTML files in `outDir`. Returns the number of pages indexed.
 */
export async function buildIndex(
  outDir: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  feed?: IndexFeed,
): Promise<number> {
  const started = performance.now();
  try {
    let index: PagefindIndex;
    let files: number;
    if (feed && feed.adds.length > 0) {
      index = feed.index as PagefindIndex;
      const added = await Promise.all(feed.adds);
      for (const response of added) check(response, 'het lezen van een pagina');
      files = added.length;
    } else {
      index = feed ? (feed.index as PagefindIndex) : await createIndex();
      files = check(await index.addDirectory({ path: outDir }), `het lezen van ${outDir}`).page_count;
    }
    const outputPath = path.join(outDir, 'pagefind');
    check(await index.writeFiles({ outputPath }), 'het schrijven van de index');
    const pages = indexedPages(outputPath);
    if (pages === 0) {
      throw new PagefindFailure(
        `Pagefind las ${files} HTML-bestanden in ${outDir}, maar geen enkele pagina kwam in de index. Pagina's van ` +
          'items moeten "data-pagefind-body" hebben (src/layouts/EntryLayout.astro).',
      );
    }
    const faceted = writeFacetFile(outputPath);
    if (faceted !== pages)
      throw new PagefindFailure(`De filters van ${faceted} pagina's gelezen, maar de index heeft er ${pages}.`);
    logger.info(`Zoekindex gebouwd: ${pages} van ${files} pagina's in ${Math.round(performance.now() - started)} ms.`);
    return pages;
  } catch (error) {
    if (error instanceof PagefindFailure) throw error;
    throw new PagefindFailure(`Pagefind liep vast: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

class PagefindFailure extends Error {
  constructor(message: string) {
    super(`De zoekindex kon niet worden gebouwd. ${message}`);
    this.name = 'PagefindFailure';
  }
}

/**
 * The number of pages in the index, from the bundle's manifest. Pagefind stems per language, taken
 * from each page's `lang`; a page without `lang="nl"` would land in an index of its own, without Dutch
 * stemming, and be found only by its exact words.
 */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const others = Object.entries(entry.languages).filter(([language]) => language !== 'nl');
  if (others.length > 0) {
    const list = others.map(([language, { page_count }]) => `${language} (${page_count} pagina's)`).join(', ');
    throw new PagefindFailure(`Alle pagina's moeten lang="nl" hebben, maar Pagefind vond ook: ${list}.`);
  }
  return entry.languages.nl?.page_count ?? 0;
}

function check<T extends { errors: string[] }>(response: T, during: string): T {
  if (response.errors.length > 0) {
    throw new PagefindFailure(`Fouten bij ${during}:\n${response.errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  return response;
}
