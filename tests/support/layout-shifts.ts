import type { Browser, Page } from 'playwright-core';

/** Records every layout shift, with whether any part that moved was in the search page's results or status line. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; input: boolean; main: boolean; results: boolean }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        const nodes = entry.sources.map(({ node }) => (node instanceof Element ? node : (node?.parentElement ?? null)));
        shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          main: nodes.some((node) => node?.closest('main')),
          results: nodes.some((node) => node?.closest('.search-page__results, .search-page__status')),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, once the browser has painted and reported them. */
export async function shifts(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  );
  return page.evaluate(
    () =>
      (window as unknown as { shifts: { value: number; input: boolean; main: boolean; results: boolean }[] }).shifts,
  );
}

/** A new page that records every layout shift (see watchShifts) from before it starts loading `url`. */
export async function openWatchingShifts(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await watchShifts(page);
  await page.goto(url);
  return page;
}
