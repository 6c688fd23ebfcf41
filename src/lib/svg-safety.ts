import { DOMParser } from '@xmldom/xmldom';
import { codeSchemes, schemeOf } from './links/scheme.ts';

/**
 * What in an SVG file would run or load when someone opens it: the site publishes SVG files as they
 * are, and an SVG opened on its own (not in an <img>, where browsers run and load nothing) is a
 * document of the site's origin. A script in it could read what the editor at /admin/ keeps in the
 * browser, on a host that does not send the site's security headers (`_headers`). Used by the
 * content check (content-check/svg-files.ts), which stops the build on any of it.
 */
export interface SvgProblems {
  /** Not an SVG a browser can show: not well-formed XML, or no <svg> at its root. */
  unreadable: boolean;
  /** What would run when the file is opened, each as an editor can find it in the file. */
  active: string[];
  /** Addresses of other websites it loads from. */
  external: string[];
}

/** Elements that run code or embed another document. */
const activeElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/** Elements whose href is followed only when clicked: a link, not something the image loads. */
const linkElements = new Set(['a']);

/** An address another website serves: with a scheme of the web, or protocol-relative. */
const otherWebsite = /^(https?:)?\/\//i;

/** A CSS reference to another website: url(…) or @import with an address of the web. */
const cssExternal = /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi;

/**
 * Expands the entities an SVG defines in its own DOCTYPE, as a browser does: programs such as
 * Illustrator write namespaces that way, and an entity could as well hold a <script>. Returns
 * undefined when the expansion does not end or grows beyond any real drawing (an "entity bomb").
 */
function withEntitiesExpanded(text: string): string | undefined {
  const doctype = /<!DOCTYPE[^[>]*(?:\[([\s\S]*?)\])?\s*>/i.exec(text);
  if (!doctype) return text;
  const entities = new Map<string, string>();
  for (const [, name, double, single] of (doctype[1] ?? '').matchAll(
    /<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g,
  )) {
    if (!entities.has(name!)) entities.set(name!, double ?? single ?? '');
  }
  let expanded = text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
  for (let round = 0; round < 10; round += 1) {
    const next = expanded.replace(/&([\w.:-]+);/g, (whole, name: string) => entities.get(name) ?? whole);
    if (next === expanded) return expanded;
    if (next.length > 4 * text.length + 1_000_000) return undefined;
    expanded = next;
  }
  return undefined;
}

/** Reads an SVG file's text and says what in it would run or load when it is opened. */
export function svgProblems(text: string): SvgProblems {
  const problems: SvgProblems = { unreadable: false, active: [], external: [] };
  const source = withEntitiesExpanded(text);
  if (source === undefined) return { ...problems, unreadable: true };
  let root: Element | null;
  const externalBefore: string[] = [];
  try {
    // A drawing that is not well-formed throws (xmldom stops at a fatal error, as browsers do). The
    // lesser errors, such as an entity defined outside the file, a browser passes over as well.
    const document = new DOMParser({ onError: () => undefined }).parseFromString(source, 'image/svg+xml');
    root = document.documentElement as unknown as Element | null;
    // <?xml-stylesheet href="…"?> before the drawing: a style sheet the browser fetches.
    for (const node of Array.from(document.childNodes)) {
      const address = node.nodeType === 7 ? /\bhref\s*=\s*["']([^"']*)["']/.exec(node.nodeValue ?? '')?.[1] : undefined;
      if (address && otherWebsite.test(address.trim())) externalBefore.push(address.trim());
    }
  } catch {
    root = null;
  }
  if (!root || root.localName !== 'svg') return { ...problems, unreadable: true };

  const active = new Set<string>();
  const external = new Set<string>(externalBefore);
  const visit = (element: Element) => {
    const name = element.localName.toLowerCase();
    if (activeElements.has(name)) active.add(`<${element.localName}>`);
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.localName.toLowerCase();
      if (attributeName.startsWith('on')) active.add(`${attribute.name}="…"`);
      const scheme = schemeOf(attribute.value);
      if (scheme && codeSchemes.includes(scheme)) active.add(`${attribute.name}="${scheme}:…"`);
      if (attributeName === 'href' || attributeName === 'src') {
        if (!linkElements.has(name) && otherWebsite.test(attribute.value.trim())) external.add(attribute.value.trim());
      }
      if (attributeName === 'style')
        for (const [, address] of attribute.value.matchAll(cssExternal)) external.add(address!);
    }
    if (name === 'style')
      for (const [, address] of (element.textContent ?? '').matchAll(cssExternal)) external.add(address!);
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 1) visit(child as Element);
    }
  };
  visit(root);
  return { unreadable: false, active: [...active], external: [...external] };
}
