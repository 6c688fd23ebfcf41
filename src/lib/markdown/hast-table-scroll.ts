import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** The text of a header cell, as a column's name in the label. */
function cellText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((child) => cellText(child as typeof node)).join('');
}

/**
 * A Markdown table in a box of its own that scrolls sideways when the table is wider than the screen:
 * without it a table with long Dutch words (jeugdhulpverlening) made the whole page scroll at 320 px
 * (WCAG 1.4.10). The box can take the keyboard's focus, so a keyboard user can scroll it too (WCAG
 * 2.1.1), and is a group named after the table's columns, so a screen reader says what it holds. The
 * styles are the site's (.table-scroll in src/styles/shared.css), as for the team tables.
 */
export function hastTableScroll(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'kennisbank:table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const headerRow = node.children
          .filter((child) => child.type === 'element' && child.tagName === 'thead')
          .flatMap((head) => ('children' in head ? head.children : []))
          .find((row) => row.type === 'element' && row.tagName === 'tr');
        const columns = (headerRow && 'children' in headerRow ? headerRow.children : [])
          .filter((cell) => cell.type === 'element' && cell.tagName === 'th')
          .map((cell) => cellText(cell).trim())
          .filter(Boolean);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'group',
            ariaLabel: columns.length > 0 ? `Tabel met de kolommen ${columns.join(', ')}` : 'Tabel',
          },
          children: [],
        });
      },
    },
  });
}
