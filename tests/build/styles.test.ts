import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNames, builds, root } from '../support/builds.ts';
import { fileFor, htmlFiles, isEditor, load } from '../support/dist.ts';
import { readCss } from '../support/css.ts';
import { schemeDependent, setsColourOnly } from '../support/colour-schemes.ts';

/** The order layers.css declares: reset, tokens, base, …, print. */
const declaredOrder = readCss(fs.readFileSync(path.join(root, 'src/styles/layers.css'), 'utf8'))
  .statements[0]!.text.replace(/^@layer /, '')
  .split(/\s*,\s*/);

/**
 * The layer order a browser applies: the order in which the layers are first named, in statements
 * or blocks, across the page's stylesheets in document order.
 */
function effectiveOrder(css: string): string[] {
  const names = [...css.matchAll(/@layer\s+([^{;]+)[{;]/g)].flatMap((match) =>
    match[1]!.split(',').map((name) => name.trim()),
  );
  return [...new Set(names)];
}

/**
 * The CSS of a build by where it is: every stylesheet, and the <style> blocks of every page (none while
 * Astro writes no sheet inline, `inlineStylesheets: 'never'`). The editor is left out: it has its own
 * styles, and no colour scheme of the site's.
 */
function allCss(dir: string): [where: string, css: string][] {
  const sheets = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css') && !isEditor(file))
    .sort()
    .map((file): [string, string] => [file, fs.readFileSync(path.join(dir, file), 'utf8')]);
  const inline = htmlFiles(dir).flatMap((file) => {
    const $ = load(dir, file);
    return $('style')
      .toArray()
      .map((style): [string, string] => [file, $(style).text()]);
  });
  return [...sheets, ...inline];
}

describe.each(buildNames)('styles of the %s build', (name) => {
  const { dir, base } = builds[name];
  const files = htmlFiles(dir);

  // Astro splits the CSS per page, and a component's sheet may come before the global one; then its
  // `@layer components` would be the first layer named, and the lowest.
  it('apply the cascade layers in the order of layers.css on every page', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      const sheets = $('link[rel="stylesheet"]')
        .toArray()
        .map((link) => fileFor(dir, base, $(link).attr('href') ?? ''));
      expect(sheets.length, file).toBeGreaterThan(0);
      expect(sheets, file).not.toContain(undefined);
      const css = sheets.map((sheet) => fs.readFileSync(path.join(dir, sheet!), 'utf8')).join('\n');
      const order = effectiveOrder(css);
      if (order.join() !== declaredOrder.join()) wrong.push(`${file}: ${order.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  // The sitemap's axe audit runs only axe's colour rules in the dark scheme (src/lib/accessibility-audit.ts):
  // sound only while light and dark differ in colours and nothing else. Every colour is a light-dark()
  // token; these hold the few rules of one scheme, and the scripts, to that.
  it('differ only in colours between the light and the dark scheme', () => {
    const found: string[] = [];
    const wrong: string[] = [];
    for (const [sheet, css] of allCss(dir)) {
      for (const rule of readCss(css).rules.filter(schemeDependent)) {
        for (const { property, value } of rule.declarations) {
          found.push(property);
          if (!setsColourOnly(property, value)) wrong.push(`${sheet}: ${rule.selector} { ${property}: ${value} }`);
        }
      }
    }
    // The tokens' own switch of scheme, so the test cannot pass on finding no such rule at all.
    expect(found).toContain('color-scheme');
    expect(
      wrong,
      'a rule for one colour scheme changes more than colours: axe would miss it (CONTRIBUTING, "Donker verandert alleen kleuren")',
    ).toEqual([]);
  });

  it('have one script that reads the colour scheme: the theme switch, which only says which is on', () => {
    const readers = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(js|mjs|html)$/.test(file) && !isEditor(file))
      .filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes('prefers-color-scheme'));
    expect(readers).toEqual([
      expect.stringMatching(/^_astro\/ThemeToggle\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
    ]);
  });
});
