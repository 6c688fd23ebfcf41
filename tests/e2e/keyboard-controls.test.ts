import { describe, expect, it } from 'vitest';
import { focusableKeys, focused, walk } from '../support/keyboard.ts';
import { pageResults, searchInDialog } from '../support/search.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { auditWidths } from '../../src/lib/accessibility-audit.ts';

const site = siteInBrowser();

/**
 * Page types with every kind of control the site has: menus, the search, the theme switch,
 * scrollable tables, the diagram, checkboxes, and the search page with its filters and results.
 */
const pages = [
  '/',
  '/wie-doet-wat/',
  '/teams/procesteam-ontwikkeltafel-1/',
  '/plannen/het-jonge-kind/',
  '/praktijkvoorbeelden/vergelijken/',
  '/toegankelijkheid/',
  '/zoeken/?q=dreumes',
];

describe('every control can be reached with Tab, shows focus, and lets focus go', () => {
  for (const width of auditWidths) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(site.server.url(path));
      // Every result loaded first: Pagefind fills in a result when it scrolls into view.
      if (path.startsWith('/zoeken/')) await pageResults(page, 100);
      const expected = await focusableKeys(page);
      const forward = await walk(page, 'forward');
      expect(forward.map((s) => s.key)).toEqual(expected);
      const invisible = forward.filter((s) => !s.visible).map((s) => `${s.key} "${s.label}"`);
      expect(invisible, 'focus indicator missing').toEqual([]);
      expect(forward[0]?.label).toBe('Naar de inhoud');
      expect(forward.map((s) => s.label)).toEqual(
        expect.arrayContaining(['Donkere modus', 'Ontwikkeltafels', 'Toegankelijkheid', 'Privacy']),
      );
      const backward = await walk(page, 'backward');
      expect(backward.map((s) => s.key)).toEqual([...expected].reverse());
      await page.close();
    });
  }
});

describe('the header with the keyboard', () => {
  it('goes skip link → site name → search → theme switch → menu, and Space switches the theme', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url('/plannen/'));
    const labels: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      labels.push((await focused(page))?.label ?? '');
    }
    expect(labels).toEqual([
      'Naar de inhoud',
      'Kennisbank Jeugd Twente',
      'Zoeken/',
      'Donkere modus',
      'Ontwikkeltafels',
    ]);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page))?.label).toBe('Donkere modus');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('theme-toggle button').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/wie-doet-wat/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });
});

describe('the search with the keyboard', () => {
  it('opens from the header with Enter, lets Tab move through the dialog, closes with Escape and gives focus back', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/begrippen/'));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.label).toBe('Zoeken/');
    await page.keyboard.press('Enter');
    await page.locator('dialog.pf-modal[open]').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('pf-input'));
    await searchInDialog(page, 'dreumes', 2);

    // Tab goes through the dialog's controls (a modal keeps focus inside until it closes).
    const inside: string[] = [];
    for (let i = 0; i < 40 && !inside.includes('Alle resultaten, met filters'); i++) {
      await page.keyboard.press('Tab');
      const inDialog = await page.evaluate(() => document.activeElement?.closest('dialog.pf-modal[open]') !== null);
      expect(inDialog).toBe(true);
      inside.push((await focused(page))?.label ?? '');
    }
    expect(inside).toContain('Wissen');
    expect(inside).toContain('Alle resultaten, met filters');
    expect(
      inside.some((label) => /dreumes/i.test(label)),
      'a result link',
    ).toBe(true);

    // Escape closes it (the first press may clear the field, as Pagefind's hint says), focus returns.
    for (let i = 0; i < 3 && (await page.locator('dialog.pf-modal[open]').count()) > 0; i++)
      await page.keyboard.press('Escape');
    expect(await page.locator('dialog.pf-modal[open]').count()).toBe(0);
    expect((await focused(page))?.label).toBe('Zoeken/');
    // And Tab carries on through the header: no trap.
    await page.keyboard.press('Tab');
    expect((await focused(page))?.label).toBe('Donkere modus');
    await page.close();
  });

  it('reaches and operates the filters and the order on the search page, and keeps them in the URL', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/zoeken/?q=peuters'));
    await pageResults(page, 3);
    const checkbox = page.locator('search-page .pf-filter-checkbox input[value="praktijkvoorbeeld"]');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await checkbox.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab reaches the filter for practice examples').toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/soort=praktijkvoorbeeld/);
    expect(await checkbox.isChecked()).toBe(true);

    const sort = page.locator('search-page select[data-sort]');
    await sort.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/volgorde=/);
    await page.close();
  });
});
