import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/** "![Foto](/afbeeldingen/mijn foto.png)": an address with a space, which Markdown does not read as one. */
const spaceInAddress = /(!?)\[([^\]\n]*)\]\(([^()\n<>]*?\s[^()\n<>]*?)\)/g;
/**
 * "[Regie] (/plannen/regie/)": a space between the text and the address. Only what looks like an
 * address counts, so "rapport [1] (2019)" is left alone.
 */
const spaceBeforeAddress = /(!?)\[([^\]\n]+)\][ \t]+\(((?:\/|#|https?:\/\/|mailto:|www\.)[^()\s]*)\)/g;
/** "[het plan][regie]" without a line "[regie]: /plannen/regie/" below it. */
const missingReference = /(!?)\[([^\]\n]+)\]\[([^\]\n]*)\]/g;

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
      const line = body.lineOf(node);
      for (const [written, bang, , address] of node.value.matchAll(spaceInAddress)) {
        const what = bang ? 'afbeelding' : 'link';
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: `"${written}" wordt geen ${what}: er staat een spatie in het adres`,
          hint: /\.\w{2,4}\s*$/.test(address!)
            ? 'Geef het bestand een naam zonder spaties, zoals mijn-foto.png in plaats van mijn foto.png, en pas het adres aan.'
            : 'Haal de spaties uit het adres.',
        });
      }
      for (const [written, bang, text, label] of node.value.matchAll(missingReference)) {
        const name = label || text!;
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: `"${written}" wordt geen ${bang ? 'afbeelding' : 'link'}: er is geen regel "[${name}]: adres"`,
          hint: `Zet onder de tekst een regel met het adres, zoals [${name}]: /plannen/regie/, of schrijf de link in één keer: [${text}](/plannen/regie/).`,
        });
      }
      for (const [written, bang] of node.value.matchAll(spaceBeforeAddress)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: `"${written}" wordt geen ${bang ? 'afbeelding' : 'link'}: er staat een spatie tussen ] en (`,
          hint: 'Schrijf ] en ( direct achter elkaar, zoals [het plan Regie](/plannen/regie/).',
        });
      }
    });
  }
  return issues;
}
