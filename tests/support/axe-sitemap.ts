import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { auditColourSchemes, auditWidths, colourOnlySchemes, reflowWidth } from '../../src/lib/accessibility-audit.ts';
import { headersFromFile, serve } from '../../scripts/lib/static-server.ts';
import { axeViolations, describeViolations, launch, preloadAxe, type TestBrowserOptions } from './browser.ts';
import { builds } from './builds.ts';
import { sitemapPaths } from './dist.ts';

/**
 * axe (WCAG 2.2 A and AA) on every URL of the sitemap, plus the 404 page, in both colour schemes
 * (in the dark one its colour rules) at both widths (src/lib/accessibility-audit.ts, which the accessibility statement quotes).
 * The URLs are split into shards, one test file each, so that test workers share them; within a
 * file a few pages run side by side, and each URL is loaded once and checked in all four combinations.
 */
const { dir, base } = builds.sub;
export const sitemapAuditPaths = [...sitemapPaths(dir), `${base}bestaat-niet/`];
/** Window height for every width: a tall phone, or a laptop with its browser bars. */
const auditHeight = 900;

export interface AxeSite {
  server: Awaited<ReturnType<typeof serve>>;
  withPage: <T>(run: (page: Page) => Promise<T>) => Promise<T>;
}

export interface AxeSiteOptions extends TestBrowserOptions {
  /** Pages side by side (default 4: enough to keep a core busy while another waits). */
  pages?: number;
}

/** A browser with a pool of pages and a server for the sub build, for one test file. */
export function axeSite({ pages = 4, frames = true }: AxeSiteOptions = {}): AxeSite {
  let browser: Browser;
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  const site = {
    async withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
      const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
      try {
        return await run(page);
      } finally {
        const next = waiting.shift();
        if (next) next(page);
        else idle.push(page);
      }
    },
  } as AxeSite;
  beforeAll(async () => {
    browser = await launch({ frames });
    // With the build's own _headers, as the hosts it is made for serve it (Netlify, Cloudflare Pages).
    site.server = await serve(dir, base, { headers: headersFromFile(dir) });
    for (let i = 0; i < pages; i++) {
      const page = await browser.newPage();
      await preloadAxe(page);
      idle.push(page);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * axe in every colour scheme and width on the page as it is (in the schemes of colourOnlySchemes its
 * colour rules); the descriptions of what it found.
 */
export async function allCombinations(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const [index, colorScheme] of auditColourSchemes.entries()) {
    await page.emulateMedia({ colorScheme });
    // Every other scheme runs through the widths backwards, so it starts at the width the last one
    // ended with: one layout less per page, the same combinations.
    for (const width of index % 2 === 0 ? auditWidths : [...auditWidths].reverse()) {
      const current = page.viewportSize();
      if (current?.width !== width || current.height !== auditHeight)
        await page.setViewportSize({ width, height: auditHeight });
      const violations = await axeViolations(page, { colourRulesOnly: colourOnlySchemes.includes(colorScheme) });
      if (violations.length > 0) found.push(describeViolations(`${label} [${colorScheme}, ${width} px]`, violations));
      // Reflow (WCAG 1.4.10), which axe does not test: at the reflow width nothing makes the page
      // scroll sideways, such as a table with long words; a wide table scrolls in its own box.
      if (index === 0 && width === reflowWidth) {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) found.push(`${label} [${width} px]: de pagina is ${overflow} px breder dan het venster`);
      }
    }
  }
  return found;
}

/** The sitemap's URLs that fall in shard `shard` (1-based) of `shards`: every URL is in exactly one. */
export function shardOf(shard: number, shards: number): string[] {
  return sitemapAuditPaths.filter((_, index) => index % shards === shard - 1);
}

/** The tests for one shard of the sitemap, in a browser that draws no frames; returns its site. */
export function describeSitemapShard(shard: number, shards: number): AxeSite {
  const site = axeSite({ frames: false });
  const paths = shardOf(shard, shards);
  describe.concurrent(
    `axe on every page of the sitemap, part ${shard} of ${shards} (${auditColourSchemes.join('/')}, ${auditWidths.join(' and ')} px)`,
    () => {
      it.each(paths)('%s', async (path) => {
        const problems = await site.withPage(async (page) => {
          await page.goto(`${site.server.origin}${path}`);
          return allCombinations(page, path);
        });
        expect(problems).toEqual([]);
      });
    },
  );
  return site;
}
