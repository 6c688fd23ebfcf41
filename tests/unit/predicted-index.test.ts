import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { predictSiteIndex } from '../../src/lib/links/predicted-index.ts';
import { movedPages, movedPagesRoute } from '../../src/lib/moved-pages.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A project folder with these files in src/pages (their text does not matter to the index). */
function pagesWith(files: string[]): { pagesDir: string; publicDir: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-routes-'));
  folders.push(folder);
  const pagesDir = path.join(folder, 'src/pages');
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(pagesDir, file)), { recursive: true });
    fs.writeFileSync(path.join(pagesDir, file), '---\n---\n');
  }
  return { pagesDir, publicDir: path.join(folder, 'public') };
}

describe('the pages the content check knows from src/pages', () => {
  it('accepts any address of a dynamic route’s shape in its folder, and nothing beside it', () => {
    const index = predictSiteIndex({ entries: [], ...pagesWith(['index.astro', 'kaart/[plaats].astro']) });
    expect(index.page('/')).toBeDefined();
    expect(index.page('/kaart/almelo/')).toBeDefined();
    expect(index.page('/kaart/almelo/wijk/')).toBeUndefined();
    expect(index.page('/almelo/')).toBeUndefined();
  });

  it('knows the moved pages one by one, not every address their route could match', () => {
    const route = `${movedPagesRoute.slice(1, -1)}.astro`;
    const index = predictSiteIndex({ entries: [], ...pagesWith(['index.astro', route]) });
    for (const page of movedPages) expect(index.page(page.from), page.from).toBeDefined();
    expect(index.page('/bestaat-niet/')).toBeUndefined();
    expect(index.page('/teams/bestaat-niet/diep/')).toBeUndefined();
  });

  it.each(['[slug].astro', '[...rest].astro', '[lang]/index.astro'])(
    'stops at another route with a parameter at the root (%s), which would accept every link',
    (file) => {
      expect(() => predictSiteIndex({ entries: [], ...pagesWith([file]) })).toThrow('matches any address at the root');
    },
  );
});
