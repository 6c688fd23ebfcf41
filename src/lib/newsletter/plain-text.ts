import { convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';

/** Line length of the plain-text e-mail: the usual 76 characters, URLs are never broken. */
export const plainTextWidth = 76;

type DomNode = Parameters<FormatCallback>[0];

function textOf(node: DomNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  return (node.children ?? []).map((child) => textOf(child as DomNode)).join('');
}

/** The addresses of the links inside a node, in order. */
function hrefsIn(node: DomNode): string[] {
  const own =
    node.type === 'tag' && node.name === 'a' && typeof node.attribs?.href === 'string' ? [node.attribs.href] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => hrefsIn(child as DomNode))];
}

/**
 * A heading on its own lines, underlined with `mark` so it stands out in a mail client without
 * formatting. A link in it keeps its address after the text, in angle brackets, as links elsewhere do.
 */
function underlinedHeading(mark: string): FormatCallback {
  return (element, _walk, builder, options) => {
    const text = textOf(element).replace(/\s+/g, ' ').trim();
    const addresses = hrefsIn(element)
      .filter((href) => href !== '' && href.replace(/^mailto:/, '') !== text)
      .map((href) => ` <${href}>`)
      .join('');
    builder.openBlock({ leadingLineBreaks: options.leadingLineBreaks ?? 2 });
    builder.addLiteral(`${text}${addresses}`);
    builder.closeBlock({ trailingLineBreaks: 1 });
    builder.openBlock({ leadingLineBreaks: 1 });
    builder.addLiteral(mark.repeat(Math.min(text.length, plainTextWidth)));
    builder.closeBlock({ trailingLineBreaks: options.trailingLineBreaks ?? 2 });
  };
}

/** An image as its alt text in brackets: what a reader of the HTML version sees when images are blocked. */
const imageAsAltText: FormatCallback = (element, _walk, builder) => {
  const alt = String(element.attribs?.alt ?? '').trim();
  if (alt) builder.addInline(`[${alt}]`);
};

/** The rows of a table, in order, through its thead, tbody and tfoot. */
function rowsOf(node: DomNode): DomNode[] {
  return (node.children ?? []).flatMap((child) => {
    const element = child as DomNode;
    if (element.type !== 'tag') return [];
    if (element.name === 'tr') return [element];
    return ['thead', 'tbody', 'tfoot'].includes(element.name ?? '') ? rowsOf(element) : [];
  });
}

const hasImage = (node: DomNode): boolean =>
  (node.type === 'tag' && node.name === 'img') || (node.children ?? []).some((child) => hasImage(child as DomNode));

const cellsOf = (row: DomNode) =>
  (row.children ?? []).filter((cell) => ['th', 'td'].includes((cell as DomNode).name ?? '')) as DomNode[];

/**
 * A table as one block per row, each cell on a line of its own after its column's heading ("Gemeente:
 * Almelo"): side by side, as columns, a table of a few columns with sentences in them ran to lines of
 * 150 to 200 characters, which mail programs break into a jumble. Links in cells keep their address.
 */
const tableAsRecords: FormatCallback = (element, walk, builder) => {
  const [head, ...rows] = rowsOf(element);
  if (!head) return;
  const headings = cellsOf(head).map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
  if (rows.length === 0) {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addInline(headings.join(' · '));
    builder.closeBlock({ trailingLineBreaks: 2 });
    return;
  }
  for (const row of rows) {
    builder.openBlock({ leadingLineBreaks: 2 });
    cellsOf(row).forEach((cell, i) => {
      // An empty cell says nothing: no line for it.
      if (textOf(cell).trim() === '' && !hasImage(cell)) return;
      builder.openBlock({ leadingLineBreaks: 1 });
      if (headings[i]) builder.addInline(`${headings[i]}: `);
      walk(cell.children as DomNode[], builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    });
    builder.closeBlock({ trailingLineBreaks: 2 });
  }
};

const options: HtmlToTextOptions = {
  wordwrap: plainTextWidth,
  formatters: {
    underlinedH2: underlinedHeading('='),
    underlinedH3: underlinedHeading('-'),
    underlinedH4: underlinedHeading('~'),
    imageAsAltText,
    tableAsRecords,
  },
  selectors: [
    { selector: 'h1', format: 'underlinedH2', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'h2', format: 'underlinedH2', options: { leadingLineBreaks: 3, trailingLineBreaks: 2 } },
    { selector: 'h3', format: 'underlinedH3', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    // Deeper headings too, or they read as a one-line paragraph (and in their own case: html-to-text
    // shouts headings in capitals by default).
    ...['h4', 'h5', 'h6'].map((selector) => ({
      selector,
      format: 'underlinedH4',
      options: { leadingLineBreaks: 2, trailingLineBreaks: 1 },
    })),
    // The address in angle brackets after the text is how plain-text mail writes links; readers turn it into a link.
    { selector: 'a', options: { linkBrackets: ['<', '>'], hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'imageAsAltText' },
    { selector: 'table', format: 'tableAsRecords' },
    { selector: 'ul', options: { itemPrefix: ' - ' } },
  ],
};

/**
 * Turns HTML into the text of a plain-text e-mail: headings on their own (underlined) lines, lists with
 * dashes, tables row by row, every link written out after its text, and images as their alt text in brackets.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, options)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
