import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/integrations/pagefind.ts';

// Fixture sites in temp folders: made-up pages that only exercise the build step.
const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-pagefind-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
const logger = { info: () => {} };

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Pagefind build step', () => {
  it('indexes the marked pages and writes the bundle into the build', async () => {
    const dir = site({
      'a/index.html': page('nl', '<nav>menu</nav><article data-pagefind-body><h1>Gemeenten</h1></article>'),
      'b/index.html': page('nl', '<article data-pagefind-body><h1>Thuiszitters</h1></article>'),
      'index.html': page('nl', '<h1>Overzicht</h1>'),
    });
    expect(await buildIndex(dir, logger)).toBe(2);
    expect(fs.existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('fails when there is nothing to index', async () => {
    await expect(buildIndex(site({ 'robots.txt': 'x' }), logger)).rejects.toThrow(/geen enkele pagina/);
  });

  it('fails when a page is not Dutch, because it would miss Dutch stemming', async () => {
    const dir = site({
      'a/index.html': page('nl', '<article data-pagefind-body>gemeente</article>'),
      'b/index.html': page('en', '<article data-pagefind-body>municipality</article>'),
    });
    await expect(buildIndex(dir, logger)).rejects.toThrow(/lang="nl".*en \(1 pagina's\)/s);
  });
});
