import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SearchQueryResult, WithSearchWeight } from './results';
import { transferBytes } from './weight';

/**
 * How the benchmark finds the search UI (issue 4): the header's search button, which Pagefind's
 * Component UI turns into a dialog, the search field, and a result with its title.
 */
export const searchUi = {
  opener: 'site-search button',
  input: '.pf-input',
  result: '.pf-result-link',
  summary: 'pagefind-summary',
} as const;

/** Records what a page fetches: bytes as a compressing server would send them, and requests in flight. */
class NetworkLog {
  private inFlight = 0;
  private lastChange = performance.now();
  private readonly pending: Promise<void>[] = [];
  readonly entries: { url: string; type: string; bytes: number; order: number }[] = [];
  private order = 0;

  constructor(page: Page) {
    page.on('request', () => this.change(+1));
    page.on('requestfailed', () => this.change(-1));
    page.on('requestfinished', (request) => {
      const order = this.order++;
      this.pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          this.entries.push({ url: request.url(), type: request.resourceType(), bytes: transferBytes(body), order });
        })().finally(() => this.change(-1)),
      );
    });
  }

  private change(delta: number) {
    this.inFlight += delta;
    this.lastChange = performance.now();
  }

  /** A mark to count from: everything that finishes after it. */
  mark(): number {
    return this.order;
  }

  /** Waits until nothing has been in flight for `quietMs`. */
  async idle(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inFlight > 0 || performance.now() - this.lastChange < quietMs) {
      if (performance.now() > deadline) throw new Error('the page kept loading for a minute');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(this.pending);
  }

  /** Bytes and requests since a mark; images (the favicon) left out, they are not HTML, CSS or JS. */
  since(mark: number): { bytes: number; requests: number; files: { url: string; bytes: number }[] } {
    const counted = this.entries.filter((e) => e.order >= mark && e.type !== 'image').sort((a, b) => a.order - b.order);
    return {
      bytes: counted.reduce((total, e) => total + e.bytes, 0),
      requests: counted.length,
      files: counted.map((e) => ({ url: new URL(e.url).pathname, bytes: e.bytes })),
    };
  }
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; network: NetworkLog }> {
  // A new context has an empty cache: a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, network: new NetworkLog(page) };
}

/** Opens the search on the page as a visitor does: the header button, or on /zoeken/ the page's own field. */
async function openSearch(page: Page): Promise<void> {
  const onPage = page.locator(`search-page ${searchUi.input}`);
  if ((await page.locator('search-page').count()) > 0) {
    await onPage.waitFor({ state: 'visible', timeout: 30_000 });
    await onPage.focus();
    return;
  }
  await page.locator(searchUi.opener).click();
  await page.locator(`${searchUi.input}:visible`).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * What a first visit to `url` loads, and what opening the search adds to it (script, stylesheet,
 * the index's entry files), in bytes after gzip.
 */
export async function measureWithSearch(browser: Browser, url: string): Promise<WithSearchWeight> {
  const { context, page, network } = await freshPage(browser);
  try {
    await page.goto(url);
    await network.idle();
    const beforeOpen = network.mark();
    await openSearch(page);
    await network.idle();
    const all = network.since(0);
    const search = network.since(beforeOpen);
    return {
      url: new URL(url).pathname,
      transferBytes: all.bytes,
      requests: all.requests,
      searchTransferBytes: search.bytes,
      searchRequests: search.requests,
      searchFiles: search.files,
    };
  } finally {
    await context.close();
  }
}

/** Installs a watch in the page that notes when a result with its title is added after the latest input. */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate((resultSelector) => {
    const state = { input: 0, result: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    document.addEventListener(
      'input',
      () => {
        state.input = performance.now();
        state.result = 0;
      },
      true,
    );
    new MutationObserver((records) => {
      if (state.input === 0 || state.result !== 0) return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches(resultSelector) || node.querySelector(resultSelector))) {
            state.result = performance.now();
            return;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, searchUi.result);
}

/** Types a query into the open search and measures the time from the last keystroke to the first result. */
async function runQuery(page: Page, network: NetworkLog, query: string): Promise<SearchQueryResult> {
  const input = page.locator(`${searchUi.input}:visible`).first();
  await input.fill('');
  // Let the search for the empty field (Pagefind waits 300 ms after typing) finish first, so its
  // results cannot pass for the query's.
  await page.waitForTimeout(600);
  await network.idle();
  const mark = network.mark();
  await input.focus();
  await page.keyboard.type(query);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { result: number } }).__bench.result > 0,
    undefined,
    { timeout: 30_000 },
  );
  const ms = await page.evaluate(() => {
    const state = (window as unknown as { __bench: { input: number; result: number } }).__bench;
    return state.result - state.input;
  });
  await network.idle();
  const { bytes, requests } = network.since(mark);
  const summary = (await page.locator(`${searchUi.summary}:visible`).first().textContent()) ?? '';
  const results = Number(/\d+/.exec(summary.replace(/[.\s](?=\d{3})/g, ''))?.[0] ?? Number.NaN);
  return { query, ms, samples: [ms], transferBytes: bytes, requests, results };
}

/** One result per query from several runs: the median time, every run's time, the first run's bytes. */
export function combineRuns(runs: readonly (readonly SearchQueryResult[])[]): SearchQueryResult[] {
  const first = runs[0] ?? [];
  return first.map((result, i) => {
    const samples = runs.map((run) => run[i]!.ms);
    const sorted = [...samples].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const ms = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return { ...result, ms, samples };
  });
}

/**
 * Search speed at `url` (a content page, whose header opens the search dialog, or /zoeken/). Cold:
 * each query on a fresh page with an empty cache, typed once the search has opened and stopped
 * loading. Warm: all queries one after another on one page, so index chunks are reused. Each
 * measurement is repeated `runs` times; the median counts, since one run on a busy machine can be
 * far off.
 */
export async function measureSearch(
  browser: Browser,
  url: string,
  queries: readonly string[],
  runs = 1,
): Promise<{ cold: SearchQueryResult[]; warm: SearchQueryResult[] }> {
  const cold: SearchQueryResult[][] = [];
  const warm: SearchQueryResult[][] = [];
  for (let run = 0; run < runs; run++) {
    const once = await measureSearchOnce(browser, url, queries);
    cold.push(once.cold);
    warm.push(once.warm);
  }
  return { cold: combineRuns(cold), warm: combineRuns(warm) };
}

/** A fresh page at `url` with the search opened, its files loaded and its results watched. */
async function searchReady(browser: Browser, url: string) {
  const ready = await freshPage(browser);
  await ready.page.goto(url);
  await openSearch(ready.page);
  await ready.network.idle();
  await watchResults(ready.page);
  return ready;
}

async function measureSearchOnce(
  browser: Browser,
  url: string,
  queries: readonly string[],
): Promise<{ cold: SearchQueryResult[]; warm: SearchQueryResult[] }> {
  const cold: SearchQueryResult[] = [];
  for (const query of queries) {
    const { context, page, network } = await searchReady(browser, url);
    try {
      cold.push(await runQuery(page, network, query));
    } finally {
      await context.close();
    }
  }
  const warm: SearchQueryResult[] = [];
  const { context, page, network } = await searchReady(browser, url);
  try {
    // One query first so the warm runs all find the UI and the index's entry files loaded.
    await runQuery(page, network, queries[0]!);
    for (const query of queries) warm.push(await runQuery(page, network, query));
  } finally {
    await context.close();
  }
  return { cold, warm };
}
