import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { loadContent } from '../../src/lib/content-check/load';
import { parseBody } from '../../src/lib/content-check/markdown';
import { headingSlugs } from '../../src/lib/content-check/site-index';
import { entryPath } from '../../src/lib/urls';
import { builds, root } from '../support/builds';
import { fileFor, load } from '../support/dist';

const { entries } = loadContent(contentDir(root), root);

describe('the anchors the content check accepts', () => {
  it('are exactly the ids the built site gives the headings of each text', () => {
    const { dir, base } = builds.root;
    let compared = 0;
    for (const entry of entries) {
      const { body } = parseBody(entry);
      if (!body) continue;
      const $ = load(dir, fileFor(dir, base, entryPath(entry.collection, entry.id))!);
      // Headings of the text itself, not of components placed around it (such as "In dit nummer").
      const built = $('.prose')
        .find('h1, h2, h3, h4, h5, h6')
        .filter((_, h) => $(h).closest('nav, aside').length === 0)
        .map((_, h) => $(h).attr('id'))
        .get();
      expect(headingSlugs(body.tree), entry.file).toEqual(built);
      compared += built.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
