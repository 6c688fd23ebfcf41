import { toString } from 'mdast-util-to-string';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';
import { linesBefore, offsetsOf, scannable } from './written-text.ts';

/**
 * What Markdown left as text, as the editor wrote it: [0] all of it, [1] "!" for an image, [2] the text
 * between [ and ], [3] what follows.
 */
type Written = readonly string[];

interface UnreadLink {
  pattern: RegExp;
  /** What it does not become, when that is no link or image ("voetnoot"). */
  noun?: string;
  /** Why it did not become a link, after "wordt geen link:". */
  reason: (written: Written) => string;
  hint: (written: Written) => string;
}

/** For an editor who meant the brackets as text. */
const textBrackets = 'Bedoelt u de blokhaken als tekst? Zet dan een \\ voor elke blokhaak: \\[zo\\].';

/** Nodes whose inline content forms one run of text, in which a link is written. */
const blocksOfText = new Set(['paragraph', 'heading', 'tableCell']);

const unreadLinks: readonly UnreadLink[] = [
  {
    // "![Foto](/afbeeldingen/mijn foto.png)": an address with a space.
    pattern: /(!?)\[([^\]\n]*)\]\(([^()\n<>]*?\s[^()\n<>]*?)\)/dg,
    reason: () => 'er staat een spatie in het adres',
    // A file name ends in a file type; a web or e-mail address ("mailto: info@junis.nl") may end alike.
    hint: (written) =>
      /\.\w{2,4}\s*$/.test(written[3]!) && !/^\s*([a-z][a-z0-9+.-]*:|www\.)/i.test(written[3]!)
        ? 'Geef het bestand een naam zonder spaties, zoals mijn-foto.png in plaats van mijn foto.png, en pas het adres aan.'
        : 'Haal de spaties uit het adres.',
  },
  {
    // "[het plan][regie]" without a line "[regie]: /plannen/regie/" below it.
    pattern: /(!?)\[([^\]\n]+)\]\[([^\]\n]*)\]/dg,
    reason: (written) => `er is geen regel "[${written[3] || written[2]}]: adres"`,
    hint: (written) =>
      `Zet onder de tekst een regel met het adres, zoals [${written[3] || written[2]}]: /plannen/regie/, of schrijf de link in één keer: [${written[2]}](/plannen/regie/). ${textBrackets}`,
  },
  {
    // "zie de bijlage[^bijlage]" without a line "[^bijlage]: …" below it: no footnote, the page shows the brackets.
    pattern: /()\[(\^[^\]\s]+)\]()/dg,
    noun: 'voetnoot',
    reason: (written) => `er is geen regel "[${written[2]}]: …" met de tekst van de voetnoot`,
    hint: (written) =>
      `Zet onder de tekst een regel met de voetnoot, zoals [${written[2]}]: De tekst van de voetnoot. Of haal [${written[2]}] weg. Bedoelt u de tekens zelf, schrijf dan \\[${written[2]}].`,
  },
  {
    // "[Regie] (/plannen/regie/)": a space before the address. Only what looks like an address counts,
    // so "rapport [1] (2019)" is left alone.
    pattern: /(!?)\[([^\]\n]+)\][ \t]+\(((?:\/|#|https?:\/\/|mailto:|www\.)[^()\s]*)\)/dg,
    reason: () => 'er staat een spatie tussen ] en (',
    hint: () => `Schrijf ] en ( direct achter elkaar, zoals [het plan Regie](/plannen/regie/). ${textBrackets}`,
  },
];

/**
 * Links and images that Markdown did not read as one, because of a space where it cannot be or a
 * reference without its address: the page would show the brackets and the address as text, and
 * nothing else says so. And a web address between < and > without https://, which becomes a link
 * with the < and > shown around it. They are found in what the editor wrote, so one with bold in its text is found
 * too; a link that was read never is, nor one written with escaped brackets.
 */
export function checkUnreadLinks({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    const source = entry.body;
    eachNode(body.tree, (parent) => {
      // "<www.jeugdtwente.nl>": without https:// no link between < and >, but Markdown still makes the
      // address a link, and the page shows the < and > around it.
      if (!('children' in parent)) return;
      parent.children.forEach((node, i) => {
        const before = parent.children[i - 1];
        const after = parent.children[i + 1];
        if (node.type !== 'link' || before?.type !== 'text' || after?.type !== 'text') return;
        if (!before.value.endsWith('<') || !after.value.startsWith('>')) return;
        const address = toString(node);
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `"<${address}>" wordt een link met < en > eromheen: zonder https:// ervoor toont de pagina die tekens`,
          hint: `Haal < en > weg en schrijf een link met de naam van de website, zoals [naam van de website](${/^[a-z]+:/i.test(address) ? address : `https://${address}`}).`,
        });
      });
    });
    eachNode(body.tree, (node) => {
      if (!blocksOfText.has(node.type)) return;
      const place = offsetsOf(node);
      if (!place) return;
      const text = source.slice(place.start, place.end);
      // Most blocks have no brackets at all: nothing to read for them.
      if (!text.includes('[')) return;
      const scanned = scannable(text, node, place);
      for (const { pattern, noun, reason, hint } of unreadLinks) {
        for (const match of scanned.matchAll(pattern)) {
          // The blanks keep every offset: each part is quoted as it was written.
          const written = match.indices!.map((range) =>
            range ? source.slice(place.start + range[0], place.start + range[1]) : '',
          );
          const line = body.lineOf(node);
          issues.push({
            severity: 'error',
            file: entry.file,
            line: line === undefined ? undefined : line + linesBefore(text, match.index),
            message: `"${written[0]}" wordt geen ${noun ?? (written[1] ? 'afbeelding' : 'link')}: ${reason(written)}`,
            hint: hint(written),
          });
        }
      }
    });
  }
  return issues;
}
