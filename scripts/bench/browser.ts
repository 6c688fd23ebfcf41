import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NetworkLog } from './network-log.ts';
import type { WithSearchWeight } from './results.ts';
import { openDialog, searchPageInput, searchUi } from './search-ui.ts';

/** A page in a new browser context, which has an empty cache: a first visit. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; network: NetworkLog }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, network: new NetworkLog(page) };
}

/**
 * Elements in the page now, as Chromium holds them: `document.getElementsByTagName('*')`, the
 * document's elements, whether from the HTML or added by scripts.
 */
export async function countDom(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Opens the search on the page as a visitor does: the header button, or on /zoeken/ the page's own field. */
async function openSearch(page: Page): Promise<void> {
  if ((await page.locator(searchUi.page).count()) > 0) await (await searchPageInput(page)).focus();
  else await openDialog(page);
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
