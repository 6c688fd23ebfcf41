import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDomSizes, readPage } from '../../scripts/bench/dom-size.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-dom-test-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const doc = (body: string, head = '<title>t</title>') =>
  `<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`;

describe('elements of a page', () => {
  it('counts every element of the document, head and void elements included, not text or comments', () => {
    // html, head, title, meta, body, main, h1, p, a, br, img, svg, path = 13
    const html = doc(
      '<main><h1>Jeugd</h1><!-- opmerking --><p>Tekst <a href="/x/">link</a><br><img src="a.png" alt=""></p><svg><path d="M0 0"/></svg></main>',
      '<title>t</title><meta charset="utf-8">',
    );
    expect(readPage(html).elements).toBe(13);
  });

  it("leaves out what a browser makes no elements of: a template's and a noscript's content", () => {
    const html = doc('<template><li><a>x</a></li></template><noscript><p><a href="/">x</a></p></noscript><p>y</p>');
    // html, head, title, body, template, noscript, p
    expect(readPage(html).elements).toBe(7);
  });

  it("reads Pagefind's filters in both forms, and skips empty ones", () => {
    const html = doc(
      '<div hidden><span data-pagefind-filter="soort">plan</span><span data-pagefind-filter="plaats"> Hengelo </span>' +
        '<span data-pagefind-filter="jaar:2024"></span><span data-pagefind-filter="leeftijd"></span></div>',
    );
    expect(readPage(html).filters).toEqual([
      { key: 'soort', value: 'plan' },
      { key: 'plaats', value: 'Hengelo' },
      { key: 'jaar', value: '2024' },
    ]);
  });
});

describe('elements per page type', () => {
  const dist = path.join(temp, 'dist');
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), html);
  };
  const items = (n: number, soort: string) =>
    doc(`<ul>${'<li>x</li>'.repeat(n)}</ul><span data-pagefind-filter="soort">${soort}</span>`);
  write('index.html', items(1, 'pagina'));
  write('plannen/a/index.html', items(10, 'plan'));
  write('plannen/b/index.html', items(30, 'plan'));
  write('plannen/c/index.html', items(20, 'plan'));
  write('mensen/p/index.html', items(5, 'persoon'));
  write('404.html', items(500, 'pagina'));
  const files = [
    'index.html',
    'plannen/a/index.html',
    'plannen/b/index.html',
    'plannen/c/index.html',
    'mensen/p/index.html',
    '404.html',
  ];
  const isEntry = () => true;

  it('counts every page and keeps the median and the largest of each type', () => {
    const { types } = measureDomSizes(dist, '/', files, isEntry);
    const plans = types.find((t) => t.key === 'detail:plans');
    // Each page: html, head, title, body, ul, span + its items.
    expect(plans?.median).toEqual({ url: '/plannen/c/', elements: 26 });
    expect(plans?.largest).toEqual({ url: '/plannen/b/', elements: 36 });
    expect(types.find((t) => t.key === 'home')?.largest).toEqual({ url: '/', elements: 7 });
    // The 404 page is no page type.
    expect(types.map((t) => t.key).sort()).toEqual(['detail:people', 'detail:plans', 'home']);
  });

  it('finds the filter value most pages carry, for browsing the longest list', () => {
    expect(measureDomSizes(dist, '/', files, isEntry).largestFilter).toEqual({ key: 'soort', value: 'plan', pages: 3 });
  });
});
