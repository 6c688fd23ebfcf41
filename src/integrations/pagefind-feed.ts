import type { AstroPrerenderer } from 'astro';

/**
 * Pages go to Pagefind while the build renders them, not after: Pagefind indexes in its own
 * process, on the other core, so by the time the last page is written most of the index is done.
 * The integration (pagefind.ts) opens the index when the build starts and wraps Astro's
 * prerenderer (the `setPrerenderer` of `astro:build:start`): every page it renders passes here.
 * A build has one prerenderer: an adapter that sets its own would have to be wrapped the same way.
 */

/** What the feed needs of Pagefind's index: adding one page's HTML. */
export interface PageSink {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
}

export interface IndexFeed {
  index: PageSink;
  /** The site's base path, which Pagefind's URLs leave out (the search UI adds it). */
  base: string;
  /** Every page handed over, until Pagefind has taken it. */
  adds: Promise<{ errors: string[] }>[];
}

/** Astro's prerenderer, with every page it renders also handed to the index. */
export function feedingPrerenderer(prerenderer: AstroPrerenderer, feed: IndexFeed): AstroPrerenderer {
  const { collectStaticImages } = prerenderer;
  return {
    name: `${prerenderer.name}+kennisbank:pagefind`,
    setup: async () => prerenderer.setup?.(),
    getStaticPaths: () => prerenderer.getStaticPaths(),
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      if (rendered instanceof Response) return feedPage(feed, new URL(request.url).pathname, rendered);
      return { ...rendered, response: await feedPage(feed, new URL(request.url).pathname, rendered.response) };
    },
    ...(collectStaticImages ? { collectStaticImages: () => collectStaticImages.call(prerenderer) } : {}),
    teardown: async () => prerenderer.teardown?.(),
  };
}

/**
 * Hands a rendered page to the index if it is one search should find (it marks its text with
 * data-pagefind-body). Returns a response with the same status, headers and bytes, for Astro to
 * write: the body is read once, here, instead of being split in two streams. The build awaits the adds.
 * Only pages that are rendered pass here: with Astro's incremental build (not used), a page restored
 * from its cache would be missing from the index.
 */
export async function feedPage(feed: IndexFeed, pathname: string, response: Response): Promise<Response> {
  if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const bytes = await response.arrayBuffer();
  const content = new TextDecoder().decode(bytes);
  if (content.includes('data-pagefind-body')) {
    const url = pathname.startsWith(feed.base) ? `/${pathname.slice(feed.base.length)}` : pathname;
    feed.adds.push(feed.index.addHTMLFile({ url, content }));
  }
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}
