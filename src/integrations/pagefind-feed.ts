/**
 * Pages go to Pagefind while the build renders them, not after: Pagefind indexes in its own
 * process, on the other core, so by the time the last page is written most of the index is done.
 * The integration (pagefind.ts) opens the index when the build starts and leaves it here; the
 * middleware (src/middleware.ts) hands each prerendered page to it. Only globalThis is shared
 * between the two, because the middleware runs in Astro's bundle of the pages, not in this module.
 */

/** What the middleware needs of Pagefind's index: adding one page's HTML. */
export interface PageSink {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
}

export interface IndexFeed {
  index: PageSink;
  /** The site's base path, which Pagefind's URLs leave out (the search UI adds it). */
  base: string;
  /** Every page handed over, until Pagefind has taken it. */
  adds: Promise<{ errors: string[] } | undefined>[];
}

const key = Symbol.for('kennisbank.pagefind-feed');
const store = globalThis as { [key]?: IndexFeed };

export function openFeed(feed: IndexFeed): void {
  store[key] = feed;
}

/** Closes the feed and returns what was handed over; undefined when no build opened one. */
export function closeFeed(): IndexFeed | undefined {
  const feed = store[key];
  delete store[key];
  return feed;
}

/**
 * Hands a rendered page to the index, if a build is indexing and the page is one search should
 * find (it marks its text with data-pagefind-body). Returns at once; the build awaits the adds.
 */
export function feedPage(pathname: string, response: Response): void {
  const feed = store[key];
  if (!feed || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
  const url = pathname.startsWith(feed.base) ? `/${pathname.slice(feed.base.length)}` : pathname;
  feed.adds.push(
    response
      .clone()
      .text()
      .then((content) =>
        content.includes('data-pagefind-body') ? feed.index.addHTMLFile({ url, content }) : undefined,
      ),
  );
}
