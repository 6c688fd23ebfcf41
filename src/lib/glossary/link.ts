import type { GlossaryTerm } from './matcher.ts';

/*
 * A link to a term of the glossary, wherever the site writes one: the glossary plugin into Markdown
 * (src/lib/markdown/mdast-glossary.ts) and GlossaryText.astro into other text, as
 * `<a href="…/begrippen/#id" class="glossary-term"><abbr title="full form" data-pagefind-index-attrs="title">term</abbr></a>`.
 */

/** The class of the link: glossaryLinksOnce (once.ts) finds the links by it, GlossaryText.astro styles them. */
export const glossaryLinkClass = 'glossary-term';

/** Pagefind indexes the abbreviation's title (its full form): a search for the full form finds the page. */
export const glossaryAbbrIndexedAttributes = 'title';

/** The link's attributes, with `href` the term's place on /begrippen/ (base included). */
export function glossaryLinkAttributes(href: string): Record<string, string> {
  return { href, class: glossaryLinkClass };
}

/** The attributes of the abbreviation in the link. */
export function glossaryAbbrAttributes(term: Pick<GlossaryTerm, 'fullForm'>): Record<string, string> {
  return { title: term.fullForm, 'data-pagefind-index-attrs': glossaryAbbrIndexedAttributes };
}
