import type { Root } from 'mdast';
import { eachNode } from './each-node.ts';
import { htmlTags, isJsxElement, jsxAttribute } from './markdown.ts';

/** A link or image address in a body, with the node it sits on (for its line). */
export interface LinkTarget {
  kind: 'link' | 'image';
  url: string;
  node: object;
  /** Written as an MDX element (`<a href>` in a .mdx file), which the build does not give the base path. */
  jsx?: true;
}

/** Every address in a body: Markdown links and images, link definitions, and `<a>`/`<img>` in HTML or MDX. */
export function linkTargets(tree: Root): LinkTarget[] {
  const targets: LinkTarget[] = [];
  // A definition ("[logo]: /afbeeldingen/logo.png") is the address of an image when an image refers to it.
  const imageDefinitions = new Set<string>();
  eachNode(tree, (node) => {
    if (node.type === 'imageReference') imageDefinitions.add(node.identifier);
  });
  eachNode(tree, (node) => {
    if (node.type === 'definition')
      targets.push({ kind: imageDefinitions.has(node.identifier) ? 'image' : 'link', url: node.url, node });
    else if (node.type === 'link') targets.push({ kind: 'link', url: node.url, node });
    else if (node.type === 'image') targets.push({ kind: 'image', url: node.url, node });
    else if (node.type === 'html') {
      for (const a of htmlTags(node.value, 'a')) {
        const href = a.get('href');
        if (typeof href === 'string') targets.push({ kind: 'link', url: href, node });
      }
      for (const img of htmlTags(node.value, 'img')) {
        const src = img.get('src');
        if (typeof src === 'string') targets.push({ kind: 'image', url: src, node });
      }
    } else if (isJsxElement(node)) {
      const attribute = node.name === 'a' ? 'href' : node.name === 'img' ? 'src' : undefined;
      const url = attribute ? jsxAttribute(node, attribute) : undefined;
      if (typeof url === 'string') targets.push({ kind: node.name === 'a' ? 'link' : 'image', url, node, jsx: true });
    }
  });
  return targets;
}
