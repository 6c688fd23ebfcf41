import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveInTwoParts } from '../support/slow-page';
import { siteInBrowser } from '../support/site-in-browser';

const site = siteInBrowser();

/**
 * Pages whose parts appear when their script runs (the theme switch on every page, the checkboxes
 * of the comparison, the search button) keep their place from the first paint: nothing moves.
 */
const pages = ['/', '/plannen/het-jonge-kind/', '/praktijkvoorbeelden/vergelijken/', '/wie-doet-wat/', '/begrippen/'];

/** A page that adds up every layout shift from its start, with the elements that moved. */
async function pageCountingShifts(viewport: { width: number; height: number }) {
  const page = await site.browser.newPage({ viewport });
  await page.addInitScript(() => {
    const total = { value: 0, sources: [] as string[] };
    (window as unknown as { __shift: typeof total }).__shift = total;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        total.value += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          total.sources.push(node instanceof Element ? node.outerHTML.slice(0, 80) : String(node?.nodeName));
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** The shifts added up so far, once the browser has painted and reported. */
async function shiftsSoFar(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
  );
  return page.evaluate(() => (window as unknown as { __shift: { value: number; sources: string[] } }).__shift);
}

describe('no layout shift while a page loads', () => {
  for (const width of [375, 1280]) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await pageCountingShifts({ width, height: 800 });
      await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
      // Custom elements are defined and have run; let the browser paint and report.
      const shift = await shiftsSoFar(page);
      expect(shift.value, shift.sources.join('\n')).toBe(0);
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
    const page = await pageCountingShifts({ width: 1280, height: 800 });
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
      const shift = await shiftsSoFar(page);
      expect(shift.value, shift.sources.join('\n')).toBe(0);
    } finally {
      await loading.catch(() => undefined);
      await page.close();
      await slow.close();
    }
  });
});
