import type { Page } from 'playwright-core';

/** Waits until the search page shows the outcome of its current search, and returns the result links. */
export async function pageResults(page: Page, min = 1): Promise<string[]> {
  await page.waitForFunction(
    (min) => {
      const summary = document.querySelector('search-page pagefind-summary')?.textContent ?? '';
      if (/Geen resultaten/.test(summary)) return true;
      const count = Number(/(\d+) resulta/.exec(summary)?.[1] ?? -1);
      // The first ones must all be there, and the list done with loading its page of results.
      const list = document.querySelector('search-page .pf-results');
      const items = [...document.querySelectorAll('search-page .pf-results > li')].slice(0, Math.min(min, count));
      return (
        count >= 0 &&
        list?.getAttribute('aria-busy') === 'false' &&
        items.length === Math.min(min, count) &&
        items.every((item) => item.querySelector('.pf-result-link'))
      );
    },
    min,
    { timeout: 15_000 },
  );
  return resultLinks(page, 'search-page');
}

/** The result links in a container, as paths with their query (?markeer=…). */
export async function resultLinks(page: Page, container: string): Promise<string[]> {
  return page.locator(`${container} .pf-result-link`).evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.search}`;
    }),
  );
}

/** The number in the search page's summary ("9 resultaten voor …"). */
export async function resultCount(page: Page): Promise<number> {
  const summary = (await page.locator('search-page pagefind-summary').textContent()) ?? '';
  if (/Geen resultaten/.test(summary)) return 0;
  return Number(/(\d+) resulta/.exec(summary)?.[1] ?? Number.NaN);
}

/** Types into the header's search dialog and waits for its first results; returns their links. */
export async function searchInDialog(page: Page, query: string, min = 3): Promise<string[]> {
  await page.locator('dialog.pf-modal[open] .pf-input').fill(query);
  await page.waitForFunction(
    ({ query, min }) => {
      const summary = document.querySelector('dialog.pf-modal[open] pagefind-summary')?.textContent ?? '';
      const count = Number(/(\d+) resulta/.exec(summary)?.[1] ?? -1);
      if (!summary.includes(query) || count < 1) return false;
      const items = [...document.querySelectorAll('dialog.pf-modal[open] .pf-results > li')].slice(
        0,
        Math.min(min, count),
      );
      return items.length === Math.min(min, count) && items.every((item) => item.querySelector('.pf-result-link'));
    },
    { query, min },
    { timeout: 15_000 },
  );
  return resultLinks(page, 'dialog.pf-modal[open]');
}

/** Only the path of a result link, without the highlight parameters. */
export const pathOf = (link: string) => link.split('?')[0]!;

/** Waits for the "Bedoelde u …?" suggestions in a container and returns them (the links' texts). */
export async function suggestionsIn(page: Page, container: string): Promise<string[]> {
  const links = page.locator(`${container} .search-suggestions a`);
  await links.first().waitFor({ timeout: 15_000 });
  return links.allTextContents();
}

/** Waits until the suggestions for the search `term` are decided, and returns them (none, too). */
export async function suggestionsFor(page: Page, container: string, term: string): Promise<string[]> {
  const box = page.locator(`${container} .search-suggestions`);
  await page.waitForFunction(
    ({ container, term }) =>
      document.querySelector<HTMLElement>(`${container} .search-suggestions`)?.dataset.for === term,
    { container, term },
    { timeout: 15_000 },
  );
  return box.locator('a').allTextContents();
}
