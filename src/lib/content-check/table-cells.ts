import type { Table } from 'mdast';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';
import { offsetsOf, quoteFrom } from './written-text.ts';

/** The cells of a table row as written: `|` splits, `\|` does not (in code too, as GFM has it). */
export function writtenCells(row: string): string[] {
  const cells = row.trim().split(/(?<!\\)\|/);
  // The outer pipes open and close the row: nothing before the first, nothing after the last.
  if (cells.length > 1 && cells[0]!.trim() === '') cells.shift();
  if (cells.length > 1 && cells.at(-1)!.trim() === '') cells.pop();
  return cells;
}

/**
 * A row of a Markdown table with more cells than the table's first row: Markdown drops the cells past
 * the last column without a word, on the page, in the feeds and in the e-mail ("| Hengelo | € 1.200 |
 * € 1.500 |" under two columns loses "€ 1.500"). Often a | in the text of a cell, meant as a sign.
 */
export function checkTableCells({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    eachNode(body.tree, (node) => {
      if (node.type !== 'table') return;
      const columns = (node as Table).children[0]?.children.length ?? 0;
      for (const row of (node as Table).children.slice(1)) {
        const place = offsetsOf(row);
        if (!place) continue;
        const written = entry.body.slice(place.start, place.end).split('\n')[0]!;
        const cells = writtenCells(written);
        if (cells.length <= columns) continue;
        const lost = cells
          .slice(columns)
          .map((cell) => cell.trim())
          .filter(Boolean);
        // Empty cells past the last column ("| Hengelo | € 1.200 | |"): nothing is lost.
        if (lost.length === 0) continue;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(row),
          message: `de rij "${quoteFrom(written.trim(), 0, 60)}" heeft ${cells.length} cellen en de tabel ${columns} kolommen: de pagina laat ${lost.map((cell) => `"${quoteFrom(cell, 0)}"`).join(' en ')} weg`,
          hint: 'Geef de tabel een kolom meer: zet een cel bij in de eerste rij en een --- in de regel eronder. Of haal de cel te veel weg. Hoort het teken | in de tekst van een cel, schrijf dan \\|.',
        });
      }
    });
  }
  return issues;
}
