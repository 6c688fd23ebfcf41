import { glossaryLinkClass } from './link.ts';

/** A link to the glossary, as the site writes it (see glossaryLinkClass). */
const glossaryLink = new RegExp(
  String.raw`<a\b([^>]*)\bclass="${glossaryLinkClass.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"([^>]*)>\s*<abbr\b[^>]*>([^<]*)<\/abbr>\s*<\/a>`,
  'g',
);
const hrefOf = /\bhref="([^"]*)"/;

/**
 * Keeps the first link of a page to each glossary term and turns the later ones back into plain text.
 * The text of a page comes from several places (the lead, the facts, a description, the Markdown), each
 * marking the first use of a term in itself; this makes it the first use on the page, in the order the
 * page is read (the GOV.UK and NL Design System rule: later uses stay plain).
 */
export function glossaryLinksOnce(html: string): string {
  const linked = new Set<string>();
  return html.replace(glossaryLink, (link: string, before: string, after: string, text: string) => {
    const target = hrefOf.exec(before)?.[1] ?? hrefOf.exec(after)?.[1] ?? '';
    if (!linked.has(target)) {
      linked.add(target);
      return link;
    }
    return text;
  });
}
