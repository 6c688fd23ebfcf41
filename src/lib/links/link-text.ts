/**
 * Link texts that say nothing about where a link goes. Screen-reader users often browse a page by
 * its list of links, where "klik hier" five times is no help (WCAG 2.4.4). The content check refuses
 * them in Markdown; the build tests refuse them anywhere on the built site.
 */
export const vagueLinkTexts: ReadonlySet<string> = new Set([
  'klik hier',
  'hier klikken',
  'klik',
  'hier',
  'zie hier',
  'lees meer',
  'lees verder',
  'verder lezen',
  'meer',
  'meer informatie',
  'meer info',
  'link',
  'deze link',
  'deze pagina',
  'click here',
  'here',
  'read more',
  'more',
]);

/** The text as a reader hears it, without case, surrounding quotes or closing punctuation. */
export function normaliseLinkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^["'“‘«]+|["'”’»]+$/g, '')
    .replace(/[\s.:;!?…»>→-]+$/u, '')
    .trim();
}

/** Whether a link's text says nothing about where it goes. */
export function isVagueLinkText(text: string): boolean {
  return vagueLinkTexts.has(normaliseLinkText(text));
}
