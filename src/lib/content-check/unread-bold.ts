import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/** Two asterisks as written, not escaped (`\*\*` is the signs themselves). */
const asterisks = /(?<!\\)\*\*/;

/**
 * Bold that Markdown did not read: two asterisks without their pair ("**Let op: …" and no closing
 * pair), or with a space between them and the text ("** Let op**"). The page shows the asterisks,
 * and nothing else says so. Bold that was read leaves no asterisks in the text, so any that are left
 * in what the editor wrote for a text are such a slip.
 */
export function checkUnreadBold({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (node) => {
      if (node.type !== 'text') return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const written = entry.body.slice(start, end);
      const found = asterisks.exec(written);
      if (!found) return;
      const rest = written.slice(found.index).split('\n', 1)[0]!;
      // A long line is quoted up to a whole word: enough to find it.
      const quoted = rest.length > 40 ? `${rest.slice(0, 40).replace(/\s+\S*$/, '')}…` : rest;
      const line = body.lineOf(node);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: line === undefined ? undefined : line + (written.slice(0, found.index).match(/\n/g)?.length ?? 0),
        message: `"${quoted}" wordt niet vet: de sterretjes hebben geen paar, of er staat een spatie tussen de sterretjes en de tekst, dus de pagina toont ze`,
        hint: 'Zet twee sterretjes direct voor en direct na de tekst die vet moet, zonder spatie: **zo**. Bedoelt u de sterretjes zelf, schrijf dan \\*\\*.',
      });
    });
  }
  return issues;
}
