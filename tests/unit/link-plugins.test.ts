import * as cheerio from 'cheerio';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastBaseLinks } from '../../src/lib/markdown/hast-base-links.ts';
import { hastPrintAddresses } from '../../src/lib/markdown/hast-print-addresses.ts';
import { hastTableAlign } from '../../src/lib/markdown/hast-table-align.ts';
import { hastTableScroll } from '../../src/lib/markdown/hast-table-scroll.ts';
import { renderMdx } from '../support/mdx-html.ts';

const site = 'https://voorbeeld.test';

/** Markdown through Sätteri with the site's two link plugins, in the order astro.config.mjs gives them. */
async function render(markdown: string, base: string) {
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [hastBaseLinks({ base }), hastPrintAddresses({ site })],
  });
  return cheerio.load(html, null, false);
}

const hrefs = ($: cheerio.CheerioAPI) =>
  $('a')
    .map((_, a) => $(a).attr('href'))
    .get();

describe('hastBaseLinks', () => {
  it('puts the base in front of site paths in links and images', async () => {
    const $ = await render('[Regie](/plannen/regie/) ![Schema](/afbeeldingen/schema.png)', '/jeugd/');
    expect(hrefs($)).toEqual(['/jeugd/plannen/regie/']);
    expect($('img').attr('src')).toBe('/jeugd/afbeeldingen/schema.png');
  });

  it('leaves paths that already have the base, other sites, fragments and protocol-relative links alone', async () => {
    const $ = await render(
      '[a](/jeugd/plannen/regie/) [b](https://extern.test/x) [c](#kop) [d](//extern.test/y) [e](mailto:a@b.test)',
      '/jeugd/',
    );
    expect(hrefs($)).toEqual([
      '/jeugd/plannen/regie/',
      'https://extern.test/x',
      '#kop',
      '//extern.test/y',
      'mailto:a@b.test',
    ]);
  });

  it('changes nothing when the site is at the root', async () => {
    expect(hrefs(await render('[Regie](/plannen/regie/)', '/'))).toEqual(['/plannen/regie/']);
  });

  it('works in MDX too', async () => {
    const html = await renderMdx('Zie de [ontwikkeltafels](/ontwikkeltafels/).', {
      hastPlugins: [hastBaseLinks({ base: '/jeugd/' })],
    });
    expect(html).toContain('href="/jeugd/ontwikkeltafels/"');
  });
});

describe('hastPrintAddresses', () => {
  it('gives site paths and external links their full address for print, base included', async () => {
    expect((await render('[Regie](/jeugd/plannen/regie/)', '/')).html()).toContain(
      '<a href="/jeugd/plannen/regie/" data-print-href="https://voorbeeld.test/jeugd/plannen/regie/">Regie</a>',
    );
    // Runs after the base is added: the printed address is the one the link goes to.
    expect((await render('[Regie](/plannen/regie/)', '/jeugd/'))('a').attr('data-print-href')).toBe(
      'https://voorbeeld.test/jeugd/plannen/regie/',
    );
    expect((await render('[X](https://extern.test/x)', '/'))('a').attr('data-print-href')).toBe(
      'https://extern.test/x',
    );
  });

  it('leaves fragments, e-mail addresses and phone numbers alone', async () => {
    for (const href of ['#kop', 'mailto:a@b.test', 'tel:+31000000000'])
      expect((await render(`[x](${href})`, '/'))('a').attr('data-print-href')).toBeUndefined();
  });
});

describe('links and images written as HTML in a .md file', () => {
  it('get the base path too, with the features the site renders with', async () => {
    const { markdownFeatures } = await import('../../src/lib/markdown/features.ts');
    const { html } = await markdownToHtml(
      'Zie <a href="/plannen/regie/">Regie</a>.\n\n<img src="/afbeeldingen/schema.png" alt="Schema">\n',
      { features: markdownFeatures, hastPlugins: [hastBaseLinks({ base: '/jeugd/' })] },
    );
    const $ = cheerio.load(html, null, false);
    expect(hrefs($)).toEqual(['/jeugd/plannen/regie/']);
    expect($('img').attr('src')).toBe('/jeugd/afbeeldingen/schema.png');
  });
});

describe('tables and footnotes as the site renders them', () => {
  async function site(markdown: string) {
    const { markdownFeatures } = await import('../../src/lib/markdown/features.ts');
    const { html } = await markdownToHtml(markdown, {
      features: markdownFeatures,
      hastPlugins: [hastTableAlign(), hastTableScroll()],
    });
    return cheerio.load(html, null, false);
  }

  it("gives a column's alignment as data-align, with no style attribute the site's CSP would block", async () => {
    const $ = await site('| naam | aantal | midden | gewoon |\n| :-- | --: | :-: | --- |\n| a | 1 | x | y |\n');
    expect($('[style]')).toHaveLength(0);
    expect(
      $('tr')
        .first()
        .children()
        .map((_, cell) => $(cell).attr('data-align') ?? '')
        .get(),
    ).toEqual(['left', 'right', 'center', '']);
    expect($('td[data-align="right"]').text()).toBe('1');
  });

  it('puts each table in a box that scrolls sideways, which the keyboard can reach and which is named after its columns', async () => {
    const $ = await site(
      '| Gemeente | **Aantal** scholen |\n| --- | --: |\n| Hengelo | 12 |\n\nTekst.\n\n| a |\n| - |\n| b |\n',
    );
    const boxes = $('div.table-scroll');
    expect(boxes).toHaveLength(2);
    expect(
      boxes
        .map((_, box) =>
          $(box)
            .children()
            .toArray()
            .map((child) => child.tagName),
        )
        .get(),
    ).toEqual(['table', 'table']);
    expect(boxes.first().attr('tabindex')).toBe('0');
    expect(boxes.first().attr('role')).toBe('group');
    expect(boxes.map((_, box) => $(box).attr('aria-label')).get()).toEqual([
      'Tabel met de kolommen Gemeente, Aantal scholen',
      'Tabel met de kolommen a',
    ]);
  });

  it('leaves other styles in a cell alone, for the content check to refuse', async () => {
    const $ = await site('<table><tr><td style="color: red">x</td></tr></table>\n');
    expect($('td').attr('style')).toBe('color: red');
    expect($('td').attr('data-align')).toBeUndefined();
  });

  it('writes footnotes in Dutch: the heading of the notes and the label of each link back', async () => {
    const $ = await site('Een zin[^1] en nog een[^a].\n\n[^1]: De eerste noot.\n[^a]: De tweede.\n');
    expect($('#footnote-label').text()).toBe('Voetnoten');
    expect(
      $('[data-footnote-backref]')
        .map((_, a) => $(a).attr('aria-label'))
        .get(),
    ).toEqual(['Terug naar verwijzing 1', 'Terug naar verwijzing 2']);
  });
});
