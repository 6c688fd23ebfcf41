import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../urls';

/**
 * Editors link to other pages of the site by their site path ("/plannen/regie/"). This puts the
 * deployment base in front, so the same Markdown works when the site lives under a sub-path.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const { base } = options;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      if (!attribute) return;
      const value = node.properties?.[attribute];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
      if (base !== '/' && value.startsWith(base)) return;
      node.properties[attribute] = withBase(base, value);
    });
  };
}
