import type { Browser, Page } from 'playwright-core';

/** One layout shift as the browser reported it. */
export interface Shift {
  value: number;
  /** Right after the visitor's own input (typing, a tap), which WCAG and Core Web Vitals allow. */
  input: boolean;
  /** Whether any part that moved was in <main>. */
  main: boolean;
  /** Whether any part that moved was in the search page's results or status line. */
  results: boolean;
  /** The start of each moved element's HTML, for a failing test's message. */
  moved: string[];
}

/** Records every layout shift of every document the page loads, from before its own scripts run. */
export async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { shifts: Shift[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        const nodes = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? node : (node?.parentElement ?? null),
        );
        shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          main: nodes.some((node) => node?.closest('main')),
          results: nodes.some((node) => node?.closest('.search-page__results, .search-page__status')),
          moved: nodes.map((node) => node?.outerHTML.slice(0, 80) ?? '(a text or removed node)'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, once the browser has painted and reported them. */
export async function shifts(page: Page): Promise<Shift[]> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
  );
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}

/** The shifts added up (the page's cumulative layout shift), with everything that moved. */
export function totalShift(list: Shift[]): { value: number; moved: string[] } {
  return { value: list.reduce((sum, shift) => sum + shift.value, 0), moved: list.flatMap((shift) => shift.moved) };
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
