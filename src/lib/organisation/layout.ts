import type { OrgNode } from './tree.ts';

/** Sizes of the diagram, in SVG user units (pixels at natural size). */
export interface LayoutOptions {
  boxWidth: number;
  columnGap: number;
  lineHeight: number;
  paddingBlock: number;
  rowGap: number;
  /** Characters that fit on one line of a box; longer labels wrap at spaces. */
  charsPerLine: number;
}

export const defaultLayout: LayoutOptions = {
  boxWidth: 216,
  columnGap: 32,
  lineHeight: 18,
  paddingBlock: 7,
  rowGap: 8,
  charsPerLine: 24,
};

export interface PlacedBox {
  node: OrgNode;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface Connector {
  from: PlacedBox;
  to: PlacedBox;
  /** An SVG path from the right edge of the parent to the left edge of the child. */
  d: string;
}

export interface TreeLayout {
  width: number;
  height: number;
  /** Every box, depth first: the order a reader (and the Tab key) goes through the tree. */
  boxes: PlacedBox[];
  connectors: Connector[];
}

/** Splits a label into lines of at most `max` characters, at spaces; a longer word gets a line of its own. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

interface Measured {
  node: OrgNode;
  lines: string[];
  boxHeight: number;
  /** Height of the band this node and everything under it take up. */
  bandHeight: number;
  children: Measured[];
}

/**
 * Lays a tree out from left to right, one column per level: children stack top to bottom, and each
 * box sits level with the middle of its children. Computed at build time; the page draws it as SVG.
 */
export function layoutTree(root: OrgNode, options: LayoutOptions = defaultLayout): TreeLayout {
  const { boxWidth, columnGap, lineHeight, paddingBlock, rowGap, charsPerLine } = options;

  const measure = (node: OrgNode): Measured => {
    const lines = wrapLabel(node.label, charsPerLine);
    const boxHeight = lines.length * lineHeight + 2 * paddingBlock;
    const children = node.children.map(measure);
    const childrenHeight =
      children.reduce((sum, child) => sum + child.bandHeight, 0) + Math.max(0, children.length - 1) * rowGap;
    return { node, lines, boxHeight, bandHeight: Math.max(boxHeight, childrenHeight), children };
  };

  const boxes: PlacedBox[] = [];
  const connectors: Connector[] = [];
  let maxDepth = 0;

  const place = (measured: Measured, depth: number, top: number): PlacedBox => {
    maxDepth = Math.max(maxDepth, depth);
    const box: PlacedBox = {
      node: measured.node,
      depth,
      x: depth * (boxWidth + columnGap),
      y: 0,
      width: boxWidth,
      height: measured.boxHeight,
      lines: measured.lines,
    };
    boxes.push(box);
    const childrenHeight =
      measured.children.reduce((sum, child) => sum + child.bandHeight, 0) +
      Math.max(0, measured.children.length - 1) * rowGap;
    let childTop = top + (measured.bandHeight - childrenHeight) / 2;
    const placedChildren = measured.children.map((child) => {
      const placed = place(child, depth + 1, childTop);
      childTop += child.bandHeight + rowGap;
      return placed;
    });
    const centre = (b: PlacedBox) => b.y + b.height / 2;
    const wanted =
      placedChildren.length > 0
        ? (centre(placedChildren[0]!) + centre(placedChildren[placedChildren.length - 1]!)) / 2
        : top + measured.bandHeight / 2;
    const half = box.height / 2;
    box.y = Math.min(Math.max(wanted, top + half), top + measured.bandHeight - half) - half;
    for (const child of placedChildren) {
      const x1 = box.x + box.width;
      const y1 = centre(box);
      const x2 = child.x;
      const y2 = centre(child);
      const mid = x1 + columnGap / 2;
      connectors.push({ from: box, to: child, d: `M${x1} ${y1}H${mid}V${y2}H${x2}` });
    }
    return box;
  };

  const measured = measure(root);
  place(measured, 0, 0);
  return {
    width: (maxDepth + 1) * boxWidth + maxDepth * columnGap,
    height: measured.bandHeight,
    boxes,
    connectors,
  };
}
