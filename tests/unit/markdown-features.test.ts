import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content-check/index.ts';
import { parseBody } from '../../src/lib/content-check/markdown.ts';
import { headingSlugs } from '../../src/lib/links/predicted-index.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';

/** A body rendered the way Astro renders a .md page with the site's features. */
async function render(markdown: string) {
  const processor = await createSatteriMarkdownProcessor({ features: markdownFeatures });
  return processor.render(markdown);
}

const check = (body: string) =>
  parseBody({ format: 'md', body, bodyLine: 1, file: 'content/plans/x.md' } as RawEntry).body!;

describe('the site and the content check read a text alike', () => {
  it('give headings the same ids, with quotes, dashes, code, links and doubles', async () => {
    const body = [
      '## Wat is "VVE"?',
      "## Het 'jonge' kind -- en de rest...",
      '## Een "_nadruk_" in een kop',
      '## Kop met `code` en [link](/plannen/regie/)',
      '## Kop met ![plaatje](/favicon.svg) erin',
      '## Wat is "VVE"?',
      '### 1. Genummerd: één, twee & drie!',
    ].join('\n\n');
    const { metadata } = await render(body);
    const site = metadata.headings.map((h) => h.slug);
    expect(site).toContain('het-jonge-kind--en-de-rest');
    expect(headingSlugs(check(body).tree)).toEqual(site);
  });

  it('keep a --- at the top of a text as a line: Astro has cut the fields off already', async () => {
    const body = '---\n\nEerste alinea.\n\n---\n\nTweede alinea.';
    const $ = cheerio.load((await render(body)).code, null, false);
    expect($('hr')).toHaveLength(2);
    expect(
      $('p')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual(['Eerste alinea.', 'Tweede alinea.']);
    expect(check(body).tree.children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'paragraph',
      'thematicBreak',
      'paragraph',
    ]);
  });
});
