import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { movedPages } from '../../src/lib/moved-pages.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: { text: string; href: string | null }) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return el ? { text: (el.textContent ?? '').trim(), href: el.getAttribute('href') } : null;
    });
    if (focused && matches(focused)) return focused;
  }
  throw new Error('Tab never reached the element');
}

describe('walking the site with the keyboard alone (under /jeugd/)', () => {
  it('goes from the home page via the menu to a person and their team, with visible focus and no axe violation', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const visited: string[] = [];
    const check = async () => {
      visited.push(page.url());
      const violations = await axeViolations(page);
      expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    };

    await page.goto(site.server.url('/'));
    await check();

    // The first Tab reaches the skip link, and it moves focus into the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await tabTo(page, (el) => el.text === 'Wie doet wat');
    await Promise.all([page.waitForURL(/\/jeugd\/wie-doet-wat\/$/), page.keyboard.press('Enter')]);
    await check();

    // Kate Snellens sits on two teams; the first people on the page are board sponsors, who sit on none.
    await tabTo(page, (el) => (el.href ?? '').endsWith('/mensen/kate-snellens/'), 150);
    await Promise.all([page.waitForURL(/\/jeugd\/mensen\/kate-snellens\/$/), page.keyboard.press('Enter')]);
    await check();

    await tabTo(page, (el) => (el.href ?? '').includes('/teams/'));
    await Promise.all([page.waitForURL(/\/jeugd\/teams\/[a-z0-9-]+\/$/), page.keyboard.press('Enter')]);
    await check();
    expect(await page.locator('h1').textContent()).toBeTruthy();

    expect(visited).toHaveLength(4);
    await page.close();
  });

  it('shows the 404 page for an unknown address, with a way back', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.server.url('/bestaat-niet/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(await page.locator('main a').first().getAttribute('href')).toBe('/jeugd/');
    await page.close();
  });

  it('takes a visitor who shortens an address to a folder on to the page that lists it, and Back where they were', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/teams/procesteam-ontwikkeltafel-1/'));
    await page.goto(site.server.url('/teams/'));
    await page.waitForURL(site.server.url('/wie-doet-wat/'));
    expect(await page.locator('h1').textContent()).toBe('Wie doet wat');
    // The page in between is left out of the history: Back does not bounce forward again.
    await page.goBack();
    expect(page.url()).toBe(site.server.url('/teams/procesteam-ontwikkeltafel-1/'));
    await page.close();
  });

  it('shows a browser that does not follow the refresh a page with the link on, and no axe violation', async () => {
    const page = await site.browser.newPage();
    for (const { from, to, label } of movedPages) {
      const url = site.server.url(from);
      const refresh = /<meta http-equiv="refresh"[^>]*>/;
      // As a browser shows it that blocks the refresh (a setting some readers turn on).
      await page.route(url, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        expect(html, from).toMatch(refresh);
        await route.fulfill({ response, body: html.replace(refresh, '') });
      });
      await page.goto(url);
      expect(await page.locator('h1').textContent()).toBe(`Verder naar ${label}`);
      expect(await page.locator('main').getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(
        new URL(site.server.url(to)).pathname,
      );
      const violations = await axeViolations(page);
      expect(violations, describeViolations(from, violations)).toEqual([]);
      expect(page.url()).toBe(url);
    }
    await page.close();
  });
});
