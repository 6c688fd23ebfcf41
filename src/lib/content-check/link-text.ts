import { toString } from 'mdast-util-to-string';
import { normaliseLinkText, vagueLinkTexts } from '../links/link-text.ts';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/**
 * A web address with a path as the link's text: a screen reader reads it out sign by sign
 * ("h t t p s dubbele punt…"), and it says less than the name of the page. A bare address in the
 * text becomes such a link too. Only a domain ("www.almelo.nl") is short enough to be a name.
 */
const addressWithPath = /^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}\/[^\s/][^\s]*$/i;

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
      } else if (addressWithPath.test(toString(node).trim())) {
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: body.lineOf(node),
          message: `de linktekst is het webadres "${toString(node).trim()}": een schermlezer leest het teken voor teken voor`,
          hint: 'Schrijf als linktekst de naam van de pagina waar de link naartoe gaat, zoals [Jeugdhulp in de gemeente](https://…) in plaats van [https://…](https://…). Op papier drukt de site het adres van elke link al af.',
        });
      }
    });
  }
  return issues;
}
