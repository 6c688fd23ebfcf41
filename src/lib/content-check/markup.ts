import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import type {
  MdxJsxAttributeNode as MdxJsxAttribute,
  MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
} from 'satteri';
import { visit } from 'unist-util-visit';
import type { Check } from './context.ts';
import { eachNode } from './each-node.ts';
import { parseMarkdown } from './markdown.ts';
import type { ContentIssue } from './types.ts';
import { quoteFrom } from './written-text.ts';
import { codeSchemes, schemeOf } from '../links/scheme.ts';
import { imagePath, mediaFolder } from '../image-folder.ts';

/**
 * Markdown may hold raw HTML (and MDX holds JSX). The site shows editors' text, never runs it:
 * a body with a script, an event handler, a `javascript:` link or an embedded page stops the
 * build here, with a message that says what to write instead. The CSP would block most of it in
 * the browser anyway; this check makes sure it never reaches a page and tells the editor why.
 * Raw HTML can also hide text without meaning to: a comment (<!--) that is never closed hides the
 * rest of the page, and words between < and > ("<naam van de school>") become a tag that no browser
 * shows. Those stop the build too (see `hiddenTextIn`).
 */

/** Elements that run code, embed other pages, or change how the page itself loads. */
const forbiddenElements: Record<string, { message: string; hint: string }> = {
  script: {
    message: 'bevat een <script>; code in de inhoud mag niet',
    hint: 'Haal het <script> weg. De site voert geen code uit de inhoud uit. Is er iets interactiefs nodig, vraag dan een ontwikkelaar.',
  },
  style: {
    message: 'bevat een <style>-blok; eigen opmaak werkt niet op deze site',
    hint: 'Gebruik Markdown: **vet**, *schuin*, koppen met ## en ###, lijsten met -. De opmaak van de site staat op één plek.',
  },
  ...Object.fromEntries(
    ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'].map((tag) => [
      tag,
      {
        message: `bevat een <${tag}>; een pagina van een andere website insluiten mag niet`,
        hint: 'Zet een gewone link naar die pagina: [beschrijving](https://…).',
      },
    ]),
  ),
  ...Object.fromEntries(
    ['base', 'meta', 'link', 'form'].map((tag) => [
      tag,
      {
        message: `bevat een <${tag}>; dat element hoort niet in de tekst van een pagina`,
        hint: 'Haal het element weg. Een link schrijft u als [beschrijving](https://…).',
      },
    ]),
  ),
};

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlinkhref', 'srcset']);

/** `javascript:`, `vbscript:` and `data:` URLs run code or smuggle content past the CSP. */
export function unsafeUrl(url: string): string | undefined {
  const scheme = schemeOf(url);
  return scheme && (codeSchemes.includes(scheme) || scheme === 'data') ? scheme : undefined;
}

/** A syntax-tree node, as far as messages need it: where it starts. */
interface Positioned {
  position?: { start: { line: number } };
}

interface Finding {
  line: number;
  message: string;
  hint: string;
}

const urlHint = 'Een link begint met https://, mailto: of / (voor een pagina van deze site).';
const imageUrlHint = `Sla de afbeelding op in ${mediaFolder}/ en schrijf het adres vanaf de hoofdmap, zoals ![wat er te zien is](${imagePath('naam.png')}).`;
const handlerHint = 'Haal het attribuut weg. De site voert geen code uit de inhoud uit.';
const styleHint =
  'Haal het style-attribuut weg en gebruik Markdown voor opmaak. De beveiliging van de site blokkeert eigen opmaak.';

/** Checks one element by its tag name and attributes (as written, lower case). */
function checkElement(tag: string, attributes: [string, string | undefined][], line: number, findings: Finding[]) {
  const forbidden = forbiddenElements[tag.toLowerCase()];
  if (forbidden) findings.push({ line, ...forbidden });
  for (const [rawName, value] of attributes) {
    const name = rawName.toLowerCase();
    if (name.startsWith('on')) {
      findings.push({
        line,
        message: `het element <${tag}> heeft het attribuut "${rawName}"; attributen die code uitvoeren mogen niet`,
        hint: handlerHint,
      });
    } else if (name === 'style') {
      findings.push({
        line,
        message: `het element <${tag}> heeft een style-attribuut; eigen opmaak werkt niet op deze site`,
        hint: styleHint,
      });
    } else if (urlAttributes.has(name) && value !== undefined) {
      const scheme = unsafeUrl(value);
      if (scheme)
        findings.push({
          line,
          message: `het element <${tag}> heeft een ${scheme}:-adres in "${rawName}"; zulke adressen mogen niet`,
          hint: urlHint,
        });
    }
  }
}

