import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { pageSizes } from '../../src/lib/search/paging.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { root } from '../support/builds.ts';
import { pageResults, resultCount, searchInDialog } from '../support/search.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { shifts, openWatchingShifts } from '../support/layout-shifts.ts';

/**
 * What makes the search answer as one types, without giving up anything it does: the index loads as
 * soon as a visitor shows the intent to search, a list shows a page of results with a button for the
 * next, and nothing on the search page moves while results come in.
 */
const site = siteInBrowser();
const entries = checkContent({ root }).entries.length;

async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  await page.goto(site.server.url(path));
  return page;
}

/** Every request the page makes from now on, as paths. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/**
 * Once the page is loaded and quiet: every request from then on, and a promise that the index starts
 * loading (its WebAssembly and its metadata).
 */
async function watchIndexStart(page: Page): Promise<{ requests: string[]; loading: Promise<unknown> }> {
  await page.locator('header button.site-search__trigger').waitFor();
  await page.waitForLoadState('networkidle');
  const requests = recordRequests(page);
  const loading = Promise.all([
    page.waitForRequest((request) => /wasm\.nl\.pagefind$/.test(request.url())),
    page.waitForRequest((request) => /\.pf_meta$/.test(request.url())),
  ]);
  return { requests, loading };
}

const isIndexStart = (path: string) => /\/pagefind\/(wasm\.nl\.pagefind|pagefind\.nl_\w+\.pf_meta)$/.test(path);

describe('the header search loads its index when a visitor shows the intent to search', () => {
  const intents: [string, (page: Page) => Promise<void>][] = [
    ['pointing at the search button', (page) => page.locator('header button.site-search__trigger').hover()],
    [
      'tabbing to the search button',
      async (page) => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('site-search__trigger'))).toBe(
          true,
        );
      },
    ],
  ];

  it.each(intents)('%s, before any key is typed and without opening the dialog', async (_, intent) => {
    const page = await openPage('/plannen/');
    const { requests, loading } = await watchIndexStart(page);
    await intent(page);
    await loading;
    expect(requests.filter(isIndexStart)).toHaveLength(2);
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(0);
    expect(await page.locator('.pf-result').count()).toBe(0);
    await page.close();
  });

  it('"/" opens the dialog and loads the index before the first letter', async () => {
    const page = await openPage('/begrippen/');
    const { requests, loading } = await watchIndexStart(page);
    await page.keyboard.press('/');
    await Promise.all([loading, page.locator('dialog.pf-modal[open]').waitFor()]);
    expect(requests.filter(isIndexStart)).toHaveLength(2);
    expect(await page.locator('dialog.pf-modal[open] .pf-input').inputValue()).toBe('');
    await page.close();
  });

  it('says "Bezig met zoeken…" for a word typed while the index is still on its way, then the results', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The index's WebAssembly held back, as on a slow connection, until the word is typed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/pagefind\/wasm\.nl\.pagefind$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(site.server.url('/plannen/'));
      await page.locator('header button.site-search__trigger').click();
      await page.locator('dialog.pf-modal[open]').waitFor();
      await page.locator('dialog[open] .pf-input').fill('jeugdhulp');
      const summary = page.locator('dialog[open] pagefind-summary');
      await expect.poll(() => summary.textContent()).toBe('Bezig met zoeken…');
      release();
      await expect.poll(() => summary.textContent()).toMatch(/^\d+ resultaten? voor jeugdhulp$/);
    } finally {
      // A failed step leaves no request held and no page open.
      release();
      await page.close();
    }
  });

  it('loads no filter data in the dialog, which shows no filters', async () => {
    const page = await openPage('/plannen/');
    const requests = recordRequests(page);
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    await searchInDialog(page, 'jeugd');
    expect(requests.some((path) => path.includes('/pagefind/index/'))).toBe(true);
    expect(requests.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    await page.close();
  });
});

