import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, describeViolations, launch } from '../support/browser.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { builds, root, type BuildName } from '../support/builds.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { pageResults, pathOf, resultCount, searchInDialog } from '../support/search.ts';
import { announcePauseMs } from '../../src/lib/search/paging.ts';

let browser: Browser;
const servers = {} as Record<BuildName, Awaited<ReturnType<typeof serve>>>;

beforeAll(async () => {
  browser = await launch();
  servers.root = await serve(builds.root.dir, builds.root.base);
  servers.sub = await serve(builds.sub.dir, builds.sub.base);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

/** A fresh page that fails the test on any script error or on a request the server cannot answer. */
async function open(options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/bestaat-niet/'))
      problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

/** Queries taken from the content, and the page each must find among the first three results. */
const expectations: [query: string, path: string][] = [
  ['Kate Snellens', '/mensen/kate-snellens/'],
  ['De Akker', '/organisaties/de-akker/'],
  ['dreumes', '/praktijkvoorbeelden/dreumesarrangement-s-hertogenbosch/'],
  ['thuiszitters', '/plannen/verzuim-en-thuiszitters/'],
  ['Vliegende Brigade', '/praktijkvoorbeelden/vliegende-brigade-s-hertogenbosch/'],
];

describe.each(['root', 'sub'] as const)('searching the %s build', (name) => {
  const base = builds[name].base;
  const url = (path: string) => servers[name].url(path);

  it.each(expectations)('"%s" finds %s among the first three results', async (query, path) => {
    const { page, problems } = await open();
    await page.goto(url(`/zoeken/?q=${encodeURIComponent(query)}`));
    const links = await pageResults(page, 3);
    expect(links.slice(0, 3).map(pathOf), query).toContain(`${base}${path.slice(1)}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds the singular with the plural: "gemeenten" finds pages that only say "gemeente"', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?q=gemeenten&soort=praktijkvoorbeeld'));
    const links = await pageResults(page, 20);
    expect(links.length).toBe(await resultCount(page));
    const texts = await page.evaluate(async (links) => {
      return Promise.all(
        links.map(async (link) => {
          const html = await (await fetch(link)).text();
          return (
            new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]')?.textContent ?? ''
          );
        }),
      );
    }, links);
    const singularOnly = texts.filter((text) => /\bgemeente\b/i.test(text) && !/gemeenten/i.test(text));
    expect(singularOnly.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('finds a page by the full form of an abbreviation it only abbreviates: "voorschoolse educatie" finds "VE"', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?q=voorschoolse%20educatie'));
    const links = await pageResults(page, 3);
    const pages = await page.evaluate(async (links) => {
      return Promise.all(
        links.map(async (link) => {
          const html = await (await fetch(link)).text();
          const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
          return {
            link,
            says: /voorschoolse educatie/i.test(body?.textContent ?? ''),
            explains: [...(body?.querySelectorAll('abbr[title]') ?? [])].some((abbr) =>
              /voorschoolse educatie/i.test(abbr.getAttribute('title') ?? ''),
            ),
          };
        }),
      );
    }, links);
    const onlyAbbreviated = pages.filter((p) => !p.says && p.explains);
    expect(onlyAbbreviated.length, JSON.stringify(pages)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('narrows the results to a kind of page with a filter, and keeps it in the URL', async () => {
    const { page, problems } = await open();
    await page.goto(url('/zoeken/?q=Heerlen'));
    await pageResults(page);
    const before = await resultCount(page);
    await page.locator('search-page summary', { hasText: 'Soort' }).waitFor();
    await page.locator('search-page .pf-filter-checkbox', { hasText: 'praktijkvoorbeeld' }).locator('input').check();
    await page.waitForURL(/soort=praktijkvoorbeeld/);
    await page.waitForFunction((before) => {
      const summary = document.querySelector('search-page pagefind-summary')?.textContent ?? '';
      return Number(/(\d+) resulta/.exec(summary)?.[1] ?? before) < before;
    }, before);
    const links = await pageResults(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith(`${base}praktijkvoorbeelden/`))).toBe(true);
    const kinds = await page.locator('search-page .search-result__kind').allTextContents();
    expect(kinds.every((kind) => kind.startsWith('Praktijkvoorbeeld'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=Heerlen&soort=praktijkvoorbeeld');

    // Back returns to the search before the filter.
    await page.goBack();
    await page.waitForFunction(
      () =>
        !document.querySelector<HTMLInputElement>('search-page .pf-filter-checkbox input[value="praktijkvoorbeeld"]')
          ?.checked,
    );
    await page.waitForFunction(
      (before) =>
        /(\d+) resulta/.exec(document.querySelector('search-page pagefind-summary')?.textContent ?? '')?.[1] ===
        String(before),
      before,
    );
    expect(new URL(page.url()).search).toBe('?q=Heerlen');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('restores a search from its URL: words, filters and order', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?q=peuters&soort=praktijkvoorbeeld&plaats=Heerlen&volgorde=nieuwste'));
    // The restored filters apply after the first results: wait for them, then read every result.
    await expect
      .poll(() => page.locator('search-page .pf-filter-checkbox input[value="Heerlen"]').isChecked(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await page.locator('search-page .pf-filter-checkbox input[value="praktijkvoorbeeld"]').isChecked()).toBe(
      true,
    );
    expect(await page.locator('search-page .pf-input').inputValue()).toBe('peuters');
    expect(await page.locator('search-page select[data-sort]').inputValue()).toBe('nieuwste');
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBeLessThanOrEqual(4);
    const links = await pageResults(page, 20);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith(`${base}praktijkvoorbeelden/`))).toBe(true);
    expect(links.map(pathOf)).toContain(`${base}praktijkvoorbeelden/peuteropvang-plus-heerlen/`);
    expect(links.map(pathOf)).not.toContain(`${base}praktijkvoorbeelden/peuterplus-s-hertogenbosch/`);
    expect(await page.title()).toMatch(/^peuters: Zoeken/);
    await page.context().close();
  });

  it('browses by filter without a query, and sorts newest first', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?soort=nieuwsbrief'));
    expect((await pageResults(page)).map(pathOf)).toEqual([`${base}nieuwsbrieven/volop-beweging/`]);

    // Only two pages have a date of their own: the 2023 report first, then the 2019 newsletter,
    // then the undated pages, which are not left out.
    await page.goto(url('/zoeken/?volgorde=nieuwste'));
    const links = await pageResults(page, 3);
    expect(links.slice(0, 2).map(pathOf)).toEqual([
      `${base}bronnen/verslag-goab-themabijeenkomst-2023/`,
      `${base}nieuwsbrieven/volop-beweging/`,
    ]);
    expect(await resultCount(page)).toBe(checkContent({ root }).entries.length);
    const kinds = await page.locator('search-page .search-result__kind').allTextContents();
    expect(kinds.slice(0, 2)).toEqual(['Bron · 24 januari 2023', 'Nieuwsbrief · november 2019']);

    // Choosing the order is a step in the history too.
    await page.locator('search-page select[data-sort]').selectOption('relevantie');
    await page.waitForURL((u) => u.search === '');
    await page.goBack();
    await page.waitForURL(/volgorde=nieuwste/);
    expect(await page.locator('search-page select[data-sort]').inputValue()).toBe('nieuwste');
    await page.context().close();
  });

  it('goes to the search page under the base with Enter in the dialog field, the "Zoeken" key of a phone keyboard', async () => {
    const { page, problems } = await open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(url('/plannen/'));
    await page.locator('header button.site-search__trigger').tap();
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('pf-input'));
    // The field tells a phone to show "Zoeken" on its Enter key.
    expect(await page.locator('dialog[open] .pf-input').getAttribute('enterkeyhint')).toBe('search');
    // An empty field has nothing to search for: Enter leaves the reader where they are.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url('/plannen/'));
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(1);
    // Straight after typing, before any result is there (or chosen).
    await page.keyboard.type('jonge kind');
    await Promise.all([page.waitForURL(url('/zoeken/?q=jonge+kind')), page.keyboard.press('Enter')]);
    expect(await pageResults(page, 3)).not.toEqual([]);
    expect(await page.locator('search-page .pf-input').inputValue()).toBe('jonge kind');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens the dialog from the header, loads the bundle under the base, and highlights the words on the result', async () => {
    const { page, problems } = await open();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url('/plannen/'));
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((path) => path.includes('pagefind')),
      'nothing of the search loads with the page',
    ).toEqual([]);

    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    const links = await searchInDialog(page, 'dreumes');
    expect(requests.some((path) => path === `${base}pagefind/pagefind-component-ui.js`)).toBe(true);
    expect(requests.every((path) => !path.includes('pagefind') || path.startsWith(`${base}pagefind/`))).toBe(true);
    expect(pathOf(links[0]!)).toBe(`${base}praktijkvoorbeelden/dreumesarrangement-s-hertogenbosch/`);

    await page.locator('dialog.pf-modal[open] .pf-result-link').first().click();
    await page.waitForURL(/dreumesarrangement-s-hertogenbosch\/\?markeer=dreumes$/);
    await page.locator('article mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('article mark.pagefind-highlight').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => /dreumes/i.test(text))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the search box in the header', () => {
  const url = (path: string) => servers.sub.url(path);

  it('works with the keyboard alone: "/" opens, arrows choose, Enter follows, Escape closes', async () => {
    const { page, problems } = await open();
    // Every text the dialog's live region gets: what a screen reader reads out.
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: typeof said }).said = said;
      // When each key went down: a pause longer than the announcement's is a pause in typing.
      const keys: number[] = [];
      (window as unknown as { keys: typeof keys }).keys = keys;
      document.addEventListener('keydown', () => keys.push(performance.now()), true);
      let last = '';
      new MutationObserver(() => {
        const text = document.querySelector('dialog[open] [role="status"][data-announcer]')?.textContent?.trim() ?? '';
        if (text !== last && text !== '') said.push(text);
        last = text;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(url('/wie-doet-wat/'));

    // Typed straight after "/", while the search is still loading: no letter may get lost.
    await page.keyboard.press('/');
    await page.keyboard.type('Kate Snellens');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('pf-input'));
    // Its name starts with the text it shows, so speech input can name it (WCAG 2.5.3).
    const field = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { placeholder: input.placeholder, label: [...(input.labels ?? [])].map((l) => l.textContent).join(' ') };
    });
    expect(field.placeholder).toBe('Zoek een woord of naam');
    expect(field.label.startsWith(field.placeholder)).toBe(true);
    // A close button at every width, not only on a phone (Pagefind hides it above 640 px).
    expect(page.viewportSize()!.width).toBeGreaterThan(640);
    expect(await page.locator('dialog[open] .pf-modal-close').isVisible()).toBe(true);
    await page.waitForFunction(() =>
      /resultaten? voor Kate Snellens/.test(document.querySelector('dialog[open] pagefind-summary')?.textContent ?? ''),
    );
    // The number of results is read out when the results stop changing: from a live region in the dialog
    // (the one Pagefind has at the end of <body> is inert behind it), for screen readers only, that gets
    // the summary's text. Not "Bezig met zoeken…", and no count for "Kate S" on the way.
    const summary = page.locator('dialog[open] pagefind-summary');
    const final = (await summary.textContent())?.trim();
    const announcer = page.locator('dialog[open] [role="status"][data-announcer]');
    await expect.poll(() => announcer.textContent()).toBe(final);
    expect(await announcer.evaluate((el) => el.getBoundingClientRect().width * el.getBoundingClientRect().height)).toBe(
      1,
    );
    expect(await summary.getAttribute('role')).toBeNull();
    // Typed again letter by letter, as a person types, a search for nearly every letter: read out once
    // more, for the whole name (the same number as before, so the region was emptied in between).
    const input = page.locator('dialog[open] .pf-input');
    const heard = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    for (let attempt = 1; ; attempt++) {
      await input.fill('');
      await page.evaluate(() => {
        const state = window as unknown as { said: string[]; keys: number[] };
        state.said.length = 0;
        state.keys.length = 0;
      });
      await input.pressSequentially('Kate Snellens', { delay: 80 });
      await expect.poll(async () => (await heard()).at(-1)).toBe(final);
      // A browser that stalls between two letters for longer than the pause hears a pause in typing, and
      // rightly says what it found so far: such an attempt says nothing about typing without a pause.
      const longestGap = await page.evaluate(() => {
        const keys = (window as unknown as { keys: number[] }).keys;
        return Math.max(0, ...keys.slice(1).map((time, i) => time - keys[i]!));
      });
      if (longestGap < announcePauseMs || attempt === 3) {
        expect(longestGap, 'the browser kept pausing between letters').toBeLessThan(announcePauseMs);
        // Wait out the pause: a second announcement would come now.
        await page.waitForTimeout(announcePauseMs);
        expect(await heard()).toEqual([final]);
        break;
      }
    }

    // Results load one by one and not always in order: wait for the first one itself.
    await page.locator('dialog[open] .pf-results > li:first-child .pf-result-link').waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
    );
    expect(focused.toLowerCase()).toBe('/jeugd/mensen/kate-snellens/?markeer=kate&markeer=snellens');
    // Pagefind shows focus as a ring around the result's card, in the site's focus colour.
    await page.waitForFunction(() =>
      /rgb\(196, 54, 26\) 0px 0px 0px 3px/.test(
        getComputedStyle(document.activeElement!.closest('.pf-result-card')!).boxShadow,
      ),
    );
    await Promise.all([page.waitForURL(/\/jeugd\/mensen\/kate-snellens\//), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Kate Snellens');

    // Ctrl+K opens it too; Escape closes it and focus returns to the search button.
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.keyboard.press('Escape');
    await page
      .locator('dialog.pf-modal[open]')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.waitForFunction(() => !document.querySelector('dialog.pf-modal[open]'));
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.classList.contains('site-search__trigger') && document.activeElement.tagName,
        ),
      )
      .toBe('BUTTON');
    expect(await page.locator('header button.site-search__trigger').getAttribute('aria-expanded')).toBe('false');

    // On a fresh page, Tab reaches the button after the skip link and the site's name; Enter opens it.
    await page.reload();
    // Without JavaScript the trigger is a link to /zoeken/; wait until the script has made it a button.
    await page.locator('header button.site-search__trigger').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-search__trigger'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('dialog.pf-modal[open]').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  /** The dialog's keyboard hints as they show ("esc sluiten"). */
  const hints = (page: Page) =>
    page.locator('dialog[open] pagefind-keyboard-hints .pf-keyboard-hint').allTextContents();
  const dialogField = (page: Page) => page.locator('dialog[open] .pf-input');
  /**
   * Waits until the dialog has closed: the button says so once the dialog's `close` event has run, a
   * moment after the dialog lost its `open`; until then a shortcut still finds it open.
   */
  const closed = (page: Page) => page.locator('header button.site-search__trigger[aria-expanded="false"]').waitFor();

  it('empties a field with words on the first Escape and closes on the next, as its hint says', async () => {
    const { page, problems } = await open();
    await page.goto(url('/wie-doet-wat/'));
    await page.locator('header button.site-search__trigger').waitFor();
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('pf-input'));
    await expect.poll(() => hints(page)).toEqual(['↓ navigeren', 'esc sluiten']);
    await searchInDialog(page, 'jonge kind');
    await expect.poll(() => hints(page)).toEqual(['↓ navigeren', 'esc wissen']);

    // The first Escape empties the field and the dialog stays, with focus in the field; a screen reader hears it.
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(1);
    expect(await dialogField(page).inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
    await expect
      .poll(() => page.locator('dialog[open] [role="status"][data-announcer]').textContent())
      .toBe('Het zoekveld is leeg. Met Escape gaat het zoekvenster dicht.');
    await expect.poll(() => page.locator('dialog[open] .pf-results > li').count()).toBe(0);
    await expect.poll(() => hints(page)).toEqual(['↓ navigeren', 'esc sluiten']);

    // The second closes it, and focus returns to the search button.
    await page.keyboard.press('Escape');
    await closed(page);
    expect(await page.evaluate(() => document.activeElement?.matches('button.site-search__trigger'))).toBe(true);
    expect(await page.locator('header button.site-search__trigger').getAttribute('aria-expanded')).toBe('false');

    // On a result, Escape closes at once (the hint there says so), and the words stay.
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await searchInDialog(page, 'jonge kind');
    await page.locator('dialog[open] .pf-results > li:first-child .pf-result-link').waitFor();
    await dialogField(page).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))).toBe(true);
    await expect.poll(() => hints(page)).toContain('esc sluiten');
    await page.keyboard.press('Escape');
    await closed(page);
    expect(await page.evaluate(() => document.activeElement?.matches('button.site-search__trigger'))).toBe(true);
    expect(await page.locator('dialog.pf-modal .pf-input').inputValue()).toBe('jonge kind');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('selects the words left in the field when it opens again: typing replaces them, an arrow key keeps them', async () => {
    const { page, problems } = await open();
    await page.goto(url('/wie-doet-wat/'));
    await page.locator('header button.site-search__trigger').waitFor();
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await searchInDialog(page, 'jonge kind');
    // Closed with the close button: the words stay.
    await page.locator('dialog[open] .pf-modal-close').click();
    await closed(page);

    const selection = () =>
      page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        return input.classList.contains('pf-input') && [input.selectionStart, input.selectionEnd];
      });
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await expect.poll(selection).toEqual([0, 'jonge kind'.length]);
    await page.keyboard.type('regie');
    expect(await dialogField(page).inputValue()).toBe('regie');
    await page.waitForFunction(() =>
      /resultaten? voor regie/.test(document.querySelector('dialog[open] pagefind-summary')?.textContent ?? ''),
    );
    await page.locator('dialog[open] .pf-modal-close').click();
    await closed(page);

    // Ctrl+K and the button do the same; an arrow key keeps the words and goes on after them.
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await expect.poll(selection).toEqual([0, 'regie'.length]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' jonge kind');
    expect(await dialogField(page).inputValue()).toBe('regie jonge kind');
    await page.locator('dialog[open] .pf-modal-close').click();
    await closed(page);
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    await expect.poll(selection).toEqual([0, 'regie jonge kind'.length]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('does not take "/" away from someone typing in a field', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/'));
    await page.locator('search-page .pf-input').waitFor();
    await page.locator('search-page .pf-input').fill('');
    await page.locator('search-page .pf-input').pressSequentially('0/4');
    expect(await page.locator('search-page .pf-input').inputValue()).toBe('0/4');
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(0);
    await page.context().close();
  });

  // WCAG 2.1.4: a shortcut of one character key can be switched off; one with Ctrl or ⌘ may stay.
  it('lets a visitor switch "/" off on the accessibility page; Ctrl+K keeps working, and "/" can come back', async () => {
    const { page, problems } = await open();
    await page.goto(url('/toegankelijkheid/'));
    const setting = page.getByRole('checkbox', { name: 'Het zoekvenster opent met de toets /' });
    expect(await setting.isChecked()).toBe(true);
    await setting.uncheck();

    await page.goto(url('/wie-doet-wat/'));
    const button = page.locator('header button.site-search__trigger');
    await button.waitFor();
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    expect(await page.locator('.site-search__key').evaluate((kbd) => getComputedStyle(kbd).visibility)).toBe('hidden');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    // Long enough for the dialog to open if the key still opened it (it does so within this test above).
    await page.waitForTimeout(1000);
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal[open]').waitFor();

    await page.goto(url('/toegankelijkheid/'));
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await page.goto(url('/wie-doet-wat/'));
    await button.waitFor();
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open]').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a name typed on a phone to its page in a tap', async () => {
    const { page, problems } = await open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(url('/'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('header button.site-search__trigger').tap();
    await page.locator('dialog.pf-modal[open]').waitFor();
    const box = await page.locator('dialog.pf-modal[open]').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    const links = await searchInDialog(page, 'De Akker');
    expect(links.slice(0, 3).map(pathOf)).toContain('/jeugd/organisaties/de-akker/');
    await page.locator('dialog.pf-modal[open] .pf-result-link[href*="/organisaties/de-akker/"]').tap();
    await page.waitForURL(/\/jeugd\/organisaties\/de-akker\//);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits the search page on a phone, results and filters included', async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(url('/zoeken/?q=peuters'));
    await pageResults(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the search page', () => {
  const url = (path: string) => servers.sub.url(path);

  it('goes Back to the word that was typed, not to what was left of it while deleting', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/'));
    const field = page.locator('search-page .pf-input');
    const query = () => new URL(page.url()).searchParams.get('q') ?? '';
    await field.pressSequentially('jeugd');
    await expect.poll(query).toBe('jeugd');
    // Letter by letter, each one searched: the entry is replaced as the word gets shorter.
    for (const left of ['jeug', 'jeu', 'je', 'j']) {
      await field.press('Backspace');
      await expect.poll(query).toBe(left);
    }
    await field.press('Backspace');
    await expect.poll(query).toBe('');
    await field.pressSequentially('zorg');
    await expect.poll(query).toBe('zorg');
    await page.goBack();
    await expect.poll(query).toBe('');
    await page.goBack();
    await expect.poll(query).toBe('jeugd');
    await expect.poll(() => field.inputValue()).toBe('jeugd');
    await page.context().close();
  });

  it('keeps keyboard focus on the page when unticking a filter makes its box disappear', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?q=xyzzyqq&soort=praktijkvoorbeeld'));
    // Nothing is found: only the ticked box is left in the pane.
    const box = page.locator('search-page .pf-filter-checkbox input[value="praktijkvoorbeeld"]');
    await expect.poll(() => box.isChecked(), { timeout: 15_000 }).toBe(true);
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filters-kop');
    await page.context().close();
  });

  it('drops a filter value from an old link that the index does not have, and searches with the rest', async () => {
    const { page } = await open();
    await page.goto(url('/zoeken/?q=peuters&soort=praktijkvoorbeeld&plaats=Nergenshuizen'));
    await expect.poll(() => new URL(page.url()).searchParams.getAll('plaats'), { timeout: 15_000 }).toEqual([]);
    expect(new URL(page.url()).searchParams.get('soort')).toBe('praktijkvoorbeeld');
    const links = await pageResults(page, 20);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith(`${builds.sub.base}praktijkvoorbeelden/`))).toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation with results and every filter group open (%s theme)',
    async (colorScheme) => {
      const { page } = await open({ colorScheme });
      await page.goto(url('/zoeken/?q=peuters&soort=praktijkvoorbeeld'));
      await pageResults(page);
      for (const group of await page.locator('search-page details.pf-filter-group').all()) {
        if ((await group.isVisible()) && (await group.getAttribute('open')) === null)
          await group.locator('summary').click();
      }
      await page.waitForFunction(
        () => document.querySelectorAll('search-page details.pf-filter-group[open]').length >= 2,
      );
      const violations = await axeViolations(page);
      expect(violations, describeViolations(page.url(), violations)).toEqual([]);
      // The search follows the site's theme.
      const colours = await page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        input: getComputedStyle(document.querySelector('search-page .pf-input')!).backgroundColor,
      }));
      expect(colours.input).toBe(colours.page);
      // And a theme chosen on the site (data-theme) over the system's.
      const flipped = await page.evaluate((scheme) => {
        document.documentElement.dataset.theme = scheme === 'light' ? 'dark' : 'light';
        return {
          page: getComputedStyle(document.body).backgroundColor,
          input: getComputedStyle(document.querySelector('search-page .pf-input')!).backgroundColor,
        };
      }, colorScheme);
      expect(flipped.input).toBe(flipped.page);
      expect(flipped.page).not.toBe(colours.page);
      await page.context().close();
    },
  );

  it('has no axe violation in the header dialog with results', async () => {
    const { page } = await open({ colorScheme: 'dark' });
    await page.goto(url('/'));
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    await searchInDialog(page, 'jeugdhulp');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    await page.context().close();
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      // Every change of what the live regions say, as a screen reader would hear it, and when each key
      // went down: a pause longer than the announcement's is a pause in typing.
      const state = { heard: [] as string[], keys: [] as number[] };
      (window as unknown as { state: typeof state }).state = state;
      document.addEventListener('keydown', () => state.keys.push(performance.now()), true);
      let last = '';
      new MutationObserver(() => {
        const now = [...document.querySelectorAll('[data-pagefind-announcer] [aria-live]')]
          .map((r) => r.textContent?.trim())
          .filter(Boolean)
          .join(' ');
        if (now !== last && now !== '') state.heard.push(now);
        last = now;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const heard = () => page.evaluate(() => (window as unknown as { state: { heard: string[] } }).state.heard);
    const counts = async () => (await heard()).filter((t) => /\d+ resultaten? voor thuiszitters/.test(t)).length;
    await page.goto(url('/zoeken/'));
    // Here the header's button goes to the page's own field: it announces no dialog.
    const trigger = page.locator('header button.site-search__trigger');
    await trigger.waitFor();
    expect(await trigger.getAttribute('aria-haspopup')).toBeNull();
    // Typed letter by letter, as a person types: the count is read out for the word, not for every letter.
    const input = page.locator('search-page .pf-input');
    for (let attempt = 1; ; attempt++) {
      await input.fill('');
      await page.evaluate(() => {
        const { state } = window as unknown as { state: { heard: string[]; keys: number[] } };
        state.heard.length = 0;
        state.keys.length = 0;
      });
      await input.pressSequentially('thuiszitters', { delay: 80 });
      await expect.poll(counts).toBeGreaterThan(0);
      // A browser that stalls between two letters for longer than the pause hears a pause in typing, and
      // rightly says what it found so far: such an attempt says nothing about typing without a pause.
      const longestGap = await page.evaluate(() => {
        const { keys } = (window as unknown as { state: { keys: number[] } }).state;
        return Math.max(0, ...keys.slice(1).map((time, i) => time - keys[i]!));
      });
      if (longestGap < announcePauseMs || attempt === 3) {
        expect(longestGap, 'the browser kept pausing between letters').toBeLessThan(announcePauseMs);
        expect((await heard()).filter((t) => /resultaten? voor thuiszitter?\b|voor thu\b/.test(t))).toEqual([]);
        break;
      }
    }
    const before = await counts();
    // Choosing a filter changes the results, and that is announced too.
    await page.locator('search-page .pf-filter-checkbox input[value="plan"]').check();
    await expect.poll(counts).toBeGreaterThan(before);
    await page.context().close();
  });

  it('without JavaScript, lists the overview of every collection', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(url('/zoeken/'));
    expect(await page.locator('search-page [data-ui]').isVisible()).toBe(false);
    const links = await page
      .locator('search-page [data-browse] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/jeugd/praktijkvoorbeelden/');
    expect(links).toContain('/jeugd/wie-doet-wat/');
    expect(links.length).toBe(10);
    // The header's search is a plain link to this page.
    expect(await page.locator('header site-search a').getAttribute('href')).toBe('/jeugd/zoeken/');
    // Without scripts "/" does nothing, so the link shows no hint at it.
    expect(await page.locator('header site-search .site-search__key').count()).toBe(1);
    expect(await page.locator('header site-search .site-search__key').isVisible()).toBe(false);
    await page.context().close();
  });

  it('keeps the header usable at 320 px with the search in it', async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/zoeken/', '/mensen/kate-snellens/']) {
      await page.goto(url(path));
      const box = await page.locator('header button.site-search__trigger').boundingBox();
      expect(box, path).not.toBeNull();
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(320);
      expect(box!.height, path).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });
});
