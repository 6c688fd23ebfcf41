import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdastGlossary } from '../../src/lib/markdown/mdast-glossary.ts';
import { hastBaseLinks } from '../../src/lib/markdown/hast-base-links.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';
import { TermMatcher, type GlossaryTerm } from '../../src/lib/glossary/matcher.ts';
import { renderMdx } from '../support/mdx-html.ts';

// Made-up fixtures in the shape of the real glossary.
const terms: GlossaryTerm[] = [
  { id: 'vve', term: 'VVE', fullForm: 'voor- en vroegschoolse educatie', variants: ['ve', 'vve', 'VE', '(V)ve'] },
  { id: 'gi', term: 'GI', fullForm: 'gecertificeerde instelling', variants: ['GI’s'] },
  { id: 'mbo', term: 'mbo', fullForm: 'middelbaar beroepsonderwijs', variants: ['MBO'] },
  { id: 'pm-er', term: 'pm’er', fullForm: 'pedagogisch medewerker', variants: ['pm’ers'] },
  { id: 'jens', term: 'JenS', fullForm: 'Jong en Sterk', variants: [] },
  { id: 'wlz', term: 'Wlz', fullForm: 'Wet langdurige zorg', variants: ['Wet langdurige zorg'] },
];

/** Renders Markdown the way Astro renders a .md page: Sätteri with GFM, smart punctuation and the site's plugins. */
async function render(markdown: string, base = '/') {
  const processor = await createSatteriMarkdownProcessor({
    features: markdownFeatures,
    mdastPlugins: [mdastGlossary({ terms, base })],
    hastPlugins: [hastBaseLinks({ base })],
  });
  const { code } = await processor.render(markdown);
  return cheerio.load(code, null, false);
}

/** The marked terms of rendered HTML: the text, the full form and the link. */
function marks($: cheerio.CheerioAPI) {
  return $('a.glossary-term')
    .map((_, el) => ({
      text: $(el).text(),
      title: $(el).children('abbr').attr('title'),
      href: $(el).attr('href'),
    }))
    .get();
}