describe('a page of results at a time', () => {
  const items = (page: Page, container: string) => page.locator(`${container} .pf-results > li`).count();

  it('browsing without words shows the first page and a button for the next, which the keyboard reaches', async () => {
    const page = await openPage('/zoeken/');
    await pageResults(page, pageSizes.page);
    expect(await resultCount(page)).toBe(entries);
    expect(await items(page, 'search-page')).toBe(pageSizes.page);
    const more = page.locator('search-page button.search-results__more');
    expect(await more.isVisible()).toBe(true);
    expect(await more.textContent()).toBe(`Meer resultaten tonen (${pageSizes.page} van ${entries})`);

    // Tab goes from the last result to the button; Enter adds the next page and moves focus to its first result.
    await page.locator('search-page .pf-result-link').last().focus();
    await page.keyboard.press('Tab');
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (count) => document.querySelectorAll('search-page .pf-results > li').length === count,
      2 * pageSizes.page,
    );
    const links = await page
      .locator('search-page .pf-result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(2 * pageSizes.page);
    await expect
      .poll(() =>
        page.evaluate(
          (at) => document.activeElement === document.querySelectorAll('search-page .pf-result-link')[at],
          pageSizes.page,
        ),
      )
      .toBe(true);
    expect(await more.textContent()).toBe(`Meer resultaten tonen (${2 * pageSizes.page} van ${entries})`);
    await page.close();
  });

  it('moves between results and the button with the arrow keys', async () => {
    const page = await openPage('/zoeken/');
    await pageResults(page, pageSizes.page);
    const last = page.locator('search-page .pf-result-link').last();
    await last.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-results__more');
    await page.keyboard.press('ArrowUp');
    expect(await last.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.close();
  });

  it('shows no button when every result fits on the page', async () => {
    const page = await openPage('/zoeken/?soort=nieuwsbrief');
    await pageResults(page);
    expect(await resultCount(page)).toBeLessThan(pageSizes.page);
    expect(await page.locator('search-page button.search-results__more').isVisible()).toBe(false);
    await page.close();
  });

  it('the dialog shows its own, shorter page and the button', async () => {
    const page = await openPage('/plannen/');
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    await searchInDialog(page, 'jeugd');
    const more = page.locator('dialog.pf-modal[open] button.search-results__more');
    await more.waitFor();
    const total = Number(/van (\d+)\)/.exec((await more.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(pageSizes.dialog);
    expect(await items(page, 'dialog.pf-modal[open]')).toBe(pageSizes.dialog);
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('dialog.pf-modal[open] .pf-results > li').length === count,
      Math.min(2 * pageSizes.dialog, total),
    );
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violation with the button shown (%s theme)', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url('/zoeken/'));
    await pageResults(page, pageSizes.page);
    await page.locator('search-page button.search-results__more').focus();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    await context.close();
  });
});

describe('no layout shift from the search page', () => {
  for (const viewport of [
    { width: 375, height: 800 },
    { width: 1280, height: 900 },
  ]) {
    it.each(['/zoeken/', '/zoeken/?q=peuters&soort=praktijkvoorbeeld', '/zoeken/?volgorde=nieuwste'])(
      `%s loads and fills in without moving anything in view (${viewport.width} px)`,
      async (path) => {
        const page = await openWatchingShifts(site.browser, site.server.url(path), viewport);
        await pageResults(page, 3);
        const seen = await shifts(page);
        expect(seen.filter((shift) => shift.main)).toEqual([]);
        await page.close();
      },
    );
  }

  it('typing a search moves no result and not the number of results; the next page moves nothing by itself', async () => {
    const page = await openWatchingShifts(site.browser, site.server.url('/zoeken/'), { width: 375, height: 800 });
    await pageResults(page, 3);
    await page.locator('search-page .pf-input').pressSequentially('kinderen', { delay: 60 });
    await page.waitForFunction(() =>
      /resultaten? voor kinderen/.test(document.querySelector('search-page pagefind-summary')?.textContent ?? ''),
    );
    await pageResults(page, 3);
    // Counting those right after a key too, which a layout shift score leaves out.
    expect((await shifts(page)).filter((shift) => shift.results)).toEqual([]);

    // The button's own page comes in below it and pushes it down, right after the click; nothing later.
    await page.locator('search-page button.search-results__more').click();
    await page.waitForFunction(() => document.querySelector('search-page .pf-results')?.matches('[aria-busy="false"]'));
    expect((await shifts(page)).filter((shift) => shift.main && !shift.input)).toEqual([]);
    await page.close();
  });

  it('typing in the header dialog moves nothing in it', async () => {
    const page = await openWatchingShifts(site.browser, site.server.url('/plannen/'), { width: 1280, height: 900 });
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    const before = (await shifts(page)).length;
    for (const word of ['kinderopvang', 'jeugd']) {
      await page.locator('dialog.pf-modal[open] .pf-input').fill('');
      await page.locator('dialog.pf-modal[open] .pf-input').pressSequentially(word, { delay: 60 });
      await searchInDialog(page, word, pageSizes.dialog);
    }
    expect((await shifts(page)).slice(before)).toEqual([]);
    await page.close();
  });
});
