import type { Root, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { ContentIssue, RawEntry } from './types';

/** The body of a Markdown or MDX entry as a syntax tree, with lines counted in the whole file. */
export interface ParsedBody {
  tree: Root;
  /** The file line a node starts on. */
  lineOf(node: object): number | undefined;
}

// The site renders Markdown with GFM and Astro's default smartypants (curly quotes, dashes); the check
// reads it the same way, so heading anchors come out as the site makes them.
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkSmartypants);

/** Parses an entry's body; an MDX body that cannot be read becomes an issue instead. */
export function parseBody(entry: RawEntry): { body?: ParsedBody; issue?: ContentIssue } {
  if (entry.format === 'yaml') return {};
  const offset = entry.bodyLine - 1;
  const lineOf = (node: object) => {
    const { position } = node as { position?: { start: { line: number } } };
    return position ? position.start.line + offset : undefined;
  };
  try {
    const processor = entry.format === 'mdx' ? mdx : markdown;
    const tree = processor.runSync(processor.parse(entry.body)) as Root;
    return { body: { tree, lineOf } };
  } catch (error) {
    const { line, reason, message } = (error ?? {}) as { line?: number; reason?: string; message?: string };
    const text = reason ?? message ?? 'onbekende fout';
    // Some MDX errors carry their place only in the text: "Expected a closing tag for `<Kader>` (3:1-3:8)".
    const inText = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text)?.[1];
    const bodyLine = line ?? (inText === undefined ? undefined : Number(inText));
    return {
      issue: {
        severity: 'error',
        file: entry.file,
        line: bodyLine === undefined ? entry.bodyLine : bodyLine + offset,
        message: `de tekst is niet te lezen als MDX (${text})`,
        hint: 'In een .mdx-bestand moet elke < en { iets openen dat ook weer wordt gesloten, en een opmerking schrijft u als {/* … */}. Gebruikt u geen onderdelen (componenten)? Geef het bestand dan de extensie .md.',
      },
    };
  }
}

/** A JSX element in MDX, such as `<img src="…" alt="…" />`. */
export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export function isJsxElement(node: Nodes | { type: string }): node is JsxElement & Nodes {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The value of a JSX attribute: a string, `true` when written bare, an expression as undefined. */
export function jsxAttribute(node: JsxElement, name: string): string | true | undefined | null {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return null;
  if (attribute.value === null || attribute.value === undefined) return true;
  return typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** Attributes of raw HTML tags in Markdown, e.g. every `<a href="…">`. Enough for checks; not a full HTML parser. */
export function htmlTags(html: string, tag: string): Map<string, string | true>[] {
  const tags: Map<string, string | true>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes = new Map<string, string | true>();
    for (const a of (match[1] ?? '').matchAll(
      /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? true);
    }
    tags.push(attributes);
  }
  return tags;
}
