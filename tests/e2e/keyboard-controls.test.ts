import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser';
import { builds } from '../support/builds';
import { focusableKeys, focused, walk } from '../support/keyboard';
import { serve } from '../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  browser = await launch();
  server = await serve(builds.sub.dir, builds.sub.base);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Page types with every kind of control the site has: menus, the theme switch, scrollable tables, the diagram, checkboxes. */
const pages = ['/', '/wie-doet-wat/', '/teams/procesteam-ontwikkeltafel-1/', '/plannen/het-jonge-kind/', '/praktijkvoorbeelden/vergelijken/', '/toegankelijkheid/'];

describe('every control can be reached with Tab, shows focus, and lets focus go', () => {
  for (const width of [375, 1280]) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(server.url(path));
      const expected = await focusableKeys(page);
      const forward = await walk(page, 'forward');
      expect(forward.map((s) => s.key)).toEqual(expected);
      const invisible = forward.filter((s) => !s.visible).map((s) => `${s.key} "${s.label}"`);
      expect(invisible, 'focus indicator missing').toEqual([]);
      expect(forward[0]?.label).toBe('Naar de inhoud');
      expect(forward.map((s) => s.label)).toEqual(expect.arrayContaining(['Donkere modus', 'Ontwikkeltafels', 'Toegankelijkheid', 'Privacy']));
      const backward = await walk(page, 'backward');
      expect(backward.map((s) => s.key)).toEqual([...expected].reverse());
      await page.close();
    });
  }
});

describe('the header with the keyboard', () => {
  it('goes skip link → site name → theme switch → menu, and Space switches the theme', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url('/plannen/'));
    const labels: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      labels.push((await focused(page))?.label ?? '');
    }
    expect(labels).toEqual(['Naar de inhoud', 'Kennisbank Jeugd Twente', 'Donkere modus', 'Ontwikkeltafels']);
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
    const page = await browser.newPage();
    await page.goto(server.url('/wie-doet-wat/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });
});
