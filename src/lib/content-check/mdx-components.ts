import type { Root } from 'mdast';
import type { Check } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/**
 * What an .mdx body may use besides HTML elements: the components it imports or exports itself, and
 * what Astro gives every file (Fragment and the page's props; frontmatter, url, file and getHeadings,
 * which its Markdown processor and @astrojs/mdx export). The site passes no components.
 */
const provided = new Set(['Fragment', 'props', 'frontmatter', 'url', 'file', 'getHeadings']);

/**
 * The names an .mdx body's own `import` and `export` lines declare: every name in them once strings
 * and comments are left out, so "import Blok from './Kaart.js'" declares Blok and not Kaart.
 */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const code = node.value.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ' ');
    for (const [name] of code.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  }
  return names;
}

/**
 * Text between { } in an .mdx body that was meant as a placeholder, as in a letter's template: "Beste
 * {naam}", a name the file does not know. In .mdx, { } hold JavaScript, so the build would stop on it
 * while rendering, in English. (Words with spaces, "{vul hier de datum in}", are no code at all: the
 * parser refuses them already, see markdown.ts.) Comments and real code ({1 + 1}, {frontmatter.title}) pass.
 */
function unknownName(value: string, known: (name: string) => boolean): boolean {
  const path = /^([\p{L}_$][\p{L}\p{N}_$]*)(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u.exec(value.trim());
  // Names JavaScript itself gives every expression (Math, undefined, globalThis) are code too.
  return path !== null && !known(path[1]!) && !(path[1]! in globalThis);
}

/**
 * What a name Astro gives every .mdx file puts on the page when it stands alone between { }: the
 * place of the file on the computer that builds the site ({file}, {url}), "[object Object]"
 * ({frontmatter}), the text of a function ({getHeadings}), or nothing ({props.naam}: the site passes
 * a text no props). Undefined for what shows as meant, such as {frontmatter.title}.
 */
function shownInstead(written: string): string | undefined {
  if (written === 'file' || written === 'url') return 'de plaats van het bestand op de computer die de site bouwt';
  if (written === 'frontmatter') return '"[object Object]"';
  if (written === 'getHeadings') return 'de code van een functie';
  if (written === 'props' || written.startsWith('props.')) return 'niets: de site geeft een tekst geen gegevens mee';
  return undefined;
}

/**
 * A component (a tag with a capital, such as <Kader>) that the file neither imports nor gets from the
 * site: the build would stop on it with "Expected component `Kader` to be defined", in English, while
 * rendering the page. Said here, in Dutch, at its line. And a name between { } that the page does not know.
 */
export const checkMdxComponents: Check = ({ entries, bodyOf }) => {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.format !== 'mdx') continue;
    const body = bodyOf(entry);
    if (!body) continue;
    const declared = declaredNames(body.tree);
    eachNode(body.tree, (node) => {
      if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
        const written = node.value.trim();
        const shown = declared.has(written.split('.')[0]!) ? undefined : shownInstead(written);
        if (shown) {
          issues.push({
            severity: 'error',
            file: entry.file,
            line: body.lineOf(node),
            message: `"{${written}}" toont op de pagina ${shown}`,
            hint: `Een veld van deze pagina zet u in de tekst met {frontmatter.naam-van-het-veld}, zoals {frontmatter.title}. Bedoelt u de accolades als tekst, zet dan een \\ voor elke accolade: \\{${written}\\}.`,
          });
          return;
        }
        if (!unknownName(node.value, (name) => provided.has(name) || declared.has(name))) return;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `"{${written}}": wat tussen accolades staat, is in een .mdx-bestand code, en de pagina kent "${written.split('.')[0]}" niet, dus de build stopt`,
          hint: `Bedoelt u de accolades als tekst, zoals in een sjabloon? Zet dan een \\ voor elke accolade: \\{${written}\\}. Of haal de accolades weg.`,
        });
        return;
      }
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
        hint: `Een .mdx-bestand kan gewone HTML-elementen gebruiken, zoals <details>, en onderdelen (componenten) die het bovenaan met import inlaadt. Haal <${name}> weg (staat er tekst tussen <${name}> en </${name}>, laat die dan staan), of vraag een ontwikkelaar om dit onderdeel.`,
      });
    });
  }
  return issues;
};
