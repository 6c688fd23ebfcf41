import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { TermMatcher, type GlossaryTerm } from '../../src/lib/glossary/matcher.ts';
import { glossaryLinksOnce } from '../../src/lib/glossary/once.ts';
import { glossaryParts } from '../../src/lib/glossary/plain-text.ts';
import { mdastGlossary } from '../../src/lib/markdown/mdast-glossary.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';

// Made-up fixtures in the shape of the real glossary.
const terms: GlossaryTerm[] = [
  { id: 'po', term: 'PO', fullForm: 'primair onderwijs', variants: [] },
  { id: 'vo', term: 'VO', fullForm: 'voortgezet onderwijs', variants: [] },
  { id: 'mbo', term: 'mbo', fullForm: 'middelbaar beroepsonderwijs', variants: ['MBO'] },
];
const matcher = new TermMatcher(terms);

describe('glossary terms in plain text (summaries, facts, descriptions, roles)', () => {
  it('marks the first use of each term in the text, and leaves later uses plain', () => {
    expect(glossaryParts('Scholen in het PO en het VO, en nog eens PO, nu in het mbo.', matcher)).toEqual([
      'Scholen in het ',
      { text: 'PO', term: terms[0] },
      ' en het ',
      { text: 'VO', term: terms[1] },
      ', en nog eens PO, nu in het ',
      { text: 'mbo', term: terms[2] },
      '.',
    ]);
  });

  it('leaves a text without terms whole', () => {
    expect(glossaryParts('Geen afkortingen hier.', matcher)).toEqual(['Geen afkortingen hier.']);
  });
});

describe('one link per term on a page', () => {
  const link = (id: string, text: string, extra = '') =>
    `<a href="/jeugd/begrippen/#${id}" class="glossary-term"${extra}><abbr title="x" data-pagefind-index-attrs="title"${extra}>${text}</abbr></a>`;

  it('keeps the first link to a term, in reading order, and turns later ones into plain text', () => {
    const page = `<p>${link('po', 'PO', ' data-astro-cid-a')} en ${link('vo', 'VO')}</p><td>${link('po', 'PO')}</td><p>${link('vo', 'VO')} ${link('mbo', 'MBO')}</p>`;
    expect(glossaryLinksOnce(page)).toBe(
      `<p>${link('po', 'PO', ' data-astro-cid-a')} en ${link('vo', 'VO')}</p><td>PO</td><p>VO ${link('mbo', 'MBO')}</p>`,
    );
  });

  it('reads the links the Markdown plugin writes', async () => {
    const processor = await createSatteriMarkdownProcessor({
      features: markdownFeatures,
      mdastPlugins: [mdastGlossary({ terms, base: '/jeugd/' })],
    });
    const { code } = await processor.render('Het PO en het VO.');
    const page = `${link('po', 'PO')}${code}`;
    const once = glossaryLinksOnce(page);
    expect(once.match(/class="glossary-term"/g)).toHaveLength(2);
    expect(once).toContain('Het PO en het <a href="/jeugd/begrippen/#vo" class="glossary-term">');
  });
});
