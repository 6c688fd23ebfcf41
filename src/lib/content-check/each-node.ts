import type { Nodes } from 'mdast';

/**
 * Calls `visit` for every node of a syntax tree, parents before their children, in document order
 * (the order of unist-util-visit). Several checks walk every body; unist-util-visit copies the list
 * of ancestors at every parent and tests every node, which cost more than the parse on a large site.
 */
export function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visit);
}
