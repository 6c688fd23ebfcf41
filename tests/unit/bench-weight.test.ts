import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cssImports,
  gzipBytes,
  linkedResources,
  entryLookup,
  medianBy,
  pageTypeOf,
  pageWeight,
  pagesByType,
  staticImports,
  transferBytes,
} from '../../scripts/bench/weight.ts';
import { formatTable } from '../../scripts/bench/table.ts';
import { movedPages } from '../../src/lib/moved-pages.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-weight-test-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(dir: string, file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

describe('gzip size', () => {
  it('is the length of the gzip stream, smaller than repetitive text', () => {
    const text = '<p>jeugd in Twente</p>'.repeat(200);
    const size = gzipBytes(text);
    expect(size).toBeLessThan(text.length / 10);
    expect(size).toBe(gzipSync(text).length);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
  });

  it('counts content that does not compress at its own size', () => {
    const compressed = gzipSync('x'.repeat(5000));
    expect(transferBytes(compressed)).toBe(compressed.length);
    expect(transferBytes(Buffer.from('y'.repeat(5000)))).toBeLessThan(100);
  });
});

describe('what a page loads', () => {
  it('finds stylesheets and scripts, not icons, inline code or lazy imports', () => {
    const html = `<html><head>
      <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><link rel="alternate stylesheet" href="/alt.css">
      <link rel="modulepreload" href="/_astro/pre.js"><script type="module" src="/_astro/b.js"></script><script>inline()</script>
      </head><body></body></html>`;
    expect(linkedResources(html)).toEqual({
      stylesheets: ['/_astro/a.css', '/alt.css'],
      scripts: ['/_astro/b.js', '/_astro/pre.js'],
    });
  });

  it('follows static imports of minified modules but not import()', () => {
    const js = 'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";const d=()=>import("./lazy.js");';
    expect(staticImports(js)).toEqual(['./x.js', './y.js', './z.js']);
    expect(cssImports('@import url("./t.css");@import "./u.css";a{color:red}')).toEqual(['./t.css', './u.css']);
  });

  it('adds up HTML, CSS and the module graph once each, in gzip bytes', () => {
    const dir = path.join(temp, 'site');
    const html =
      '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script><h1>Plan</h1>';
    const css = 'body{margin:0}'.repeat(20);
    const entry = 'import{x}from"./shared.js";import"./other.js";x();';
    const shared = 'export const x=()=>1;'.repeat(10);
    const other = 'import"./shared.js";console.log(1);';
    write(dir, 'plannen/regie/index.html', html);
    write(dir, '_astro/site.css', css);
    write(dir, '_astro/entry.js', entry);
    write(dir, '_astro/shared.js', shared);
    write(dir, '_astro/other.js', other);
    const weight = pageWeight(dir, '/', '/plannen/regie/');
    expect(weight.html.gzipBytes).toBe(gzipBytes(html));
    expect(weight.css.map((r) => r.url)).toEqual(['/_astro/site.css']);
    expect(weight.js.map((r) => r.url).sort()).toEqual(['/_astro/entry.js', '/_astro/other.js', '/_astro/shared.js']);
    expect(new Set(weight.js.map((r) => r.entry))).toEqual(new Set(['/_astro/entry.js']));
    expect(weight.htmlCssGzip).toBe(gzipBytes(html) + gzipBytes(css));
    expect(weight.jsGzip).toBe(gzipBytes(entry) + gzipBytes(shared) + gzipBytes(other));
    expect(weight.totalGzip).toBe(weight.htmlCssGzip + weight.jsGzip);
  });

  it('resolves paths under a base and fails on a file the build lacks', () => {
    const dir = path.join(temp, 'sub');
    write(dir, 'index.html', '<link rel="stylesheet" href="/jeugd/_astro/s.css"><script src="missing.js"></script>');
    write(dir, '_astro/s.css', 'a{}');
    expect(() => pageWeight(dir, '/jeugd/', '/jeugd/')).toThrow(/missing\.js.*not in the build/);
  });
});

describe('page types', () => {
  const isEntry = entryLookup([
    { collection: 'people', id: 'kate-snellens' },
    { collection: 'people', id: 'a' },
    { collection: 'people', id: 'b' },
    { collection: 'newsletters', id: 'volop-beweging' },
  ]);

  it('tells home, overviews, detail pages and search apart', () => {
    const type = (file: string) => pageTypeOf(file, isEntry);
    expect(type('index.html')?.key).toBe('home');
    expect(type('plannen/index.html')).toMatchObject({ key: 'index:plannen', kind: 'index', collection: 'plans' });
    expect(type('wie-doet-wat/index.html')?.kind).toBe('index');
    expect(type('mensen/kate-snellens/index.html')).toMatchObject({ key: 'detail:people', kind: 'detail' });
    expect(type('zoeken/index.html')?.kind).toBe('search');
    expect(type('privacy/index.html')?.kind).toBe('other');
    expect(type('404.html')).toBeUndefined();
    // The editors' tool is no page of the site: outside its sitemap and its budgets.
    expect(type('admin/index.html')).toBeUndefined();
    expect(type('nieuwsbrieven/volop-beweging/email.html')).toBeUndefined();
    expect(type('nieuwsbrieven/volop-beweging/index.html')?.key).toBe('detail:newsletters');
    // A page that sends the visitor on: the browser leaves it before anything could be measured.
    for (const { from } of movedPages) expect(type(`${from.slice(1)}index.html`), from).toBeUndefined();
  });

  it("tells an entry's page from another page under the same route, and groups deeper pages", () => {
    expect(pageTypeOf('mensen/vergelijken/index.html', isEntry)).toMatchObject({
      key: 'page:mensen/vergelijken',
      kind: 'other',
    });
    expect(pageTypeOf('begrippen/vakgebied/zorg/index.html', isEntry)?.key).toBe('page:begrippen/vakgebied/…');
    expect(pageTypeOf('begrippen/vakgebied/recht/index.html', isEntry)?.key).toBe('page:begrippen/vakgebied/…');
  });

  it('groups files by type and picks the median', () => {
    const groups = pagesByType(['mensen/b/index.html', 'mensen/a/index.html', 'index.html', '404.html'], isEntry);
    expect([...groups.keys()]).toEqual(['home', 'detail:people']);
    expect(groups.get('detail:people')?.files).toEqual(['mensen/a/index.html', 'mensen/b/index.html']);
    expect(medianBy([5, 1, 9, 3], (n) => n)).toBe(3);
    expect(medianBy([5, 1, 9], (n) => n)).toBe(5);
  });
});

describe('report table', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(
      formatTable(
        ['name', 'kB'],
        [
          ['home', '3.1'],
          ['overzicht', '12.4'],
        ],
      ),
    ).toBe(['name         kB', '---------  ----', 'home        3.1', 'overzicht  12.4'].join('\n'));
  });
});
