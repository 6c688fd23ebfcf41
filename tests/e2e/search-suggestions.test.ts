import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { serve } from '../../scripts/lib/static-server.ts';
import { builds } from '../support/builds.ts';
import { shifts, openWatchingShifts } from '../support/layout-shifts.ts';
import { pageResults, pathOf, resultLinks, searchInDialog, suggestionsFor, suggestionsIn } from '../support/search.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { auditWidths } from '../../src/lib/accessibility-audit.ts';

/**
 * "Bedoelde u …?" with real misspellings of names on the site: on the search page and in the
 * header's dialog, by mouse and by keyboard, and what it must not do (ask for its file when a search
 * finds its words, move anything, be read out twice).
 */
const site = siteInBrowser();
const { base } = builds.sub;
const suggestionFile = `${base}zoeken/suggesties.json`;
let rootServer: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  rootServer = await serve(builds.root.dir, builds.root.base);
});
afterAll(() => rootServer?.close());

interface Watched {
  page: Page;
  /** Paths of every request. */
  requests: string[];
  /** Script errors, failed requests and Content Security Policy violations. */
  problems: string[];
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(site.server.url(path));
  return { page, requests, problems };
}

const close = (page: Page) => page.context().close();
const summaryOf = (page: Page, container: string) =>
  page.locator(`${container} pagefind-summary`).textContent() as Promise<string>;
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return { tag: active?.tagName, text: active?.textContent ?? '', value: active?.value ?? '' };
  });

/** Misspellings of a practice, a person and places, their suggestion, and a page that suggestion finds. */
const misspellings: [query: string, suggestion: string, path: string, why: string][] = [
  ['peutrplus', 'PeuterPlus', 'praktijkvoorbeelden/peuterplus-s-hertogenbosch/', 'finds nothing'],
  ['kate snelens', 'Kate Snellens', 'mensen/kate-snellens/', 'finds only the other Kate'],
  ['hertogenbosh', '’s-Hertogenbosch', 'praktijkvoorbeelden/vliegende-brigade-s-hertogenbosch/', 'finds nothing'],
  ['almlo', 'Almelo', 'organisaties/gemeente-almelo/', 'finds 53 pages with "als", Pagefind’s guess'],
];

