import { afterEach, describe, expect, it } from 'vitest';
import { closeFeed, feedPage, openFeed } from '../../src/integrations/pagefind-feed.ts';

const html = (body: string) =>
  new Response(`<html lang="nl"><body>${body}</body></html>`, { headers: { 'content-type': 'text/html' } });

describe('pages handed to the search index while they render', () => {
  afterEach(() => void closeFeed());

  it('hands over entry pages under their address without the base, and nothing else', async () => {
    const added: { url: string; content: string }[] = [];
    openFeed({ base: '/jeugd/', adds: [], index: { addHTMLFile: async (file) => (added.push(file), { errors: [] }) } });
    feedPage('/jeugd/plannen/regie/', html('<article data-pagefind-body>Regie</article>'));
    feedPage('/jeugd/plannen/', html('<main>Overzicht</main>'));
    feedPage(
      '/jeugd/nieuwsbrieven/rss.xml',
      new Response('<rss/>', { headers: { 'content-type': 'application/xml' } }),
    );
    const feed = closeFeed()!;
    await Promise.all(feed.adds);
    expect(added.map((file) => file.url)).toEqual(['/plannen/regie/']);
    expect(added[0]!.content).toContain('data-pagefind-body');
  });

  it('does nothing when no build is indexing (astro dev)', () => {
    expect(() => feedPage('/plannen/regie/', html('<article data-pagefind-body></article>'))).not.toThrow();
    expect(closeFeed()).toBeUndefined();
  });
});
