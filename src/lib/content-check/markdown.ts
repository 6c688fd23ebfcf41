import type { Nodes, Root } from 'mdast';
import { markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import { markdownFeatures } from '../markdown/features.ts';
import type { ContentIssue, RawEntry } from './types.ts';

// The site's Markdown features, but raw HTML left as it is written: reading it into elements only
// matters for the rendered HTML, and it moves the lines an MDX error is reported on.
const features = { ...markdownFeatures, rawHtml: false };

/** The body of a Markdown or MDX entry as a syntax tree, with lines counted in the whole file. */
export interface ParsedBody {
  tree: Root;
  /** The file line a node starts on. */
  lineOf(node: object): number | undefined;
}

/**
 * A body as a syntax tree, parsed by the site's parser (Sätteri) with the site's features, so heading
 * anchors come out as the site makes them; throws when an MDX body cannot be read.
 * Sätteri's MDX tree leaves `import`/`export` lines unchecked, so a body that has them is also compiled,
 * as the build would: a broken `export` is found here rather than in the build.
 */
export function parseMarkdown(body: string, format: 'md' | 'mdx'): Root {
  if (format === 'md') return markdownToMdast(body, { features }) as Root;
  const tree = mdxToMdast(body, { features }) as Root;
  if (tree.children.some((node) => node.type === 'mdxjsEsm')) mdxToJs(body, { features });
  return tree;
}

/** "3:1: Expected a closing tag for `<Kader>` (3:1) (mdx-jsx:unexpected-character)": the line, and the text for people. */
function readParserError(message: string): { line?: number; text: string } {
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message);
  return match ? { line: Number(match[1]), text: match[2]! } : { text: message };
}

/** Parses an entry's body; an MDX body that cannot be read becomes an issue instead. */
export function parseBody(entry: RawEntry): { body?: ParsedBody; issue?: ContentIssue } {
  if (entry.format === 'yaml') return {};
  const offset = entry.bodyLine - 1;
  const lineOf = (node: object) => {
    const { position } = node as { position?: { start: { line: number } } };
    return position ? position.start.line + offset : undefined;
  };
  try {
    return { body: { tree: parseMarkdown(entry.body, entry.format), lineOf } };
  } catch (error) {
    const { line, text } = readParserError((error as { message?: string } | undefined)?.message ?? 'onbekende fout');
    // <br>, <hr> or <img …> as HTML writes them: in MDX an element without an end needs a / before its >.
    const unclosed = /Expected a closing tag for `<(br|hr|img|wbr)\b[^`]*>`/.exec(text)?.[1];
    return {
      issue: {
        severity: 'error',
        file: entry.file,
        line: line === undefined ? entry.bodyLine : line + offset,
        message: 'de tekst is niet te lezen als MDX',
        // The parser's own words are English: last, for whoever helps the editor.
        hint: `${unclosed ? `Schrijf <${unclosed} /> in plaats van <${unclosed}>: in een .mdx-bestand krijgt een element zonder eind een / voor de >. ` : ''}In een .mdx-bestand moet elke < en { iets openen dat ook weer wordt gesloten, en een opmerking schrijft u als {/* … */}. Bedoelt u < of { als tekst, zoals in {vul hier de datum in}? Zet er dan een \\ voor: \\{ en \\<. Gebruikt u geen onderdelen (componenten)? Geef het bestand dan de extensie .md. (Technische melding: ${text})`,
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
