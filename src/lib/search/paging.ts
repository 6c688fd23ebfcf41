/**
 * How many results a list shows at once. A page of results is what a reader scans before refining the
 * words; more come in steps of the same size, on request. The dialog is a quick jump (its footer links
 * to the search page), so it shows fewer than the search page.
 */
export const pageSizes = { dialog: 10, page: 20 } as const;

/** The results to add after `shown` of `total`: the next page, or nothing when all are shown. */
export function nextPage(shown: number, total: number, size: number): { start: number; end: number } {
  const start = Math.min(Math.max(shown, 0), total);
  return { start, end: Math.min(start + Math.max(size, 1), total) };
}

const count = new Intl.NumberFormat('nl-NL');

/** The text of the button that shows more: what it does, and how far the reader is ("20 van 4.237"). */
export function moreLabel(action: string, shown: number, total: number): string {
  return `${action} (${count.format(shown)} van ${count.format(total)})`;
}

/**
 * How long the search field waits after a key before it searches. Pagefind's own default (300 ms) was
 * most of the time a visitor waited. Searching answers in milliseconds once the index is loaded, so a
 * search may start between two keys of normal typing (100–200 ms apart); the short wait only folds a
 * burst (a held key, very fast typing) into one search.
 */
export const typingDebounceMs = 40;

/**
 * How long the number of results waits before a screen reader hears it: a search runs 40 ms after a
 * letter is typed, so without a pause the count would be read out for nearly every letter.
 */
export const announcePauseMs = 700;

/**
 * How much longer a search for one letter waits: it matches nearly every page (a tenth of a second and
 * more at 5,000 pages), and while it runs the next letter's search has to wait for it.
 */
export const oneLetterWaitMs = 150;
