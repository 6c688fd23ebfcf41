import type { Nodes, Parents, Text } from 'mdast';
import { defineMdastPlugin, type Custom, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { TermMatcher, type GlossaryTerm } from '../glossary/matcher.ts';
import { glossaryAbbrAttributes, glossaryLinkAttributes } from '../glossary/link.ts';
import { glossaryParts, type GlossaryPart } from '../glossary/plain-text.ts';
import { glossaryTermPath } from '../links/page-anchors.ts';
import { withBase } from '../urls.ts';

export interface GlossaryOptions {
  terms: readonly GlossaryTerm[];
  /** The deployment base, e.g. "/jeugd/": the links to /begrippen/ go through it. */
  base: string;
}

/** Nodes whose text stays as written: a term in a heading, a link or code is not marked. */
const SKIPPED_NODES = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'math',
  'inlineMath',
]);

/** Elements (in raw HTML or MDX) whose text is left alone, for the same reason. */
const SKIPPED_ELEMENTS = new Set([
  'a',
  'abbr',
  'code',
  'kbd',
  'samp',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
]);

const RAW_TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;

/** How many skipped elements are still open after a piece of inline raw HTML such as `<abbr title="…">`. */
function openAfter(html: string, open: number): number {
  let depth = open;
  for (const [, closing, name = '', selfClosing] of html.matchAll(RAW_TAG)) {
    if (!SKIPPED_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
  }
  return depth;
}

/** JSX elements in MDX; mdast's own types do not know them. */
const MDX_ELEMENTS = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);

function isSkipped(node: Readonly<Nodes>): boolean {
  if (SKIPPED_NODES.has(node.type)) return true;
  if (MDX_ELEMENTS.has(node.type)) {
    const name = (node as { name?: string | null }).name;
    return SKIPPED_ELEMENTS.has((name ?? '').toLowerCase());
  }
  return false;
}

/** For each child of a parent: whether raw HTML before it (`<abbr>…`, `<code>…`) has left it inside a skipped element. */
function insideRawHtml(parent: Readonly<Parents>): boolean[] {
  let open = 0;
  return (parent.children as readonly Nodes[]).map((child) => {
    if (child.type === 'html') open = openAfter(child.value, open);
    return open > 0;
  });
}

/** An element without an mdast type of its own; Sätteri renders it from `data.hName` and `data.hProperties`. */
function element(
  type: string,
  hName: string,
  hProperties: Record<string, unknown>,
  children: Custom['children'],
): Custom {
  return { type, children, data: { hName, hProperties } as Custom['data'] };
}

/**
 * Marks the first use on a page of every glossary term with `<abbr title="full form">`, linked to
 * the term on /begrippen/; later uses stay plain (the GOV.UK and NL Design System rule). Pagefind
 * indexes the title too, so a search for the full form finds pages that only use the abbreviation.
 *
 * A factory: Sätteri calls it once per document, so "first use" starts again on every page.
 */
export function mdastGlossary(options: GlossaryOptions): MdastPluginEntry {
  const matcher = new TermMatcher(options.terms);
  const glossaryPath = (id: string) => withBase(options.base, glossaryTermPath(id));

  return () => {
    const explained = new Set<string>();
    const rawHtmlCache = new WeakMap<object, boolean[]>();

    /** True when no ancestor keeps the text as written. Only asked for text that holds a new term. */
    const isMarkable = (node: Readonly<Text>, ctx: MdastVisitorContext): boolean => {
      let current: Readonly<Nodes> = node;
      let parent: Readonly<Parents> | undefined = ctx.parent(current);
      while (parent) {
        if (isSkipped(parent)) return false;
        let covered = rawHtmlCache.get(parent);
        if (!covered) rawHtmlCache.set(parent, (covered = insideRawHtml(parent)));
        if (covered[ctx.indexOf(current) ?? 0]) return false;
        current = parent;
        parent = ctx.parent(current);
      }
      return true;
    };

    const mark = (match: Exclude<GlossaryPart, string>): Custom =>
      element('glossaryLink', 'a', glossaryLinkAttributes(glossaryPath(match.term.id)), [
        element('glossaryAbbr', 'abbr', glossaryAbbrAttributes(match.term), [{ type: 'text', value: match.text }]),
      ]);

    return defineMdastPlugin({
      name: 'kennisbank:glossary',
      text(node, ctx) {
        // Matching first keeps the walk up the tree for the few texts that hold a term not yet explained.
        if (!matcher.find(node.value).some((match) => !explained.has(match.term.id)) || !isMarkable(node, ctx)) return;
        const parts = glossaryParts(node.value, matcher, explained);
        ctx.replaceNode(
          node,
          parts.map((part): Custom | Text => (typeof part === 'string' ? { type: 'text', value: part } : mark(part))),
        );
      },
    });
  };
}
