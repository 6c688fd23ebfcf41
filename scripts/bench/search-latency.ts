import type { Browser, Locator, Page } from 'playwright-core';
import { freshPage } from './browser.ts';
import { installHighlightWatch, timeToHighlight } from './highlight-watch.ts';
import type { NetworkLog } from './network-log.ts';
import type { LatencySurface, SearchLatencyResults } from './results.ts';
import { closeDialog, openDialog, readResultCount, searchPageInput, searchUi, type SearchScope } from './search-ui.ts';
import { combineLatencyRuns, type LatencySample } from './latency-stats.ts';

/**
 * Pauses the shared side-by-side script (/work/shared/bench/search-latency.mjs) makes before typing,
 * kept the same so our medians compare with its Starlight numbers: after clearing the dialog's field,
 * after closing the dialog, and on the search page after clicking its field.
 */
const pauses = { afterClear: 200, afterClose: 300, searchPageSettle: 1500 } as const;

/** One timed query: the time to the first highlighted result, then what it fetched and found. */
async function sample(
  page: Page,
  network: NetworkLog,
  input: Locator,
  query: string,
  scope: SearchScope,
): Promise<LatencySample> {
  const mark = network.mark();
  try {
    const ms = await timeToHighlight(page, input, query, scope);
    await network.idle();
    const { bytes, requests } = network.since(mark);
    return { ms, transferBytes: bytes, requests, results: await readResultCount(page, scope) };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]! };
  }
}

/**
 * In the header's dialog on a content page, as a visitor meets it: the first search of a visit
 * (typed as soon as the dialog's field is there, so what the search still loads counts), then the
 * dialog closed, opened again and a second query typed.
 */
async function inDialog(browser: Browser, url: string, first: string, next: string) {
  const { context, page, network } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await installHighlightWatch(page);
    const samples: LatencySample[] = [];
    for (const query of [first, next]) {
      const input = await openDialog(page);
      await input.fill('');
      await page.waitForTimeout(pauses.afterClear);
      samples.push(await sample(page, network, input, query, searchUi.dialog));
      await closeDialog(page);
      await page.waitForTimeout(pauses.afterClose);
    }
    return { first: samples[0]!, next: samples[1]! };
  } finally {
    await context.close();
  }
}

/** On the search page, typed on a fresh visit once its field is there and clicked. */
async function onSearchPage(browser: Browser, url: string, query: string): Promise<LatencySample> {
  const { context, page, network } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await installHighlightWatch(page);
    const input = await searchPageInput(page);
    await input.click();
    await page.waitForTimeout(pauses.searchPageSettle);
    return await sample(page, network, input, query, searchUi.page);
  } finally {
    await context.close();
  }
}

/** A visit whose search UI could not be found (opened, closed): its queries fail, not the benchmark. */
function failed(error: unknown): LatencySample {
  return { error: (error as Error).message.split('\n')[0]! };
}

/**
 * Search latency as the shared side-by-side script measures it: from the last keystroke of a query
 * to the first result that highlights it, on three surfaces, each query `runs` times. For query i the
 * dialog's next search is query i + 1 (the first after the last), typed on the same page.
 */
export async function measureSearchLatency(
  browser: Browser,
  urls: { contentPage: string; searchPage: string },
  queries: readonly string[],
  runs: number,
): Promise<Omit<SearchLatencyResults, 'size' | 'loadAverage'>> {
  const first = queries.map(() => [] as LatencySample[]);
  const next = queries.map(() => [] as LatencySample[]);
  const page = queries.map(() => [] as LatencySample[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, query] of queries.entries()) {
      const j = (i + 1) % queries.length;
      const dialog = await inDialog(browser, urls.contentPage, query, queries[j]!).catch((error: unknown) => ({
        first: failed(error),
        next: failed(error),
      }));
      first[i]!.push(dialog.first);
      next[j]!.push(dialog.next);
      page[i]!.push(await onSearchPage(browser, urls.searchPage, query).catch(failed));
    }
  }
  const path = (url: string) => new URL(url).pathname;
  const surface = (
    name: LatencySurface['surface'],
    url: string,
    samples: LatencySample[][],
    after?: (i: number) => string,
  ): LatencySurface =>
    combineLatencyRuns(
      name,
      path(url),
      queries.map((query, i) => ({ query, after: after?.(i), samples: samples[i]! })),
    );
  return {
    runs,
    surfaces: [
      surface('dialog-first', urls.contentPage, first),
      surface('dialog-next', urls.contentPage, next, (i) => queries[(i - 1 + queries.length) % queries.length]!),
      surface('search-page', urls.searchPage, page),
    ],
  };
}
