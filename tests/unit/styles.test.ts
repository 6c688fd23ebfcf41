import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';
import { schemeDependent, setsColourOnly } from '../support/colour-schemes.ts';
import { astroStyles, astroTemplate, classesIn, readCss, withoutGlobal } from '../support/css.ts';

/**
 * The rule behind the site's CSS: the global files hold tokens, reset, element styles, print and a
 * handful of shared classes; every component's rules are in that component's own <style>. These
 * tests fail as soon as a component's rules creep back into a global file.
 */
const stylesDir = path.join(root, 'src/styles');
const read = (file: string) => fs.readFileSync(file, 'utf8');
const globalFiles = fs.readdirSync(stylesDir).filter((file) => file.endsWith('.css'));
const layerFiles = globalFiles.filter((file) => file !== 'global.css' && file !== 'layers.css');

const layerOrder = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities', 'print'];

/** The global classes, each used by many pages and components (see shared.css for why each is global). */
const sharedClasses = ['lead', 'meta', 'prose', 'grid', 'table-scroll', 'visually-hidden', 'print-only'];

const astroFiles = fs
  .readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
  .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
  .sort();

const layerOf = (context: string[]) => context.find((prelude) => prelude.startsWith('@layer '))?.slice(7);

describe('the global styles', () => {
  it('declare the order of the cascade layers once, in layers.css, which global.css imports first', () => {
    const layers = readCss(read(path.join(stylesDir, 'layers.css')));
    expect(layers.rules).toEqual([]);
    expect(layers.statements).toHaveLength(1);
    expect(layers.statements[0]!.text.replace(/^@layer /, '').split(/\s*,\s*/)).toEqual(layerOrder);

    const globalCss = read(path.join(stylesDir, 'global.css'));
    const global = readCss(globalCss);
    expect(global.rules).toEqual([]);
    expect(global.statements.every((statement) => statement.text.startsWith('@import'))).toBe(true);
    // readCss empties strings, so the imported files are read from the text itself.
    const imports = [...globalCss.matchAll(/^@import '\.\/([\w-]+\.css)';$/gm)].map((match) => match[1]);
    expect(imports).toHaveLength(global.statements.length);
    expect(imports[0]).toBe('layers.css');
    expect([...imports].sort()).toEqual(globalFiles.filter((file) => file !== 'global.css').sort());

    const otherOrders = [
      ...layerFiles.map((file) => ({ file, css: read(path.join(stylesDir, file)) })),
      ...astroFiles.flatMap((file) => astroStyles(read(path.join(root, file))).map(({ css }) => ({ file, css }))),
      { file: 'pagefind.css', css: read(path.join(root, 'src/components/search/pagefind.css')) },
    ].filter(({ css }) => readCss(css).statements.some((statement) => statement.text.startsWith('@layer')));
    expect(otherOrders.map(({ file }) => file)).toEqual([]);
  });

  it.each(layerFiles)('%s puts every rule in a global layer, never in components', (file) => {
    // Style rules: an at-rule of the page itself (@page: paper size and margins) is no component's.
    const rules = readCss(read(path.join(stylesDir, file))).rules.filter(({ selector }) => !selector.startsWith('@'));
    expect(rules.length).toBeGreaterThan(0);
    const misplaced = rules.filter(
      ({ context }) =>
        !layerOf(context) || layerOf(context) === 'components' || !layerOrder.includes(layerOf(context)!),
    );
    expect(misplaced.map(({ selector }) => selector)).toEqual([]);
  });

  it.each(layerFiles)('%s styles no component: only elements, and in shared.css only the shared classes', (file) => {
    const allowed = file === 'shared.css' ? sharedClasses : [];
    const { rules } = readCss(read(path.join(stylesDir, file)));
    const foreign = rules.flatMap(({ selector }) => classesIn(selector)).filter((name) => !allowed.includes(name));
    expect(foreign, 'a component class belongs in the <style> of the component that renders it').toEqual([]);
  });
});

