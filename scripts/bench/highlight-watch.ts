import type { Locator, Page } from 'playwright-core';
import { queryStem, type SearchScope } from './search-ui.ts';

interface Watch {
  query: string;
  stem: string;
  scope: string;
  typedAt: number;
  shownAt: number;
}

type WatchedWindow = Window & { __benchHighlight?: Watch };

/**
 * Installs a clock in the page: it notes the `input` event that completes the query (the last
 * keystroke) and the moment a `<mark>` highlighting the query is added inside the search, both on
 * the page's own clock, so the time does not include the round trips to the benchmark's process.
 * Once per page; each query arms it anew.
 */
export async function installHighlightWatch(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(() => {
    const win = window as WatchedWindow;
    document.addEventListener(
      'input',
      (event) => {
        const watch = win.__benchHighlight;
        const value = (event.target as HTMLInputElement | null)?.value ?? '';
        if (watch && watch.shownAt === 0 && value.trim().toLowerCase() === watch.query.toLowerCase())
          watch.typedAt = performance.now();
      },
      true,
    );
    new MutationObserver((records) => {
      const watch = win.__benchHighlight;
      if (!watch || watch.typedAt === 0 || watch.shownAt !== 0) return;
      for (const record of records) {
        const marks: Element[] = [];
        if (record.target instanceof Element && record.target.closest('mark'))
          marks.push(record.target.closest('mark')!);
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches('mark')) marks.push(node);
          else marks.push(...node.querySelectorAll('mark'));
        }
        const found = marks.some(
          (mark) =>
            mark.closest(watch.scope) !== null && (mark.textContent ?? '').trim().toLowerCase().startsWith(watch.stem),
        );
        if (found) {
          watch.shownAt = performance.now();
          return;
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

/**
 * Types `query` into `input` and returns the milliseconds from its last keystroke to the first
 * result in `scope` that highlights it. Throws when none appears within `timeoutMs`.
 */
export async function timeToHighlight(
  page: Page,
  input: Locator,
  query: string,
  scope: SearchScope,
  timeoutMs = 30_000,
): Promise<number> {
  await page.evaluate(
    (watch) => {
      (window as WatchedWindow).__benchHighlight = watch;
    },
    { query: query.trim(), stem: queryStem(query), scope, typedAt: 0, shownAt: 0 },
  );
  await input.pressSequentially(query, { delay: 0 });
  const handle = await page.waitForFunction(
    () => {
      const watch = (window as WatchedWindow).__benchHighlight;
      return watch && watch.typedAt > 0 && watch.shownAt > 0 ? watch.shownAt - watch.typedAt : undefined;
    },
    undefined,
    { timeout: timeoutMs },
  );
  // Chromium's clock steps in tenths of a millisecond; more decimals would only be noise.
  return Math.round(((await handle.jsonValue()) as number) * 10) / 10;
}