describe('"Bedoelde u …?" on the search page', () => {
  it.each(misspellings)(
    '"%s" suggests "%s" first; following it finds %s, and Back returns (the misspelling %s)',
    async (query, suggestion, path) => {
      const { page, problems } = await open(`/zoeken/?q=${encodeURIComponent(query)}`);
      expect((await suggestionsIn(page, 'search-page'))[0]).toBe(suggestion);
      const link = page.locator('search-page .search-suggestions a').first();
      expect(await link.getAttribute('href')).toBe(
        `${base}zoeken/?q=${encodeURIComponent(suggestion).replace(/%20/g, '+')}`,
      );

      await link.click();
      await page.waitForURL((url) => url.searchParams.get('q') === suggestion);
      await page.waitForFunction(
        (term) => document.querySelector('search-page pagefind-summary')?.textContent?.includes(`voor ${term}`),
        suggestion,
      );
      const links = await pageResults(page, 5);
      expect(links.slice(0, 5).map(pathOf)).toContain(`${base}${path}`);
      expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: suggestion });
      // The suggestion is gone: the words are found now.
      await page.locator('search-page .search-suggestions a').waitFor({ state: 'detached' });
      expect(await page.title()).toMatch(new RegExp(`^${suggestion}: Zoeken`));

      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      expect(await page.locator('search-page .pf-input').inputValue()).toBe(query);
      expect((await suggestionsIn(page, 'search-page'))[0]).toBe(suggestion);
      expect(problems).toEqual([]);
      await close(page);
    },
  );

  it('keeps the filters and the order when it follows a suggestion', async () => {
    const { page } = await open('/zoeken/?q=hellendorn&soort=organisatie&volgorde=nieuwste');
    expect(await suggestionsIn(page, 'search-page')).toEqual(['Hellendoorn']);
    await page.locator('search-page .search-suggestions a').click();
    await page.waitForURL(/q=Hellendoorn/);
    expect(new URL(page.url()).search).toBe('?q=Hellendoorn&soort=organisatie&volgorde=nieuwste');
    const links = await pageResults(page, 1);
    expect(links.every((link) => link.startsWith(`${base}organisaties/`))).toBe(true);
    expect(links.map(pathOf)).toContain(`${base}organisaties/gemeente-hellendoorn/`);
    await close(page);
  });

  it('is reached and followed with the keyboard: ↓ from the field, or Tab', async () => {
    const { page } = await open('/zoeken/?q=oldenzal');
    expect(await suggestionsIn(page, 'search-page')).toEqual(['Oldenzaal']);
    await page.locator('search-page .pf-input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Oldenzaal' });
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: 'oldenzal' });
    // Tab: the field, its "Wissen" button, then the suggestion.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Oldenzaal' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Oldenzaal/);
    await pageResults(page);
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: 'Oldenzaal' });
    await close(page);
  });

  it('asks for its file only once a word is not in the index, and only once', async () => {
    const { page, requests } = await open('/zoeken/');
    await page.locator('search-page .pf-input').waitFor();
    // Words of the site, a name, a word still being typed, and a word only one page has.
    for (const query of ['jeugd', 'Kate Snellens', 'peute', 'opvoeding', 'gemeenten']) {
      await page.locator('search-page .pf-input').fill(query);
      expect(await suggestionsFor(page, 'search-page', query), query).toEqual([]);
    }
    expect(requests.filter((path) => path === suggestionFile)).toEqual([]);

    await page.locator('search-page .pf-input').fill('peutrplus');
    expect(await suggestionsFor(page, 'search-page', 'peutrplus')).toEqual(['PeuterPlus']);
    await page.locator('search-page .pf-input').fill('rysen');
    expect(await suggestionsFor(page, 'search-page', 'rysen')).toEqual(['Rijssen']);
    expect(requests.filter((path) => path === suggestionFile)).toHaveLength(1);
    await close(page);
  });

  it('is read out once, by its own live region, not by Pagefind’s announcer as well', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Every text a live region gets, as a screen reader would be told it.
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const last = new Map<Element, string>();
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')) {
          const text = region.textContent?.trim() ?? '';
          if (text !== '' && text !== last.get(region)) heard.push(text);
          last.set(region, text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(site.server.url('/zoeken/'));
    await page.locator('search-page .pf-input').fill('peutrplus');
    expect(await suggestionsFor(page, 'search-page', 'peutrplus')).toEqual(['PeuterPlus']);
    // One more letter, the same suggestion: the live region is left alone.
    await page.locator('search-page .pf-input').press('End');
    await page.keyboard.press('s');
    expect(await suggestionsFor(page, 'search-page', 'peutrpluss')).toEqual(['PeuterPlus']);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((text) => text.includes('Bedoelde u'))).toEqual(['Bedoelde u: PeuterPlus?']);
    expect(await page.locator('search-page .search-suggestions').getAttribute('role')).toBe('status');
    await context.close();
  });

  it('links to the search page of a site at the root too', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(rootServer.url('/zoeken/?q=peutrplus'));
    expect(await suggestionsIn(page, 'search-page')).toEqual(['PeuterPlus']);
    expect(await page.locator('search-page .search-suggestions a').getAttribute('href')).toBe('/zoeken/?q=PeuterPlus');
    await context.close();
  });

  it('is not printed: on paper it is a link to nowhere', async () => {
    const { page } = await open('/zoeken/?q=peutrplus');
    await suggestionsIn(page, 'search-page');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('search-page .search-suggestions').isVisible()).toBe(false);
    await close(page);
  });
});

