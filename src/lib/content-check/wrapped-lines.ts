import type { List, Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';
import { firstYear } from './update-dates.ts';
import { offsetsOf, quoteFrom } from './written-text.ts';

/**
 * Text with its lines broken where a PDF or an e-mail broke them, so that a line starts with what
 * Markdown reads as a list: a sentence that goes on with "- en ook de baten" becomes a paragraph and a
 * bulleted list; a line that starts with "2019. Een bewogen jaar" a numbered list counting from 2019.
 * Warnings: a list right under a sentence can be meant.
 */
export function checkWrappedLines({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (parent: Nodes) => {
      if (!('children' in parent)) return;
      parent.children.forEach((node, i) => {
        if (node.type !== 'list') return;
        const list = node as List;
        const first = toString(list.children[0] ?? list).trim();
        const line = body.lineOf(list);
        // A list counting from a number a date of this site can have a year of: surely a year.
        if (list.ordered && (list.start ?? 1) >= firstYear) {
          issues.push({
            severity: 'warning',
            file: entry.file,
            line,
            message: `"${list.start}. ${quoteFrom(first, 0)}" wordt een genummerde lijst die telt vanaf ${list.start}: een regel die begint met een getal en een punt leest Markdown als een lijst`,
            hint: `Bedoelt u een jaartal aan het begin van een zin, zet dan een \\ voor de punt: "${list.start}\\. ${first.split(/\s+/).slice(0, 2).join(' ')} …". Of zet het jaartal niet aan het begin van de regel.`,
          });
          return;
        }
        // A bulleted list straight under a paragraph, no blank line between, its first word in small
        // letters, and the paragraph not ending with ":" that announces a list.
        const before = parent.children[i - 1];
        // In a list item, a list under its text is a list within the list, as meant.
        if (parent.type === 'listItem') return;
        if (list.ordered || before?.type !== 'paragraph' || !/^\p{Ll}/u.test(first)) return;
        const above = offsetsOf(before as Paragraph);
        const start = offsetsOf(list);
        if (!above || !start || entry.body.slice(above.end, start.start).includes('\n\n')) return;
        if (/[:;]\s*$/.test(toString(before))) return;
        const marker = entry.body[start.start] ?? '-';
        const sign = marker === '*' ? 'een sterretje' : marker === '+' ? 'een plusteken' : 'een streepje';
        issues.push({
          severity: 'warning',
          file: entry.file,
          line,
          message: `"${marker} ${quoteFrom(first, 0)}" wordt een opsomming: de regel begint met ${sign}, direct onder de zin erboven, en dan breekt Markdown de zin daar af`,
          hint: `Hoort de regel bij de zin erboven (afgebroken zoals in een pdf of e-mail), zet hem dan achter die zin, of zet een \\ voor ${sign}. Bedoelt u een opsomming, zet dan een dubbele punt aan het eind van de zin erboven, of een lege regel ertussen.`,
        });
      });
    });
  }
  return issues;
}