describe('the glossary plugin', () => {
  it('marks the first use with <abbr title> linked to the term on /begrippen/, and indexes the title', async () => {
    const $ = await render('Elke VVE-locatie werkt met een plan.');
    expect(marks($)).toEqual([{ text: 'VVE', title: 'voor- en vroegschoolse educatie', href: '/begrippen/#vve' }]);
    expect($('abbr').attr('data-pagefind-index-attrs')).toBe('title');
    expect($('p').text()).toBe('Elke VVE-locatie werkt met een plan.');
  });

  it('links through the base path', async () => {
    const $ = await render('Het GI neemt het over.', '/jeugd/');
    expect(marks($).map((m) => m.href)).toEqual(['/jeugd/begrippen/#gi']);
  });

  it('marks only the first use on a page, also when later uses are another variant', async () => {
    const $ = await render(
      'De VVE begint vroeg.\n\nIn de ve werkt een pm’er. Daarna weer VVE en vve.\n\n- een GI\n- nog een GI',
    );
    expect(marks($).map((m) => m.text)).toEqual(['VVE', 'pm’er', 'GI']);
    expect($('abbr')).toHaveLength(3);
  });

  it('marks several terms in one sentence, each once', async () => {
    const $ = await render('Na het mbo werkt zij als pm’er bij JenS; JenS en het MBO blijven plain.');
    expect(marks($).map((m) => m.text)).toEqual(['mbo', 'pm’er', 'JenS']);
    expect($('p').text()).toBe('Na het mbo werkt zij als pm’er bij JenS; JenS en het MBO blijven plain.');
  });

  it('knows the variants: a plural, a straight apostrophe, capitals and a term of several words', async () => {
    expect(marks(await render('Alle GI’s doen mee.'))).toEqual([
      { text: 'GI’s', title: 'gecertificeerde instelling', href: '/begrippen/#gi' },
    ]);
    // Astro turns the straight apostrophe into a curly one; both must match.
    expect(marks(await render("De pm'ers zijn er.")).map((m) => m.title)).toEqual(['pedagogisch medewerker']);
    expect(marks(await render('Het (V)ve-programma.')).map((m) => m.text)).toEqual(['(V)ve']);
    expect(marks(await render('Mbo-studenten.')).map((m) => m.text)).toEqual(['Mbo']);
    expect(marks(await render('De Wet langdurige\nzorg geldt.')).map((m) => m.title)).toEqual(['Wet langdurige zorg']);
  });

  it('does not match words inside other words', async () => {
    const $ = await render('Het vervolg van de GIDS en de verGI gaat over embo, jensen, Jens en GIraf.');
    expect(marks($)).toEqual([]);
  });

  it('keeps capitals exact for abbreviations written with capitals', async () => {
    expect(marks(await render('Bij gi en jens gebeurt niets.'))).toEqual([]);
    expect(marks(await render('Bij JENS ook niet.'))).toEqual([]);
  });

  it('leaves headings alone and marks the first use in the text after them', async () => {
    const $ = await render('## Wat is VVE?\n\nVVE is een programma.');
    expect($('h2').html()).toBe('Wat is VVE?');
    expect(marks($).map((m) => m.text)).toEqual(['VVE']);
    expect($('p a.glossary-term')).toHaveLength(1);
  });

  it('leaves the text of links alone', async () => {
    const $ = await render('Lees [over VVE](/plannen/regie/) en <https://example.org/vve>. Daarna VVE.');
    expect($('a[href="/plannen/regie/"]').html()).toBe('over VVE');
    expect(marks($)).toHaveLength(1);
    expect($('p').html()).toMatch(/Daarna <a[^>]*class="glossary-term"[^>]*><abbr[^>]*>VVE<\/abbr><\/a>\.$/);
  });

  it('leaves code and existing <abbr> alone', async () => {
    const $ = await render(
      'Zet `VVE` in het veld, zie <abbr title="eigen uitleg">GI</abbr>.\n\n```\nGI VVE\n```\n\nEen GI.',
    );
    expect($('code').first().text()).toBe('VVE');
    expect($('pre').text()).toContain('GI VVE');
    expect($('abbr[title="eigen uitleg"]').text()).toBe('GI');
    expect(marks($).map((m) => m.text)).toEqual(['GI']);
    expect($('p').last().find('a.glossary-term')).toHaveLength(1);
  });

  it('marks terms inside emphasis, lists and tables', async () => {
    const $ = await render('| wie | wat |\n| --- | --- |\n| *JenS* | ve |');
    expect(marks($).map((m) => m.text)).toEqual(['JenS', 've']);
    expect($('td em a.glossary-term')).toHaveLength(1);
  });

  it('starts again on every page', async () => {
    const processor = await createSatteriMarkdownProcessor({
      features: markdownFeatures,
      mdastPlugins: [mdastGlossary({ terms, base: '/' })],
    });
    for (const page of ['Eerste pagina over VVE.', 'Tweede pagina over VVE.']) {
      const $ = cheerio.load((await processor.render(page)).code, null, false);
      expect(marks($).map((m) => m.text)).toEqual(['VVE']);
    }
  });

  it('leaves MDX elements named a, abbr or code alone, and walks into other components', async () => {
    const html = await renderMdx('<abbr>VVE</abbr> en <Note>VVE hier</Note> en <code>GI</code>, daarna een GI.', {
      mdastPlugins: [mdastGlossary({ terms, base: '/' })],
      components: { Note: ({ children }) => ({ type: 'span', props: { className: 'note', children } }) },
    });
    const $ = cheerio.load(html, null, false);
    expect($('p > abbr').first().html()).toBe('VVE');
    expect($('span.note a.glossary-term abbr').attr('title')).toBe('voor- en vroegschoolse educatie');
    expect($('code').html()).toBe('GI');
    expect(marks($).map((m) => m.text)).toEqual(['VVE', 'GI']);
  });
});

describe('TermMatcher', () => {
  it('prefers the longest form at a position', () => {
    const matcher = new TermMatcher(terms);
    expect(matcher.find('de GI’s en de GI').map((m) => [m.text, m.term.id])).toEqual([
      ['GI’s', 'gi'],
      ['GI', 'gi'],
    ]);
  });

  // A term such as "Meld- en Coördinatiepunt" once made the whole pattern invalid ("\-" outside a class
  // is an error with the u flag), and with it every page's rendering.
  it('finds a form with a hyphen, a slash or brackets', () => {
    const matcher = new TermMatcher([
      {
        id: 'rmc',
        term: 'RMC',
        fullForm: 'Regionaal Meld- en Coördinatiepunt',
        variants: ['Meld- en Coördinatiepunt'],
      },
      { id: 'en-of', term: 'en/of', fullForm: 'en of', variants: ['[sic]'] },
    ]);
    expect(matcher.find('Het Meld- en Coördinatiepunt, en/of [sic].').map((m) => m.text)).toEqual([
      'Meld- en Coördinatiepunt',
      'en/of',
      '[sic]',
    ]);
  });

  it('finds nothing without terms', () => {
    expect(new TermMatcher([]).find('VVE')).toEqual([]);
  });
});
