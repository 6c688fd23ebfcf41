import type { Nodes } from 'mdast';

/**
 * The body as the editor wrote it, for checks that look for what Markdown did not read: the offsets of
 * a node, its source with what Markdown did read as something else blanked out, and how to point at a
 * place in it (its line, a short quote).
 */

/** Inline nodes whose text is read as the editor wrote it; any other (code, HTML, a link's address) is not. */
const writtenAsText = new Set(['text', 'emphasis', 'strong', 'delete', 'break']);

export interface Located {
  start: number;
  end: number;
}

/** Where a node starts and ends in the body, as offsets; undefined for a node without a position. */
export function offsetsOf(node: Nodes): Located | undefined {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined
    ? undefined
    : { start: start.offset, end: end.offset };
}

/**
 * The source of a block of text as the patterns read it: the same length as what the editor wrote, with
 * blanks over everything Markdown did read as something else (code, HTML, the address of a link that was
 * read) and over every escaped character, so that `\[x\](a b)`, which the editor meant as text, is no
 * unread link. The text inside a link or an MDX element that was read is read too: an image with a space
 * in its address can sit in a link, as in [![Foto](/mijn foto.png)](/plannen/regie/). With `linkTextRead`
 * false a link is blanked whole, text and all: for what cannot start inside a link, such as a heading.
 */
export function scannable(text: string, block: Nodes, place: Located, { linkTextRead = true } = {}): string {
  const blanks = new Array<boolean>(text.length).fill(false);
  const blank = (from: number, to: number) => blanks.fill(true, from - place.start, to - place.start);
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    for (const child of node.children) {
      const at = offsetsOf(child);
      if (!at) continue;
      if (writtenAsText.has(child.type)) {
        visit(child);
        continue;
      }
      if (!linkTextRead && (child.type === 'link' || child.type === 'linkReference')) {
        blank(at.start, at.end);
        continue;
      }
      const inner = 'children' in child ? child.children.map(offsetsOf) : [];
      const first = inner[0];
      const last = inner.at(-1);
      if (!first || !last) {
        blank(at.start, at.end);
        continue;
      }
      // Its own syntax (the brackets and address of a link, the tag of an element); what it holds is read.
      blank(at.start, first.start);
      blank(last.end, at.end);
      visit(child);
    }
  };
  visit(block);
  if (!text.includes('\\') && !blanks.includes(true)) return text;
  let scanned = '';
  for (let i = 0; i < text.length; i++) {
    const escaped = text[i] === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!) && !blanks[i];
    if (escaped) {
      scanned += '\0\0';
      i++;
    } else scanned += blanks[i] ? '\0' : text[i];
  }
  return scanned;
}

/** The number of line ends in `text` before `index`: added to a node's first line, the line of that place. */
export function linesBefore(text: string, index: number): number {
  return text.slice(0, index).match(/\n/g)?.length ?? 0;
}

/** What is written from `index` to the end of its line, for a message; a long line up to a whole word. */
export function quoteFrom(text: string, index: number, length = 40): string {
  const rest = text.slice(index).split('\n', 1)[0]!;
  return rest.length > length ? `${rest.slice(0, length).replace(/\s+\S*$/, '')}…` : rest;
}
