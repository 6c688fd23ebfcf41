import type { Locator, Page } from 'playwright-core';

/**
 * How the benchmark finds the search UI, in one place, since the UI keeps changing (issue 4): the
 * header's search button (by its `aria-haspopup`: the dialog, appended inside `<site-search>` once
 * open, has buttons too), the dialog it opens (Pagefind's modal is a `<dialog>`), the search page's
 * own search, and inside either the field, a result link and the summary with the number of results.
 */
export const searchUi = {
  opener: 'site-search button[aria-haspopup="dialog"]',
  dialog: 'dialog[open]',
  page: 'search-page',
  input: '.pf-input',
  result: '.pf-result-link',
  summary: 'pagefind-summary',
} as const;

/** Where a search is typed: the open dialog, or the search page. */
export type SearchScope = typeof searchUi.dialog | typeof searchUi.page;

/**
 * What a highlight of the query starts with: the first four letters of its first word, as the shared
 * side-by-side script checks, so a stemmed match (`jeugdzorg` for `jeugd`) counts too.
 */
export function queryStem(query: string): string {
  return (query.trim().toLowerCase().split(/\s+/)[0] ?? '').slice(0, 4);
}

/** Whether the text of a `<mark>` highlights the query. */
export function highlightsQuery(markText: string, query: string): boolean {
  const stem = queryStem(query);
  return stem !== '' && markText.trim().toLowerCase().startsWith(stem);
}

/** The number of results a summary reports ("1.758 resultaten voor …"); NaN when it has none. */
export function resultCountFrom(summary: string): number {
  if (/geen resultaten/i.test(summary)) return 0;
  return Number(/\d+/.exec(summary.replace(/(\d)[.\s\u00a0](?=\d{3}\b)/g, '$1'))?.[0] ?? Number.NaN);
}

/** Opens the header's search dialog with its button; returns the field inside the open dialog. */
export async function openDialog(page: Page): Promise<Locator> {
  await page.locator(searchUi.opener).click();
  const input = page.locator(`${searchUi.dialog} ${searchUi.input}`).first();
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  return input;
}

/** Closes the dialog as a visitor does, with Escape, and waits until it is closed. */
export async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(searchUi.dialog).waitFor({ state: 'hidden', timeout: 30_000 });
}

/** The search page's field, once its search has started. */
export async function searchPageInput(page: Page): Promise<Locator> {
  const input = page.locator(`${searchUi.page} ${searchUi.input}`).first();
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  return input;
}

/** The number of results the summary in `scope` reports now. */
export async function readResultCount(page: Page, scope: SearchScope): Promise<number> {
  const summary = page.locator(`${scope} ${searchUi.summary}`).first();
  return (await summary.count()) > 0 ? resultCountFrom((await summary.textContent()) ?? '') : Number.NaN;
}
