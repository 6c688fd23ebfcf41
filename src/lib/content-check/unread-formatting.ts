import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/** Two asterisks as written, not escaped (`\*\*` is the signs themselves). */
const asterisks = /(?<!\\)\*\*/;

/**
 * Bullets as Word, a PDF or a web page paste them ("• eerste punt"), at the start of a line after the
 * markers of a quote or a list item. Markdown makes no list of them: the lines run together into one
 * paragraph, bullets and all. (\uf0b7 is the bullet of Word's Symbol font.)
 */
const pastedBullet = /^[ \t>]*([•·▪◦●\uf0b7])[ \t]+\S/gmu;

/** The start of `text` at `index`, up to the end of its line; a long line up to a whole word. */
function quoteFrom(text: string, index: number): string {
  const rest = text.slice(index).split('\n', 1)[0]!;
  return rest.length > 40 ? `${rest.slice(0, 40).replace(/\s+\S*$/, '')}…` : rest;
}

const linesBefore = (text: string, index: number) => text.slice(0, index).match(/\n/g)?.length ?? 0;

/**
 * Formatting that Markdown did not read, so the page shows the signs instead of what they were for:
 * - bold with two asterisks without their pair ("**Let op: …" and no closing pair), or with a space
 *   between them and the text ("** Let op**"). Bold that was read leaves no asterisks in the text,
 *   so any that are left in what the editor wrote for a text are such a slip;
 * - a list pasted with its bullets, which becomes one paragraph.
 */
export function checkUnreadFormatting({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (node) => {
      if (node.type !== 'text' && node.type !== 'paragraph') return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const written = entry.body.slice(start, end);
      const line = body.lineOf(node);
      const at = (index: number) => (line === undefined ? undefined : line + linesBefore(written, index));
      if (node.type === 'text') {
        const found = asterisks.exec(written);
        if (!found) return;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: at(found.index),
          message: `"${quoteFrom(written, found.index)}" wordt niet vet: de sterretjes hebben geen paar, of er staat een spatie tussen de sterretjes en de tekst, dus de pagina toont ze`,
          hint: 'Zet twee sterretjes direct voor en direct na de tekst die vet moet, zonder spatie: **zo**. Bedoelt u de sterretjes zelf, schrijf dan \\*\\*.',
        });
        return;
      }
      const bullets = [...written.matchAll(pastedBullet)];
      if (bullets.length === 0) return;
      const first = bullets[0]!;
      const bulletAt = first.index + first[0].indexOf(first[1]!);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: at(first.index),
        message: `"${quoteFrom(written, bulletAt)}" wordt geen lijst: Markdown maakt geen lijst van regels met opsommingstekens (zoals ze uit Word of een website meekomen), dus de regels lopen door in één alinea, met de tekens erin`,
        hint: 'Begin elk item van een lijst met een streepje en een spatie ("- eerste punt"), elk op een eigen regel, met een lege regel boven de lijst.',
      });
    });
  }
  return issues;
}
