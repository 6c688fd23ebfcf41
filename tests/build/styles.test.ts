import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNames, builds, root } from '../support/builds.ts';
import { fileFor, htmlFiles, load } from '../support/dist.ts';
import { readCss } from '../support/css.ts';

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
});
