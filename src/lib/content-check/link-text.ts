import { toString } from 'mdast-util-to-string';
import { normaliseLinkText, vagueLinkTexts } from '../links/link-text.ts';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/** Links with no text, or with a text such as "klik hier" that does not say where they go. */
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
      }
    });
  }
  return issues;
}
