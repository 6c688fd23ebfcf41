/**
 * Ids the site's own templates put on pages, where content may link to them. The templates use these
 * constants, and the content check's index takes its anchors from here: one place for each.
 */

/** The main content of every page (the skip link's target): `<main id="inhoud">`. */
export const mainContentId = 'inhoud';

/** The anchor of a glossary term on the glossary pages: its id, so `/begrippen/#vve` explains VVE. */
export function glossaryTermAnchor(termId: string): string {
  return termId;
}

/** Where a glossary term is explained, as a site path (without the base): `/begrippen/#vve`. */
export function glossaryTermPath(termId: string): string {
  return `/begrippen/#${glossaryTermAnchor(termId)}`;
}
