import { toString } from 'mdast-util-to-string';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import { isJsxElement } from './markdown.ts';
import type { ContentIssue } from './types.ts';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * Headings that skip a level. The page title is the only level-1 heading, so a body starts at `##`
 * and goes down one level at a time; screen-reader users navigate by this outline (WCAG 1.3.1).
 * And headings without a word: a screen reader announces an empty heading, and the site can make
 * no anchor for one ("## ???" got id="", which is no valid HTML).
 */
export function checkHeadings({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    let previous = 1;
    eachNode(body.tree, (node) => {
      let depth: number | undefined;
      if (node.type === 'heading') depth = node.depth;
      else if (isJsxElement(node) && /^h[1-6]$/.test(node.name ?? '')) depth = Number(node.name!.slice(1));
      if (depth === undefined) return;
      const line = body.lineOf(node);
      // Raw HTML (`## <span></span>`) is no text a reader hears.
      const text = node.type === 'heading' ? toString(node, { includeHtml: false }).trim() : undefined;
      if (text !== undefined && !/[\p{L}\p{N}]/u.test(text)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: text === '' ? 'een kop zonder tekst' : `de kop "${text}" heeft geen letters of cijfers`,
          hint: 'Schrijf in de kop in een paar woorden waar de tekst eronder over gaat, of haal de regel weg.',
        });
      }
      if (depth === 1) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: 'een kop van niveau 1 (#) in de tekst; de titel van de pagina is al de kop van niveau 1',
          hint: 'Begin koppen in de tekst met ## (niveau 2), en gebruik ### voor een kop daaronder.',
        });
      } else if (depth > previous + 1) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: `deze kop springt van niveau ${previous} naar niveau ${depth} (${hashes(depth)}) en slaat een niveau over`,
          hint: `Gebruik hier ${hashes(previous + 1)}: een kop is hoogstens één niveau dieper dan de kop erboven${previous === 1 ? ' (de titel van de pagina is niveau 1)' : ''}.`,
        });
      }
      previous = depth;
    });
  }
  return issues;
}
