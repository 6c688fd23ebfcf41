import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { feedingPrerenderer, type IndexFeed } from '../../src/integrations/pagefind-feed.ts';

const page = (body: string, type = 'text/html') =>
  new Response(`<html lang="nl"><body>${body}</body></html>`, {
    status: 200,
    headers: { 'content-type': type, 'x-proef': 'ja' },
  });

function indexFeed(): { feed: IndexFeed; added: { url: string; content: string }[] } {
  const added: { url: string; content: string }[] = [];
  const feed: IndexFeed = {
    base: '/jeugd/',
    adds: [],
    index: { addHTMLFile: async (file) => (added.push(file), { errors: [] }) },
  };
  return { feed, added };
}

/** A prerenderer that renders the given responses by address and records what Astro asked of it. */
function prerendererOf(pages: Record<string, () => Response>, calls: string[] = []): AstroPrerenderer {
  return {
    name: 'proef',
    setup: async () => void calls.push('setup'),
    getStaticPaths: async () => (calls.push('getStaticPaths'), []),
    render: async (request) => pages[new URL(request.url).pathname]!(),
    teardown: async () => void calls.push('teardown'),
  };
}

const render = (prerenderer: AstroPrerenderer, pathname: string) =>
  prerenderer.render(new Request(`https://kennisbank.example${pathname}`), { routeData: {} as never });

describe('pages handed to the search index while they render', () => {
  it('hands over entry pages under their address without the base, and nothing else', async () => {
    const { feed, added } = indexFeed();
    const prerenderer = feedingPrerenderer(
      prerendererOf({
        '/jeugd/plannen/regie/': () => page('<article data-pagefind-body>Regie</article>'),
        '/jeugd/plannen/': () => page('<main>Overzicht</main>'),
        '/jeugd/nieuwsbrieven/rss.xml': () =>
          new Response('<rss data-pagefind-body/>', { headers: { 'content-type': 'application/xml' } }),
      }),
      feed,
    );
    for (const pathname of ['/jeugd/plannen/regie/', '/jeugd/plannen/', '/jeugd/nieuwsbrieven/rss.xml'])
      await render(prerenderer, pathname);
    await Promise.all(feed.adds);
    expect(added.map((file) => file.url)).toEqual(['/plannen/regie/']);
    expect(added[0]!.content).toBe('<html lang="nl"><body><article data-pagefind-body>Regie</article></body></html>');
  });

  it('gives Astro the page as it was rendered: status, headers and content', async () => {
    const { feed } = indexFeed();
    const html = '<article data-pagefind-body>Regie</article>';
    const prerenderer = feedingPrerenderer(
      prerendererOf({
        '/jeugd/plannen/regie/': () => page(html),
        '/jeugd/bestaat-niet/': () =>
          new Response('<p>Niet gevonden</p>', { status: 404, headers: { 'content-type': 'text/html' } }),
      }),
      feed,
    );
    const written = (await render(prerenderer, '/jeugd/plannen/regie/')) as Response;
    expect(written.status).toBe(200);
    expect(written.headers.get('x-proef')).toBe('ja');
    expect(await written.text()).toBe(await page(html).text());
    const missing = (await render(prerenderer, '/jeugd/bestaat-niet/')) as Response;
    expect([missing.status, await missing.text()]).toEqual([404, '<p>Niet gevonden</p>']);
  });

  it('passes a redirect and a page without a body on as they are, and gives Astro the bytes as rendered', async () => {
    const { feed, added } = indexFeed();
    const redirect = new Response(null, { status: 301, headers: { location: '/jeugd/plannen/' } });
    const empty = new Response(null, { status: 204, headers: { 'content-type': 'text/html' } });
    const withMark = '\uFEFF<html lang="nl"><body><article data-pagefind-body>Regie</article></body></html>';
    const prerenderer = feedingPrerenderer(
      prerendererOf({
        '/jeugd/oud/': () => redirect,
        '/jeugd/leeg/': () => empty,
        '/jeugd/plannen/regie/': () => new Response(withMark, { headers: { 'content-type': 'text/html' } }),
      }),
      feed,
    );
    expect(await render(prerenderer, '/jeugd/oud/')).toBe(redirect);
    expect(await render(prerenderer, '/jeugd/leeg/')).toBe(empty);
    const written = (await render(prerenderer, '/jeugd/plannen/regie/')) as Response;
    expect(Buffer.from(await written.arrayBuffer())).toEqual(Buffer.from(withMark));
    await Promise.all(feed.adds);
    expect(added.map((file) => file.url)).toEqual(['/plannen/regie/']);
  });

  it('keeps what a prerenderer reports besides the page, and passes every other step on to it', async () => {
    const { feed, added } = indexFeed();
    const calls: string[] = [];
    const metadata = { contentEntryKeys: ['content/plans/regie.md'], staticImages: [] };
    const inner = prerendererOf({}, calls);
    const options: unknown[] = [];
    inner.render = async (_request, renderOptions) => (
      options.push(renderOptions),
      { response: page('<article data-pagefind-body>Regie</article>'), metadata }
    );
    const images = new Map();
    inner.collectStaticImages = async () => (calls.push('collectStaticImages'), images);
    const prerenderer = feedingPrerenderer(inner, feed);
    expect(feedingPrerenderer(prerendererOf({}), feed).collectStaticImages).toBeUndefined();
    await prerenderer.setup?.();
    await prerenderer.getStaticPaths();
    const routeData = { route: '/plannen/[id]' } as never;
    const rendered = await prerenderer.render(new Request('https://kennisbank.example/jeugd/plannen/regie/'), {
      routeData,
      collectMetadata: true,
    });
    expect(await prerenderer.collectStaticImages?.()).toBe(images);
    await prerenderer.teardown?.();
    expect(calls).toEqual(['setup', 'getStaticPaths', 'collectStaticImages', 'teardown']);
    expect(options).toEqual([{ routeData, collectMetadata: true }]);
    expect(rendered).toMatchObject({ metadata });
    expect(await (rendered as { response: Response }).response.text()).toContain('Regie');
    await Promise.all(feed.adds);
    expect(added.map((file) => file.url)).toEqual(['/plannen/regie/']);
  });
});