/** A piece of raw HTML as the HTML parser reads it, and whether a comment in it runs to its end. */
interface ParsedHtml {
  tree: HastRoot;
  unclosedComment: boolean;
}

/** Each `html` node parsed once, for both checks that read it. */
const parsedHtml = new WeakMap<object, ParsedHtml>();

function parseHtml(node: { value: string }): ParsedHtml {
  let parsed = parsedHtml.get(node);
  if (!parsed) {
    let unclosedComment = false;
    const tree = fromHtml(node.value, {
      fragment: true,
      onerror: (error) => {
        if (error.ruleId === 'eof-in-comment') unclosedComment = true;
      },
    });
    parsed = { tree, unclosedComment };
    parsedHtml.set(node, parsed);
  }
  return parsed;
}

/** Raw HTML inside Markdown: check every element in it. */
function checkHtml(tree: HastRoot, line: number, findings: Finding[]) {
  visit(tree, 'element', (element: Element) => {
    const position = element.position?.start.line ?? 1;
    // hast renames attributes (onerror → onError, xlink:href → xLinkHref); lower case undoes enough.
    const attributes = Object.entries(element.properties ?? {}).map(([name, value]): [string, string | undefined] => [
      name.toLowerCase(),
      Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value),
    ]);
    checkElement(element.tagName, attributes, line + position - 1, findings);
  });
}

