import type { Browser } from 'playwright-core';
import { emptyState, searchQuery } from '../../src/lib/search/url-state.ts';
import { isFilterKey } from '../../src/lib/search/filters.ts';
import { countDom, freshPage } from './browser.ts';
import { installHighlightWatch, timeToHighlight } from './highlight-watch.ts';
import type { DomState } from './results.ts';
import { searchPageInput, searchUi } from './search-ui.ts';

/** Elements of `url` in Chromium once it has loaded and the network is quiet. */
export async function domAfterLoad(browser: Browser, url: string): Promise<number> {
  const { context, page, network } = await freshPage(browser);
  try {
    await page.goto(url);
    await network.idle();
    return await countDom(page);
  } finally {
    await context.close();
  }
}

/**
 * The search page's elements in the states in which its DOM grows with the results: after a search
 * (once its results have loaded), and browsing a filter without a query, which lists every page that
 * carries it (the filter value on most pages, for the longest list). Each on a fresh page.
 */
export async function searchPageDomStates(
  browser: Browser,
  searchPageUrl: string,
  { query, filter }: { query?: string; filter?: { key: string; value: string } },
): Promise<DomState[]> {
  const states: DomState[] = [];
  const path = new URL(searchPageUrl).pathname;
  if (query) {
    const { context, page, network } = await freshPage(browser);
    try {
      await page.goto(searchPageUrl);
      const input = await searchPageInput(page);
      await network.idle();
      await installHighlightWatch(page);
      await input.click();
      await timeToHighlight(page, input, query, searchUi.page);
      await network.idle();
      states.push({ state: `after a search for "${query}"`, url: path, elements: await countDom(page) });
    } finally {
      await context.close();
    }
  }
  if (filter && isFilterKey(filter.key)) {
    const url = `${searchPageUrl}${searchQuery({ ...emptyState, filters: { [filter.key]: [filter.value] } })}`;
    const { context, page, network } = await freshPage(browser);
    try {
      await page.goto(url);
      await page.locator(`${searchUi.page} ${searchUi.result}`).first().waitFor({ state: 'attached', timeout: 30_000 });
      await network.idle();
      states.push({
        state: `browsing ${filter.key} = ${filter.value} without a query`,
        url: `${path}${new URL(url).search}`,
        elements: await countDom(page),
      });
    } finally {
      await context.close();
    }
  }
  return states;
}