describe('"Bedoelde u …?" in the header dialog', () => {
  it('suggests the right name first while typing, and runs its search in the dialog with Enter', async () => {
    const { page, requests, problems } = await open('/plannen/');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.keyboard.type('kate snelens', { delay: 50 });
    expect((await suggestionsIn(page, 'dialog[open]'))[0]).toBe('Kate Snellens');
    const link = page.locator('dialog[open] .search-suggestions a').first();
    expect(await link.getAttribute('href')).toBe(`${base}zoeken/?q=Kate+Snellens`);

    // ↓ in the field reaches the suggestion first, Enter runs it where the reader is.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Kate Snellens' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /resultaten? voor Kate Snellens/.test(document.querySelector('dialog[open] pagefind-summary')?.textContent ?? ''),
    );
    expect(page.url()).toBe(site.server.url('/plannen/'));
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: 'Kate Snellens' });
    await page.locator('dialog[open] .pf-results > li:first-child .pf-result-link').waitFor();
    expect((await resultLinks(page, 'dialog[open]')).map(pathOf)).toContain(`${base}mensen/kate-snellens/`);
    expect(await page.locator('.site-search__more').getAttribute('href')).toBe(`${base}zoeken/?q=Kate+Snellens`);
    await page.locator('dialog[open] .search-suggestions a').waitFor({ state: 'detached' });
    expect(requests.filter((path) => path === suggestionFile)).toHaveLength(1);
    expect(problems).toEqual([]);
    await close(page);
  });

  it('runs a suggestion tapped on a phone, and the result it finds leads to the page', async () => {
    const { page } = await open('/', { viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
    await page.locator('header button.site-search__trigger').tap();
    await page.locator('dialog.pf-modal[open] .pf-input').fill('peutrplus');
    expect(await suggestionsIn(page, 'dialog[open]')).toEqual(['PeuterPlus']);
    expect(await summaryOf(page, 'dialog[open]')).toBe('Geen resultaten voor peutrplus');
    await page.locator('dialog[open] .search-suggestions a').tap();
    const result = page.locator(
      `dialog[open] .pf-result-link[href*="/praktijkvoorbeelden/peuterplus-s-hertogenbosch/"]`,
    );
    await result.waitFor();
    await result.tap();
    await page.waitForURL(/\/jeugd\/praktijkvoorbeelden\/peuterplus-s-hertogenbosch\//);
    expect(await page.locator('h1').textContent()).toBe('PeuterPlus in ’s-Hertogenbosch');
    await close(page);
  });

  it('asks for nothing when the words are found', async () => {
    const { page, requests } = await open('/plannen/');
    await page.locator('header button.site-search__trigger').click();
    for (const query of ['kinderopvang', 'Vliegende Brigade', 'Almelo']) {
      await page.locator('dialog.pf-modal[open] .pf-input').fill(query);
      expect(await suggestionsFor(page, 'dialog[open]', query), query).toEqual([]);
    }
    expect(requests.filter((path) => path === suggestionFile)).toEqual([]);
    await close(page);
  });
});

describe('no layout shift from a suggestion', () => {
  for (const width of auditWidths) {
    it.each(['/zoeken/?q=almlo', '/zoeken/?q=peutrplus'])(
      `%s loads, fills in and suggests without moving anything in view (${width} px)`,
      async (path) => {
        const page = await openWatchingShifts(site.browser, site.server.url(path), { width, height: 800 });
        await suggestionsIn(page, 'search-page');
        expect((await shifts(page)).filter((shift) => shift.main)).toEqual([]);
        await page.close();
      },
    );
  }

  it('typing a misspelling moves no result and not the number of results', async () => {
    const page = await openWatchingShifts(site.browser, site.server.url('/zoeken/'), { width: 375, height: 800 });
    await pageResults(page, 3);
    await page.locator('search-page .pf-input').pressSequentially('twenterant', { delay: 60 });
    expect(await suggestionsIn(page, 'search-page')).toEqual(['Twenterand']);
    expect((await shifts(page)).filter((shift) => shift.results)).toEqual([]);
    await page.close();
  });

  it('typing a misspelling in the dialog moves nothing in it', async () => {
    const page = await openWatchingShifts(site.browser, site.server.url('/plannen/'), { width: 1280, height: 900 });
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    // Where the results start in the dialog, measured from its own top once it has slid in: the same
    // with a suggestion as with the results of a word that is found.
    const resultsTop = () =>
      page.locator('dialog[open] pagefind-results').evaluate(async (results) => {
        const dialog = results.closest('dialog')!;
        await Promise.all(dialog.getAnimations({ subtree: true }).map((animation) => animation.finished));
        return results.getBoundingClientRect().top - dialog.getBoundingClientRect().top;
      });
    await searchInDialog(page, 'jeugd', 3);
    const top = await resultsTop();
    const before = (await shifts(page)).length;
    await page.locator('dialog.pf-modal[open] .pf-input').fill('');
    await page.locator('dialog.pf-modal[open] .pf-input').pressSequentially('snelens', { delay: 60 });
    expect(await suggestionsIn(page, 'dialog[open]')).toEqual(['Snellens']);
    await page.locator('dialog[open] .pf-results > li:first-child .pf-result-link').waitFor();
    expect((await shifts(page)).slice(before)).toEqual([]);
    expect(await resultsTop()).toBe(top);
    await page.close();
  });
});