describe('component styles', () => {
  const styled = astroFiles
    .map((file) => ({ file, source: read(path.join(root, file)) }))
    .filter(({ source }) => astroStyles(source).length > 0);

  it('are found where they belong: in the components (a check on the scan itself)', () => {
    expect(styled.length).toBeGreaterThan(20);
  });

  it.each(styled.map(({ file }) => file))('%s: scoped, written to a file, and all in a cascade layer', (file) => {
    const styles = astroStyles(read(path.join(root, file)));
    for (const { attributes, css } of styles) {
      // is:inline would put a <style> in the page, which the CSP forbids; is:global would make it global.
      expect(attributes, file).toBe('');
      const { rules } = readCss(css);
      const unlayered = rules.filter(({ context }) => !['components', 'layout'].includes(layerOf(context) ?? ''));
      expect(
        unlayered.map(({ selector }) => selector),
        'wrap the rules in @layer components { … }',
      ).toEqual([]);
    }
  });

  it.each(styled.map(({ file }) => file))('%s: styles only classes its own markup uses', (file) => {
    const source = read(path.join(root, file));
    const template = astroTemplate(source);
    // Classes built in a template literal (`org-box--${kind}`) count by their fixed beginning.
    const prefixes = [...template.matchAll(/([\w-]+)\$\{/g)].map((match) => match[1]!);
    const used = (name: string) =>
      new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`).test(template) || prefixes.some((prefix) => name.startsWith(prefix));
    const classes = astroStyles(source).flatMap(({ css }) =>
      readCss(css).rules.flatMap(({ selector }) => classesIn(withoutGlobal(selector))),
    );
    expect(
      [...new Set(classes)].filter((name) => !sharedClasses.includes(name) && !used(name)),
      'style markup of another component with :global(…), inside a class of this one',
    ).toEqual([]);
  });
});

// The reader behind these tests and tests/build/styles.test.ts, whose check of the dark scheme relies on it.
describe('the CSS reader of the tests', () => {
  it('gives each rule its declarations, its at-rules and the rules it sits in', () => {
    const { rules } = readCss(
      '@layer a { .x { color: red; --gap: 1rem } } .y { margin: 0; @media (prefers-color-scheme: dark) { color: #fff; .z { width: 1px } } }',
    );
    expect(rules).toEqual([
      {
        selector: '.x',
        context: ['@layer a'],
        ancestors: [],
        declarations: [
          { property: 'color', value: 'red' },
          { property: '--gap', value: '1rem' },
        ],
      },
      { selector: '.y', context: [], ancestors: [], declarations: [{ property: 'margin', value: '0' }] },
      // An at-rule nested in a rule holds declarations of that rule.
      {
        selector: '&',
        context: ['@media (prefers-color-scheme: dark)'],
        ancestors: ['.y'],
        declarations: [{ property: 'color', value: '#fff' }],
      },
      {
        selector: '.z',
        context: ['@media (prefers-color-scheme: dark)'],
        ancestors: ['.y', '&'],
        declarations: [{ property: 'width', value: '1px' }],
      },
    ]);
  });

  it('is not fooled by a brace or a semicolon in a comment or a string', () => {
    const { rules } = readCss('.a { content: "};{"; /* } .b { */ color: blue }');
    expect(rules).toEqual([
      {
        selector: '.a',
        context: [],
        ancestors: [],
        declarations: [
          { property: 'content', value: '""' },
          { property: 'color', value: 'blue' },
        ],
      },
    ]);
  });

  it('reads "/*" in a string as text, and an at-rule with declarations of its own as a rule', () => {
    const { rules } = readCss('.a { content: "/*" } @font-face { font-family: x } .b { color: red }');
    expect(rules.map(({ selector, declarations }) => [selector, declarations.map((d) => d.property)])).toEqual([
      ['.a', ['content']],
      ['@font-face', ['font-family']],
      ['.b', ['color']],
    ]);
  });
});

// The rule tests/build/styles.test.ts holds the built CSS to: between the schemes only colours change.
describe('what may differ between the colour schemes', () => {
  const differing = (css: string) =>
    readCss(css)
      .rules.filter(schemeDependent)
      .flatMap((rule) => rule.declarations.filter((d) => !setsColourOnly(d.property, d.value)))
      .map(({ property, value }) => `${property}: ${value}`);

  it('colours, colour tokens and the colour scheme', () => {
    expect(
      differing(`
        @media (prefers-color-scheme: dark) { :root:not([data-theme=light]) { --mark: #806600; --search-color-scheme: dark; color-scheme: dark } }
        :root[data-theme='dark'] { --bg: light-dark(rgb(0 0 0 / 0.5), #fff); color: var(--text); border-color: currentColor }
        @media print { :root[data-theme] { display: block } }
        .a { display: none }
      `),
    ).toEqual([]);
  });

  it('nothing else, wherever the rule depends on the scheme', () => {
    expect(
      differing(`
        @media (prefers-color-scheme: dark) { .a { display: none } }
        @media (prefers-color-scheme: light) { .b { width: 1px } }
        .c { @media (prefers-color-scheme: dark) { visibility: hidden } }
        @supports (color: red) { [ data-theme=dark ] .d { margin: 0 } }
        @media (prefers-color-scheme: dark) { @font-face { font-family: x } }
        @container style(--scheme: dark) { .e { order: 2 } }
        @media not print { :root[data-theme=dark] { --gap: 1rem; --wrap: normal; --shade: rgb(0 0 0) calc(2px) } }
      `),
    ).toEqual([
      'display: none',
      'width: 1px',
      'visibility: hidden',
      'margin: 0',
      'font-family: x',
      'order: 2',
      '--gap: 1rem',
      '--wrap: normal',
      '--shade: rgb(0 0 0) calc(2px)',
    ]);
  });
});
