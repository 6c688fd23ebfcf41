import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { auditColourSchemes, auditWidths } from '../../src/lib/accessibility-audit';
import { axeViolations, describeViolations, launch } from '../support/browser';
import { builds } from '../support/builds';
import { sitemapPaths } from '../support/dist';
import { pageResults, searchInDialog } from '../support/search';
import { serve } from '../support/server';

/**
 * axe (WCAG 2.2 A and AA) on every URL of the sitemap, plus the 404 page, in both colour schemes
 * at both widths (src/lib/accessibility-audit.ts, which the accessibility statement quotes).
 * One browser; a few pages reused by tests that run side by side; each URL is loaded once and
 * checked in all four combinations.
 */
const { dir, base } = builds.sub;
const paths = [...sitemapPaths(dir), `${base}bestaat-niet/`];
const poolSize = 4;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await run(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

beforeAll(async () => {
  browser = await launch();
  server = await serve(dir, base);
  for (let i = 0; i < poolSize; i++) idle.push(await browser.newPage());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.concurrent(`axe on every page of the sitemap (${auditColourSchemes.join('/')}, ${auditWidths.join(' and ')} px)`, () => {
  it('lists every page the site has', () => {
    expect(paths.length).toBeGreaterThan(200);
    expect(paths).toEqual(expect.arrayContaining([base, `${base}toegankelijkheid/`, `${base}privacy/`]));
  });

  it.each(paths)('%s', async (path) => {
    const problems = await withPage(async (page) => {
      await page.goto(`${server.origin}${path}`);
      return allCombinations(page, path);
    });
    expect(problems).toEqual([]);
  });
});

/** axe in every colour scheme and width on the page as it is; the descriptions of what it found. */
async function allCombinations(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of auditColourSchemes) {
    await page.emulateMedia({ colorScheme });
    for (const width of auditWidths) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push(describeViolations(`${label} [${colorScheme}, ${width} px]`, violations));
    }
  }
  return found;
}

describe('axe on the search in use (both schemes and widths)', () => {
  it('the header dialog with results', async () => {
    const problems = await withPage(async (page) => {
      await page.goto(`${server.origin}${base}plannen/`);
      await page.locator('header button.site-search__trigger').click();
      await page.locator('dialog.pf-modal[open]').waitFor();
      await searchInDialog(page, 'peuters', 3);
      return allCombinations(page, 'zoekvenster met resultaten');
    });
    expect(problems).toEqual([]);
  });

  it('the search page with a query, a filter and results', async () => {
    const problems = await withPage(async (page) => {
      await page.goto(`${server.origin}${base}zoeken/?q=peuters&soort=praktijkvoorbeeld`);
      await pageResults(page, 3);
      return allCombinations(page, 'zoekpagina met resultaten');
    });
    expect(problems).toEqual([]);
  });
});
