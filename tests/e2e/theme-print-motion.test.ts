import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { themeStorageKey } from '../../src/lib/theme.ts';
import { pageResults, searchInDialog } from '../support/search.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

/**
 * Records, from before any of the page's own scripts run, the moment `data-theme` is set on
 * <html>, and whether it was set when the parser inserted <body>. Together with the first-paint
 * time this shows whether a wrong theme could have been seen.
 */
const recordThemeTiming = () => {
  // Runs before the page's scripts, so before theme-init.js.
  const record = { themeAt: -1, themeWhenBodyInserted: null as string | null, bodyInserted: false };
  (globalThis as unknown as { __theme: typeof record }).__theme = record;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.attributeName === 'data-theme' && record.themeAt < 0)
        record.themeAt = performance.now();
      for (const node of mutation.addedNodes) {
        if (node.nodeName === 'BODY' && !record.bodyInserted) {
          record.bodyInserted = true;
          record.themeWhenBodyInserted = document.documentElement.getAttribute('data-theme');
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-theme'] });
};

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
const pressed = (page: Page) => page.locator('theme-toggle button').getAttribute('aria-pressed');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the theme toggle', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordThemeTiming);
  });
  afterAll(() => context?.close());

  it('follows the system setting until the visitor chooses', async () => {
    const page = await context.newPage();
    await page.goto(site.server.url('/'));
    expect(await themeOf(page)).toBeNull();
    expect(await pressed(page)).toBe('false');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(
      () => document.querySelector('theme-toggle button')?.getAttribute('aria-pressed') === 'true',
    );
    expect(await pressed(page), 'the switch shows the system setting as it changes').toBe('true');
    expect(await background(page)).toBe('rgb(20, 24, 29)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('is a labelled button that switches with the keyboard, and remembers the choice in localStorage, not a cookie', async () => {
    const page = await context.newPage();
    await page.goto(site.server.url('/plannen/'));
    const button = page.getByRole('button', { name: 'Donkere modus' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await pressed(page)).toBe('true');
    expect(await themeOf(page)).toBe('dark');
    expect(await background(page)).toBe('rgb(20, 24, 29)');
    expect(await page.evaluate((key) => localStorage.getItem(key), themeStorageKey)).toBe('dark');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.close();
  });

  it('keeps the choice across a reload and on other pages, set before the first paint', async () => {
    const page = await context.newPage();
    await page.goto(site.server.url('/wie-doet-wat/'));
    await page.reload();
    expect(await themeOf(page)).toBe('dark');
    expect(await pressed(page)).toBe('true');
    const timing = await page.evaluate(async () => {
      const record = (globalThis as unknown as { __theme: { themeAt: number; themeWhenBodyInserted: string | null } })
        .__theme;
      // With everything from the cache the load event can come before the first paint: wait for it.
      const firstPaint = await Promise.race([
        new Promise<number>((resolve) =>
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntries().find((entry) => entry.name === 'first-paint');
            if (paint) {
              observer.disconnect();
              resolve(paint.startTime);
            }
          }).observe({ type: 'paint', buffered: true }),
        ),
        new Promise<undefined>((resolve) => setTimeout(resolve, 5_000)),
      ]);
      return { ...record, firstPaint };
    });
    expect(timing.themeWhenBodyInserted, 'data-theme is set before <body> exists').toBe('dark');
    expect(timing.themeAt).toBeGreaterThanOrEqual(0);
    expect(timing.firstPaint).toBeDefined();
    expect(timing.themeAt, 'data-theme is set before the first paint').toBeLessThan(timing.firstPaint!);
    await page.close();
  });

  it('switches back to light and keeps that too, even when the system is dark', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.server.url('/'));
    await page.getByRole('button', { name: 'Donkere modus' }).click();
    expect(await pressed(page)).toBe('false');
    await page.reload();
    expect(await themeOf(page)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('is hidden when scripts do not run, and the page then follows the system setting', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await noScript.newPage();
    await page.goto(site.server.url('/'));
    expect(await page.locator('theme-toggle button').isVisible()).toBe(false);
    expect(await background(page)).toBe('rgb(20, 24, 29)');
    await noScript.close();
  });
});

