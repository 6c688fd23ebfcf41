import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** Attributes that hold one URL, per element. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** Attributes that hold a list of "URL width" candidates. */
const srcsetElements = new Set(['img', 'source']);

/** A scheme such as https:, mailto: or tel:; such links are already complete. */
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

function serialise(tree: Root): string {
  // Keep the serialisation close to what was written: only what must change, changes.
  return toHtml(tree, { allowDangerousHtml: true });
}

function stringValue(node: Element, attribute: string): string | undefined {
  const value = node.properties[attribute];
  return typeof value === 'string' ? value : undefined;
}

/** Every URL an HTML fragment links to or loads, as written, with the element and attribute it sits in. */
export function linksIn(html: string): { tag: string; attribute: string; url: string }[] {
  const found: { tag: string; attribute: string; url: string }[] = [];
  visit(parse(html), 'element', (node: Element) => {
    for (const attribute of urlAttributes[node.tagName] ?? []) {
      const url = stringValue(node, attribute);
      if (url !== undefined) found.push({ tag: node.tagName, attribute, url });
    }
    if (srcsetElements.has(node.tagName)) {
      const srcset = stringValue(node, 'srcSet');
      for (const candidate of srcset ? parseSrcset(srcset) : [])
        found.push({ tag: node.tagName, attribute: 'srcset', url: candidate.url });
    }
  });
  return found;
}

/** True when a URL works without knowing the page it is on: it has a scheme (https:, mailto:, …). */
export function isAbsolute(url: string): boolean {
  return hasScheme.test(url.trim());
}

function parseSrcset(value: string): { url: string; descriptor: string }[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [url = '', ...descriptor] = part.split(/\s+/);
      return { url, descriptor: descriptor.join(' ') };
    });
}

/**
 * Makes every link and image source in an HTML fragment absolute, resolved against the page it was
 * published on. Feed readers and mail clients show the text away from the site, where "/plannen/regie/"
 * or "#thema" lead nowhere.
 */
export function absolutiseLinks(html: string, pageUrl: string): string {
  const resolve = (url: string) => (isAbsolute(url) ? url : new URL(url, pageUrl).href);
  const tree = parse(html);
  visit(tree, 'element', (node: Element) => {
    // The address the print stylesheet writes out; away from the site it is only noise.
    delete node.properties.dataPrintHref;
    for (const attribute of urlAttributes[node.tagName] ?? []) {
      const url = stringValue(node, attribute);
      if (url !== undefined) node.properties[attribute] = resolve(url);
    }
    const srcset = srcsetElements.has(node.tagName) ? stringValue(node, 'srcSet') : undefined;
    if (srcset) {
      node.properties.srcSet = parseSrcset(srcset)
        .map(({ url, descriptor }) => [resolve(url), descriptor].filter(Boolean).join(' '))
        .join(', ');
    }
  });
  return serialise(tree);
}