function jsxAttributes(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): [string, string | undefined][] {
  return attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return ['{…}', attribute.value];
    const value = attribute.value;
    if (typeof value === 'string' || value === null || value === undefined) return [attribute.name, value ?? undefined];
    // An expression value such as {"javascript:…"} is checked as its source text, without the quotes.
    return [attribute.name, value.value.trim().replace(/^[`'"]+/, '')];
  });
}

/** Every unsafe construct in a parsed body: the node it is in, and its line within that node. */
export function unsafeMarkupIn(tree: MdastRoot): (Finding & { node: Positioned })[] {
  const found: (Finding & { node: Positioned })[] = [];
  eachNode(tree, (node) => {
    const findings: Finding[] = [];
    switch (node.type) {
      case 'html':
        checkHtml(parseHtml(node).tree, 1, findings);
        break;
      case 'link':
      case 'definition': {
        const scheme = unsafeUrl(node.url);
        if (scheme) findings.push({ line: 1, message: `de link naar een ${scheme}:-adres mag niet`, hint: urlHint });
        break;
      }
      case 'image': {
        const scheme = unsafeUrl(node.url);
        if (scheme)
          findings.push({ line: 1, message: `de afbeelding met een ${scheme}:-adres mag niet`, hint: imageUrlHint });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node.name ?? 'fragment', jsxAttributes(node.attributes), 1, findings);
        break;
    }
    for (const finding of findings) found.push({ ...finding, node: node as Positioned });
  });
  return found;
}

/** Every unsafe construct in a Markdown or MDX body, with its line in the body (1-based). */
export function findUnsafeMarkup(body: string, format: 'md' | 'mdx'): Finding[] {
  return unsafeMarkupIn(parseMarkdown(body, format)).map(({ node, ...finding }) => ({
    ...finding,
    line: (node.position?.start.line ?? 1) + finding.line - 1,
  }));
}

/**
 * The HTML elements whose text a page shows, by their name as the HTML parser gives it (lower case).
 * Words between < and > ("<naam van de school>", "<Kate Snellens>") are read as a tag named after the
 * first word, with the other words as its attributes: a browser shows neither, so the words are gone.
 * A name outside this list is such a tag, or an element whose text a page does not show (<title>,
 * <template>, <noscript>, <dialog>). The forbidden elements above have a message of their own;
 * inside <svg> and <math> the names of SVG and MathML hold.
 */
const shownElements = new Set([
  // Text, headings and sections.
  ...['p', 'br', 'wbr', 'hr', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'address'],
  ...['article', 'aside', 'footer', 'header', 'main', 'nav', 'search', 'section', 'blockquote', 'pre'],
  // Words: emphasis, abbreviations, notes, changes.
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd'],
  ...['mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var'],
  // Lists, tables, details.
  ...['ol', 'ul', 'li', 'menu', 'dl', 'dt', 'dd', 'details', 'summary', 'figure', 'figcaption'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  // Images and media.
  ...['img', 'picture', 'source', 'track', 'audio', 'video', 'map', 'area', 'canvas', 'svg', 'math'],
  // Form controls (a <form> itself is refused above).
  ...['button', 'fieldset', 'input', 'label', 'legend', 'meter', 'optgroup', 'option'],
  ...['output', 'progress', 'select', 'textarea'],
  // Old elements that browsers still show.
  ...['acronym', 'big', 'center', 'dir', 'font', 'marquee', 'nobr', 'rb', 'rtc', 'strike', 'tt'],
]);

/** Elements in which other names than those of HTML hold. */
const foreignElements = new Set(['svg', 'math']);

/** The start tag as written at `offset` in a piece of HTML, such as `<Kate Snellens>`. */
function startTag(html: string, offset: number): string {
  return /^<[^>]*>?/.exec(html.slice(offset))?.[0] ?? '';
}

/**
 * Raw HTML that hides what the editor wrote: a comment (<!--) that is never closed, which hides all
 * that follows it on the page, and words between < and > that the page reads as a tag no browser
 * shows. Each with the node it is in and its line within that node.
 */
export function hiddenTextIn(tree: MdastRoot): (Finding & { node: Positioned })[] {
  const found: (Finding & { node: Positioned })[] = [];
  // <svg> and <math> still open: in a paragraph each tag of raw HTML is a node of its own.
  let foreignDepth = 0;
  eachNode(tree, (node) => {
    if (node.type !== 'html') return;
    const { tree: html, unclosedComment } = parseHtml(node);
    const inForeign = foreignDepth > 0;
    for (const [, closing, , selfClosing] of node.value.matchAll(/<(\/?)(svg|math)\b[^>]*?(\/?)>/gi))
      if (!selfClosing) foreignDepth = Math.max(0, foreignDepth + (closing ? -1 : 1));
    const comments: { line: number; offset: number }[] = [];
    const walk = (parent: HastRoot | Element, foreign: boolean) => {
      for (const child of parent.children) {
        const start = child.position?.start;
        if (child.type === 'comment' && start?.offset !== undefined)
          comments.push({ line: start.line, offset: start.offset });
        if (child.type !== 'element') continue;
        const name = child.tagName.toLowerCase();
        if (!foreign && !shownElements.has(name) && !forbiddenElements[name] && start?.offset !== undefined) {
          const written = startTag(node.value, start.offset);
          const words = written.replace(/^<|>$/g, '').replace(/\s+/g, ' ').trim();
          const tag = /^<([^\s/>]+)/.exec(written)?.[1] ?? name;
          found.push({
            node,
            line: start.line,
            message: `de woorden "${quoteFrom(written, 0)}" staan niet op de pagina: tekst tussen < en > leest de site als HTML, en <${tag}> is geen HTML-element dat in een tekst kan`,
            hint: `Schrijf de woorden zonder < en >, zoals "[${words}]" of "${words}". Wilt u de tekens < en > zelf tonen, zet er dan een \\ voor: \\<${words}\\>.`,
          });
        }
        walk(child, foreign || foreignElements.has(name));
      }
    };
    walk(html, inForeign);
    // A comment that is never closed is the last thing in its HTML: everything after it is in it.
    const open = unclosedComment ? comments.at(-1) : undefined;
    if (open)
      found.push({
        node,
        line: open.line,
        message: `"${quoteFrom(node.value, open.offset)}" begint een opmerking die nergens wordt gesloten, dus alles wat erna komt, staat niet op de pagina`,
        hint: `Zet --> aan het eind van de opmerking, zoals ${quoteFrom(node.value, open.offset)} -->, of haal de opmerking weg. Wat tussen <!-- en --> staat, komt niet op de pagina.`,
      });
  });
  return found;
}

/**
 * Scripts, event handlers, javascript: links and embedded pages in Markdown bodies, and raw HTML that
 * hides text (see the top of this file).
 */
export const checkMarkup: Check = ({ entries, bodyOf }) => {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    for (const { node, ...finding } of [...unsafeMarkupIn(body.tree), ...hiddenTextIn(body.tree)]) {
      const line = body.lineOf(node);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: line === undefined ? undefined : line + finding.line - 1,
        message: finding.message,
        hint: finding.hint,
      });
    }
  }
  return issues;
};
