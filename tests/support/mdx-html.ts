import { evaluate, type HastPluginList, type MdastPluginList } from 'satteri';

/** What Sätteri's compiled MDX calls for every element: the smallest JSX runtime that can print HTML. */
interface Element {
  type: unknown;
  props: Record<string, unknown>;
}

const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toHtml(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (typeof node !== 'object') return escape(String(node));
  const { type, props } = node as Element;
  const { children, ...attributes } = props;
  if (type === Fragment) return toHtml(children);
  if (typeof type === 'function') return toHtml((type as (p: unknown) => unknown)(props));
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${escape(String(value))}"`)
    .join('');
  return `<${String(type)}${written}>${toHtml(children)}</${String(type)}>`;
}

/**
 * Compiles and runs MDX with Sätteri, the way Astro's MDX integration does, and prints the HTML.
 * Components are plain functions of their props. Asynchronous, as a plugin may be (Astro awaits it).
 */
export async function renderMdx(
  source: string,
  options: {
    mdastPlugins?: MdastPluginList;
    hastPlugins?: HastPluginList;
    components?: Record<string, (props: Record<string, unknown>) => unknown>;
  },
): Promise<string> {
  const exports = (await evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    mdastPlugins: options.mdastPlugins,
    hastPlugins: options.hastPlugins,
    features: { gfm: true, smartPunctuation: true },
  })) as Record<string, unknown>;
  const content = exports.default as (props: { components?: object }) => unknown;
  return toHtml(content({ components: options.components }));
}
