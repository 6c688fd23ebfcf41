import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser';

const site = siteInBrowser();

/**
 * Pages whose parts appear when their script runs (the theme switch on every page, the checkboxes
 * of the comparison, the search button) keep their place from the first paint: nothing moves.
 */
const pages = ['/', '/plannen/het-jonge-kind/', '/praktijkvoorbeelden/vergelijken/', '/wie-doet-wat/', '/begrippen/'];

describe('no layout shift while a page loads', () => {
  for (const width of [375, 1280]) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
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
      await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
      // Custom elements are defined and have run; let the browser paint and report.
      await page.evaluate(
        () =>
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
      );
      const shift = await page.evaluate(
        () => (window as unknown as { __shift: { value: number; sources: string[] } }).__shift,
      );
      expect(shift.value, shift.sources.join('\n')).toBe(0);
      await page.close();
    });
  }
});
