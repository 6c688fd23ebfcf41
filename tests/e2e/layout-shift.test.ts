import { describe, expect, it } from 'vitest';
import { shifts, totalShift, watchShifts } from '../support/layout-shifts.ts';
import { serveInTwoParts } from '../support/slow-page.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { auditWidths } from '../../src/lib/accessibility-audit.ts';

const site = siteInBrowser();

/**
 * Pages whose parts appear when their script runs (the theme switch on every page, the checkboxes
 * of the comparison, the search button) keep their place from the first paint: nothing moves.
 */
const pages = ['/', '/plannen/het-jonge-kind/', '/praktijkvoorbeelden/vergelijken/', '/wie-doet-wat/', '/begrippen/'];

/** A page that records every layout shift from its start (see watchShifts). */
async function pageWatchingShifts(viewport: { width: number; height: number }) {
  const page = await site.browser.newPage({ viewport });
  await watchShifts(page);
  return page;
}

describe('no layout shift while a page loads', () => {
  for (const width of auditWidths) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await pageWatchingShifts({ width, height: 800 });
      await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
      // Custom elements are defined and have run; let the browser paint and report.
      const shift = totalShift(await shifts(page));
      expect(shift.value, shift.moved.join('\n')).toBe(0);
      await page.close();
    });
  }

  // Over a slow connection the browser paints what has arrived. A header painted without the theme
  // switch had the search button at the far end, which then moved aside (seen on a busy machine).
  // The pause is long beside the 300 ms this test waits for frames, so a slow start cannot end it.
  it('a page whose header arrives in two parts is first painted with the whole header', async () => {
    const slow = await serveInTwoParts(site.server.origin, {
      pathname: new URL(site.server.url('/begrippen/')).pathname,
      splitBefore: '<theme-toggle',
      pauseMs: 2000,
    });
    const page = await pageWatchingShifts({ width: 1280, height: 800 });
    const loading = page.goto(slow.url, { waitUntil: 'networkidle' });
    try {
      await slow.firstPartSent;
      await page.waitForURL(slow.url, { waitUntil: 'commit' });
      // Two frames, if the browser renders at all before the rest of the page arrives.
      const framesBeforeTheRest = await page.evaluate(() =>
        Promise.race([
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
          new Promise((resolve) => setTimeout(() => resolve(false), 300)),
        ]),
      );
      // Chromium does not always paint what the first frames hold, so the shift alone would catch a
      // half-painted header now and then: no frame at all until the header is whole is the rule.
      expect(framesBeforeTheRest, 'a frame was rendered with half the header').toBe(false);
      await loading;
      const shift = totalShift(await shifts(page));
      expect(shift.value, shift.moved.join('\n')).toBe(0);
    } finally {
      await loading.catch(() => undefined);
      await page.close();
      await slow.close();
    }
  });
});
