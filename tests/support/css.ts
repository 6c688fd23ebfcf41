/**
 * Just enough of a CSS reader for tests on the site's own stylesheets: which style rules there are,
 * inside which at-rules (`@layer components`, `@media print`) and rules, with which declarations, and
 * which statements (`@import`, `@layer a, b;`). Comments and the text of strings are dropped first,
 * so neither can fool it.
 */
export interface CssRule {
  selector: string;
  /** The preludes of the at-rules around the rule, outermost first, e.g. ['@layer print', '@media print']. */
  context: string[];
  /** The selectors of the style rules a nested rule sits in, outermost first. */
  ancestors: string[];
  /** Its declarations, in order (`color: red` → { property: 'color', value: 'red' }). */
  declarations: { property: string; value: string }[];
}

export interface CssStatement {
  text: string;
  context: string[];
}

/** At-rules whose block holds rules (or, nested in a style rule, that rule's declarations). */
const groupingAtRule = /^@(media|supports|layer|container|scope|starting-style|document)\b/i;

export function readCss(css: string): { rules: CssRule[]; statements: CssStatement[] } {
  // Comments and strings in one pass, so that neither hides the other ("/*" in a string, a quote in a comment).
  const text = css.replace(/\/\*[\s\S]*?\*\/|(['"])(?:\\.|(?!\1)[^\\\n])*\1/g, (_match, quote?: string) =>
    quote ? `${quote}${quote}` : '',
  );
  const rules: CssRule[] = [];
  const statements: CssStatement[] = [];
  // One frame per open block: an at-rule's prelude, and the style rule that takes the declarations
  // in it (an at-rule nested in a style rule, `.a { @media … { color: red } }`, holds `.a`'s).
  const open: { atRule?: string; rule?: CssRule }[] = [];
  const atRules = () => open.flatMap(({ atRule }) => (atRule ? [atRule] : []));
  let buffer = '';
  const declare = (declaration: string) => {
    const colon = declaration.indexOf(':');
    const rule = open.at(-1)?.rule;
    if (rule && colon > 0)
      rule.declarations.push({
        property: declaration.slice(0, colon).trim(),
        value: declaration.slice(colon + 1).trim(),
      });
  };
  for (const char of text) {
    if (char === '{') {
      const prelude = buffer.trim().replace(/\s+/g, ' ');
      const parent = open.findLast(({ rule }) => rule)?.rule;
      const atRule = prelude.startsWith('@') ? prelude : undefined;
      const frame: (typeof open)[number] = atRule ? { atRule } : {};
      open.push(frame);
      // A grouping at-rule (@media, @layer, …) holds rules, or in a style rule that rule's declarations;
      // any other (@font-face, @page, @property, …) holds declarations of its own, and is a rule here.
      const grouping = atRule !== undefined && groupingAtRule.test(atRule);
      if (!grouping || parent) {
        frame.rule = {
          selector: grouping ? '&' : prelude,
          context: atRules(),
          ancestors: parent ? [...parent.ancestors, parent.selector] : [],
          declarations: [],
        };
        rules.push(frame.rule);
      }
      buffer = '';
    } else if (char === '}') {
      declare(buffer.trim());
      open.pop();
      buffer = '';
    } else if (char === ';') {
      const statement = buffer.trim().replace(/\s+/g, ' ');
      if (statement.startsWith('@')) statements.push({ text: statement, context: atRules() });
      else declare(statement);
      buffer = '';
    } else buffer += char;
  }
  return { rules, statements };
}

/** A selector without its `:global(…)` parts: what Astro scopes to the component. */
export function withoutGlobal(selector: string): string {
  let result = '';
  let i = 0;
  while (i < selector.length) {
    if (selector.startsWith(':global(', i)) {
      let depth = 0;
      let j = i + ':global'.length;
      do {
        if (selector[j] === '(') depth++;
        else if (selector[j] === ')') depth--;
        j++;
      } while (depth > 0 && j < selector.length);
      i = j;
    } else result += selector[i++];
  }
  return result;
}

/** The class names a selector mentions (`.card :global(h3)` → ['card'] after withoutGlobal). */
export function classesIn(selector: string): string[] {
  const withoutAttributes = selector.replace(/\[[^\]]*\]/g, '');
  return [...withoutAttributes.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

/** The <style> blocks of an .astro file, with their attributes (`is:global`, `is:inline`, …). */
export function astroStyles(source: string): { attributes: string; css: string }[] {
  return [...source.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => ({
    attributes: (match[1] ?? '').trim(),
    css: match[2]!,
  }));
}

/** An .astro file without its frontmatter, <style> and <script> blocks: the markup it renders. */
export function astroTemplate(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<style(\s[^>]*)?>[\s\S]*?<\/style>/g, '')
    .replace(/<script(\s[^>]*)?>[\s\S]*?<\/script>/g, '');
}
