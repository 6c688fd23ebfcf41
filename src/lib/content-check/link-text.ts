import { toString } from 'mdast-util-to-string';
import { normaliseLinkText, vagueLinkTexts } from '../links/link-text.ts';
import { isWebAddressWithPath } from '../links/web-address.ts';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/** Links with no text, with a text such as "klik hier" that does not say where they go, or with a web address as text. */
export function checkLinkTexts({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const text = normaliseLinkText(toString(node));
      const address = node.type === 'link' ? node.url : `[${node.label ?? node.identifier}]`;
      if (text === '') {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `de link naar "${address}" heeft geen tekst`,
          hint: 'Zet tussen de blokhaken waar de link naartoe gaat, bijvoorbeeld [het plan Regie](/plannen/regie/).',
        });
      } else if (vagueLinkTexts.has(text)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `de linktekst "${toString(node).trim()}" zegt niet waar de link naartoe gaat`,
          hint: 'Wie een schermlezer gebruikt, hoort vaak alleen de linkteksten. Schrijf de naam van de pagina in de link, bijvoorbeeld "Lees [het plan Regie](/plannen/regie/)" in plaats van "[klik hier](/plannen/regie/)".',
        });
      } else if (isWebAddressWithPath(toString(node).trim())) {
        // A screen reader reads an address out sign by sign ("h t t p s dubbele punt…"), and it says less
        // than the name of the page. Written bare in the text (or between < >), Markdown makes it a link too.
        const start = node.position?.start.offset;
        const bare = start !== undefined && entry.body[start] !== '[';
        const address = toString(node).trim();
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: body.lineOf(node),
          message: bare
            ? `het webadres "${address}" staat los in de tekst: de site maakt er een link van, die een schermlezer teken voor teken voorleest`
            : `de linktekst is het webadres "${address}": een schermlezer leest het teken voor teken voor`,
          hint: 'Schrijf als linktekst de naam van de pagina waar de link naartoe gaat, zoals [Jeugdhulp in de gemeente](https://…) in plaats van [https://…](https://…). Op papier drukt de site het adres van elke link al af.',
        });
      }
    });
  }
  return issues;
}
