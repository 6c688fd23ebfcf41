import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives every link in Markdown that leads to another page a `data-print-href` with its full address,
 * which the print stylesheet writes out after the link text: on paper a link is only its address,
 * and a site path ("/plannen/regie/") is no address. Runs after `rehypeBaseLinks`, so site paths
 * already carry the base. Links within the page (#…), e-mail and phone links are left alone.
 */
export function rehypePrintAddresses(options: { site: string }) {
  const { site } = options;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const value = node.properties?.href;
      if (typeof value !== 'string' || value === '' || value.startsWith('#') || /^(mailto|tel):/i.test(value)) return;
      if (/^https?:\/\//i.test(value)) node.properties.dataPrintHref = value;
      else if (value.startsWith('/') && !value.startsWith('//'))
        node.properties.dataPrintHref = new URL(value, site).href;
    });
  };
}