describe('prefers-reduced-motion', () => {
  const transitions = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')]
          .filter(
            (style) =>
              style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none',
          )
          .map(() => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '')),
      ),
    );

  it('leaves the small transitions in place normally, and switches every one off when asked, the search included', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/'));
    expect(await transitions(page), 'the theme switch animates without the setting').not.toEqual([]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transitions(page)).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

    // Pagefind's dialog and its results, while loading and loaded.
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    expect(await transitions(page)).toEqual([]);
    await searchInDialog(page, 'peuters', 3);
    expect(await transitions(page)).toEqual([]);
    await page.close();
  });
});

describe('print styles', () => {
  /** One page of every type: home, an index, an entry of each kind, the statement, the 404 page. */
  const pages = [
    '/',
    '/plannen/',
    '/plannen/regie/',
    '/nieuwsbrieven/volop-beweging/',
    '/praktijkvoorbeelden/peuterplus-s-hertogenbosch/',
    '/wie-doet-wat/',
    '/teams/procesteam-ontwikkeltafel-1/',
    '/mensen/kate-snellens/',
    '/organisaties/gemeente-almelo/',
    '/begrippen/',
    '/bronnen/plan-van-aanpak-het-jonge-kind/',
    '/ondersteuningsniveaus/basis/',
    '/toegankelijkheid/',
    '/zoeken/?q=peuters',
    '/bestaat-niet/',
  ];

  it.each(pages)(
    '%s prints black on white, without header, navigation, footer or theme switch, with links written out',
    async (path) => {
      const context = await site.browser.newContext({ colorScheme: 'dark' });
      await context.addInitScript((key) => localStorage.setItem(key, 'dark'), themeStorageKey);
      const page = await context.newPage();
      await page.goto(site.server.url(path));
      if (path.startsWith('/zoeken/')) await pageResults(page, 3);
      expect(await themeOf(page), 'even with dark chosen').toBe('dark');
      await page.emulateMedia({ media: 'print' });
      const result = await page.evaluate(() => {
        const hidden = (selector: string) =>
          [...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).display === 'none');
        const dark = [...document.querySelectorAll('body, body *')].filter((el) => {
          if (!el.checkVisibility()) return false;
          const style = getComputedStyle(el);
          const bg = style.backgroundColor;
          const [r = 255, g = 255, b = 255, a = 1] = (bg.match(/[\d.]+/g) ?? []).map(Number);
          return a > 0 && (r + g + b) / 3 < 200;
        });
        const link = [...document.querySelectorAll('main a[href]:not([href^="#"]):not([href^="mailto:"])')][0];
        return {
          chromeHidden:
            hidden('.site-header') &&
            hidden('.site-footer') &&
            hidden('.skip-link') &&
            hidden('.breadcrumbs') &&
            hidden('theme-toggle'),
          // The page's address: the layout's own line, or the page's own (a newsletter edition), once.
          addresses: [...document.querySelectorAll('.print-address, .print-only')]
            .filter((el) => el.checkVisibility())
            .map((el) => el.textContent),
          text: getComputedStyle(document.body).color,
          background: getComputedStyle(document.body).backgroundColor,
          dark: dark.map((el) => el.tagName),
          linkAfter: link ? getComputedStyle(link, '::after').content : undefined,
          // Markdown links print their full address (hast-print-addresses), other links their path.
          linkHref: link?.getAttribute('data-print-href') ?? link?.getAttribute('href'),
        };
      });
      expect(result.chromeHidden).toBe(true);
      // The 404 page is served at any missing address: it has none of its own to print.
      expect(result.addresses, 'the page address is printed once').toEqual(
        path === '/bestaat-niet/' ? [] : [expect.stringMatching(/ op https:\/\/kennisbank\.example\/jeugd\//)],
      );
      expect(result.text).toBe('rgb(0, 0, 0)');
      expect(result.background).toBe('rgb(255, 255, 255)');
      expect(result.dark, 'no dark backgrounds').toEqual([]);
      if (result.linkHref) expect(result.linkAfter).toBe(`" (${result.linkHref})"`);
      await context.close();
    },
  );
});
