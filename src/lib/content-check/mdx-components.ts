import type { Root } from 'mdast';
import type { Check } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/**
 * What an .mdx body may use besides HTML elements: the components it imports itself, and the one
 * @astrojs/mdx gives every file (Fragment). The site passes no components to MDX.
 */
const provided = new Set(['Fragment']);

/** The names an .mdx body's own `import` and `export` lines declare. */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const [name] of node.value.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  }
  return names;
}

/**
 * A component (a tag with a capital, such as <Kader>) that the file neither imports nor gets from the
 * site: the build would stop on it with "Expected component `Kader` to be defined", in English, while
 * rendering the page. Said here, in Dutch, at its line.
 */
export const checkMdxComponents: Check = ({ entries, bodyOf }) => {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.format !== 'mdx') continue;
    const body = bodyOf(entry);
    if (!body) continue;
    const declared = declaredNames(body.tree);
    eachNode(body.tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      // <Kader> and <ui.Kader> are components; <details> is HTML. Only the part before a dot is declared.
      const [first = ''] = name.split('.');
      if (!/^[A-Z]/.test(name) && !name.includes('.')) return;
      if (provided.has(first) || declared.has(first)) return;
      issues.push({
        severity: 'error',
        file: entry.file,
        line: body.lineOf(node),
        message: `het onderdeel <${name}> bestaat niet op deze site`,
        hint: `Een .mdx-bestand kan gewone HTML-elementen gebruiken, zoals <details>, en onderdelen die het bovenaan met import inlaadt. Haal <${name}> weg, of vraag een ontwikkelaar om dit onderdeel.`,
      });
    });
  }
  return issues;
};
