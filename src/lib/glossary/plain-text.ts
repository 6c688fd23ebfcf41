import type { Entry } from '../entries.ts';
import { glossaryTerm, TermMatcher, type GlossaryTerm } from './matcher.ts';

/** A piece of a plain text: as written, or the use of a glossary term to explain there. */
export type GlossaryPart = string | { text: string; term: GlossaryTerm };

/**
 * A plain text (a summary, a fact, a description, a role) in pieces, with the first use of each term
 * in it marked. The glossary plugin (src/lib/markdown/mdast-glossary.ts) marks each text of a page's
 * Markdown with it; the page then keeps only the first link per term (glossaryLinksOnce).
 */
export function glossaryParts(
  text: string,
  matcher: TermMatcher,
  /** The terms already explained before this text (the plugin's, across a page), added to here. */
  explained = new Set<string>(),
): GlossaryPart[] {
  const parts: GlossaryPart[] = [];
  let from = 0;
  for (const match of matcher.find(text)) {
    if (explained.has(match.term.id)) continue;
    explained.add(match.term.id);
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: match.text, term: match.term });
    from = match.index + match.text.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

const matchers = new WeakMap<readonly Entry<'glossary'>[], TermMatcher>();

/** One matcher per build for the glossary's entries (the list is the same object on every page). */
export function glossaryMatcher(glossary: readonly Entry<'glossary'>[]): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = new TermMatcher(glossary.map((entry) => glossaryTerm(entry.id, entry.data)));
    matchers.set(glossary, matcher);
  }
  return matcher;
}
