import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

interface UnreadLink {
  /** What Markdown leaves as text; group 1 is "!" for an image, group 2 the text between [ and ]. */
  pattern: RegExp;
  /** Why it did not become a link, after "wordt geen link:". */
  reason: (match: RegExpMatchArray) => string;
  hint: (match: RegExpMatchArray) => string;
}

const unreadLinks: readonly UnreadLink[] = [
  {
    // "![Foto](/afbeeldingen/mijn foto.png)": an address with a space.
    pattern: /(!?)\[([^\]\n]*)\]\(([^()\n<>]*?\s[^()\n<>]*?)\)/g,
    reason: () => 'er staat een spatie in het adres',
    hint: (match) =>
      /\.\w{2,4}\s*$/.test(match[3]!)
        ? 'Geef het bestand een naam zonder spaties, zoals mijn-foto.png in plaats van mijn foto.png, en pas het adres aan.'
        : 'Haal de spaties uit het adres.',
  },
  {
    // "[het plan][regie]" without a line "[regie]: /plannen/regie/" below it.
    pattern: /(!?)\[([^\]\n]+)\]\[([^\]\n]*)\]/g,
    reason: (match) => `er is geen regel "[${match[3] || match[2]}]: adres"`,
    hint: (match) =>
      `Zet onder de tekst een regel met het adres, zoals [${match[3] || match[2]}]: /plannen/regie/, of schrijf de link in één keer: [${match[2]}](/plannen/regie/).`,
  },
  {
    // "[Regie] (/plannen/regie/)": a space before the address. Only what looks like an address counts,
    // so "rapport [1] (2019)" is left alone.
    pattern: /(!?)\[([^\]\n]+)\][ \t]+\(((?:\/|#|https?:\/\/|mailto:|www\.)[^()\s]*)\)/g,
    reason: () => 'er staat een spatie tussen ] en (',
    hint: () => 'Schrijf ] en ( direct achter elkaar, zoals [het plan Regie](/plannen/regie/).',
  },
];

/**
 * Links and images that Markdown did not read as one, because of a space where it cannot be or a
 * reference without its address: the page would show the brackets and the address as text, and
 * nothing else says so. They are left in the text, so they are found there; a link that was read never is.
 */
export function checkUnreadLinks({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (node) => {
      if (node.type !== 'text') return;
      for (const { pattern, reason, hint } of unreadLinks) {
        for (const match of node.value.matchAll(pattern)) {
          issues.push({
            severity: 'error',
            file: entry.file,
            line: body.lineOf(node),
            message: `"${match[0]}" wordt geen ${match[1] ? 'afbeelding' : 'link'}: ${reason(match)}`,
            hint: hint(match),
          });
        }
      }
    });
  }
  return issues;
}
