import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { TermMatcher, type GlossaryTerm } from '../glossary/matcher';
import { withBase } from '../urls';

/** An `<abbr>` in the Markdown tree; mdast has no node for it, so it says how it becomes HTML. */
export interface GlossaryAbbr {
  type: 'glossaryAbbr';
  children: Text[];
  data: { hName: 'abbr'; hProperties: Record<string, string> };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossaryAbbr: GlossaryAbbr;
  }
}

export interface RemarkGlossaryOptions {
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

function isSkipped(node: Nodes): boolean {
  if (SKIPPED_NODES.has(node.type)) return true;
  if (MDX_ELEMENTS.has(node.type)) {
    const name = (node as { name?: string | null }).name;
    return SKIPPED_ELEMENTS.has((name ?? '').toLowerCase());
  }
  return false;
}

/**
 * Marks the first use on a page of every glossary term with `<abbr title="full form">`, linked to
 * the term on /begrippen/; later uses stay plain (the GOV.UK and NL Design System rule). Pagefind
 * indexes the title too, so a search for the full form finds pages that only use the abbreviation.
 */
export function remarkGlossary(options: RemarkGlossaryOptions) {
  const matcher = new TermMatcher(options.terms);
  const glossaryPath = (id: string) => withBase(options.base, `/begrippen/#${id}`);

  return (tree: Root) => {
    const explained = new Set<string>();

    const mark = (text: Text): PhrasingContent[] | undefined => {
      const value = text.value;
      const result: PhrasingContent[] = [];
      let from = 0;
      for (const match of matcher.find(value)) {
        if (explained.has(match.term.id)) continue;
        explained.add(match.term.id);
        if (match.index > from) result.push({ type: 'text', value: value.slice(from, match.index) });
        const abbr: GlossaryAbbr = {
          type: 'glossaryAbbr',
          children: [{ type: 'text', value: match.text }],
          data: { hName: 'abbr', hProperties: { title: match.term.fullForm, dataPagefindIndexAttrs: 'title' } },
        };
        const link: Link = {
          type: 'link',
          url: glossaryPath(match.term.id),
          children: [abbr],
          data: { hProperties: { className: ['glossary-term'] } },
        };
        result.push(link);
        from = match.index + match.text.length;
      }
      if (result.length === 0) return undefined;
      if (from < value.length) result.push({ type: 'text', value: value.slice(from) });
      return result;
    };

    const walk = (parent: Parent) => {
      let openRaw = 0;
      const children = parent.children as Nodes[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (node.type === 'html') {
          openRaw = openAfter(node.value, openRaw);
          continue;
        }
        if (openRaw > 0 || isSkipped(node)) continue;
        if (node.type === 'text') {
          const replacement = mark(node);
          if (replacement) {
            children.splice(i, 1, ...(replacement as Nodes[]));
            i += replacement.length - 1;
          }
          continue;
        }
        if ('children' in node) walk(node as Parent);
      }
    };

    walk(tree);
  };
}
