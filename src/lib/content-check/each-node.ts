import type { Nodes } from 'mdast';

/** The nodes of each whole document walked so far, in document order (the checks never change a tree). */
const documents = new WeakMap<Nodes, readonly Nodes[]>();

/**
 * Calls `visit` for every node of a syntax tree, parents before their children, in document order
 * (the order of unist-util-visit). Several checks walk every body; unist-util-visit copies the list
 * of ancestors at every parent and tests every node, which cost more than the parse on a large site.
 * The nodes of a whole document are listed at its first walk, and every later walk goes down that list.
 */
export function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  let nodes = documents.get(node);
  if (!nodes) {
    const listed: Nodes[] = [];
    collect(node, listed);
    nodes = listed;
    if (node.type === 'root') documents.set(node, nodes);
  }
  for (const each of nodes) visit(each);
}

function collect(node: Nodes, into: Nodes[]): void {
  into.push(node);
  if ('children' in node) for (const child of node.children) collect(child, into);
}
