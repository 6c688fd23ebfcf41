import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheKey, contentCodePaths } from '../../src/lib/content-cache-key.ts';
import { contentGlob } from '../../src/lib/content-loader.ts';
import { idOfFile } from '../../src/lib/entry-id.ts';
import { checkWith, removeFixtures } from '../support/content-fixture.ts';
import { astroContext } from '../support/loader-context.ts';

afterAll(removeFixtures);

/** What Astro's glob loader does with a folder, once. */
async function loadWithAstro(dir: string, pattern: string) {
  const { context, seen, stored } = astroContext(dir);
  await contentGlob({ pattern, base: dir, cacheKey: 'key' }).load(context);
  return { seen, ids: stored.map((entry) => entry.id).sort() };
}

describe("Astro's loader, as the site uses it", () => {
  it('gives each parser the text as the content check reads it: no BOM, \\n line endings, composed accents', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-loader-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'windows.md'),
        '\uFEFF---\r\ntitle: Caf\u0065\u0301\r\n---\r\n\r\nIde\u0065e\u0308n',
      );
      fs.writeFileSync(path.join(dir, 'windows.yaml'), '\uFEFFname: Ren\u0065\u0301\r\n');
      const { seen } = await loadWithAstro(dir, '*.{md,yaml}');
      expect(seen.get('windows.md')).toBe('---\ntitle: Café\n---\n\nIdeeën'.normalize('NFC'));
      expect(seen.get('windows.yaml')).toBe('name: René\n'.normalize('NFC'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every entry the id the content check gives it', async () => {
    const result = checkWith({
      'plans/tweede-plan-2.md':
        '---\ntitle: Tweede plan\nsummary: Een tweede verzonnen plan voor de test.\nkind: project\nsources:\n  - testbron\n---\n',
    });
    const checked = result.entries
      .filter(({ entry }) => entry.collection === 'plans')
      .map(({ entry }) => entry.id)
      .sort();
    const { ids } = await loadWithAstro(path.join(result.dir, 'plans'), '**/*.md');
    expect(ids).toEqual(checked);
  });

  it('takes an id from a file name whichever way the file system wrote its accents', () => {
    expect(idOfFile('caf\u0065\u0301.md')).toBe(idOfFile('caf\u00e9.md'));
    expect(idOfFile(path.join('sub', 'regie.mdx'))).toBe('sub/regie');
  });

  it('reads and renders every entry again when the cache key changed since the last build, and only then', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-loader-'));
    try {
      fs.writeFileSync(path.join(dir, 'plan.md'), '---\ntitle: Plan\n---\n\nVVE op de peuteropvang.');
      fs.writeFileSync(path.join(dir, 'ander-plan.md'), '---\ntitle: Ander plan\n---\n\nGeen afkorting.');
      const { context, stored } = astroContext(dir);
      const build = async (key: string) => {
        stored.length = 0;
        await contentGlob({ pattern: '*.md', base: dir, cacheKey: key }).load(context);
        return stored.map((entry) => entry.id).sort();
      };
      expect(await build('VVE')).toEqual(['ander-plan', 'plan']);
      // Unchanged files and key: Astro keeps what it rendered.
      expect(await build('VVE')).toEqual([]);
      // A term added to the glossary (a new key): every body again, not only those of changed files.
      expect(await build('VVE+RMC')).toEqual(['ander-plan', 'plan']);
      expect(await build('VVE+RMC')).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the key of what entries are read and rendered with', () => {
  const term = (fullForm: string) =>
    `term: PROEF\nfullForm: ${fullForm}\nexplanation: Een verzonnen begrip voor deze test, met genoeg uitleg.\ndomain: onderwijs\nsources:\n  - bron\n`;

  /** A project folder with one glossary term, each code path of the key, and a lock file. */
  function project(): { root: string; content: string } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-cache-key-'));
    const content = path.join(root, 'content');
    fs.mkdirSync(path.join(content, 'glossary'), { recursive: true });
    fs.writeFileSync(path.join(content, 'glossary/proef.yaml'), term('proef met een begrip'));
    for (const place of contentCodePaths) {
      if (path.extname(place)) fs.writeFileSync(path.join(root, place), 'export default {};\n');
      else {
        fs.mkdirSync(path.join(root, place, 'sub'), { recursive: true });
        fs.writeFileSync(path.join(root, place, 'sub/code.ts'), 'export const a = 1;\n');
      }
    }
    fs.writeFileSync(
      path.join(root, 'package-lock.json'),
      '{"packages":{"node_modules/satteri":{"version":"1.0.0"}}}\n',
    );
    return { root, content };
  }

  function withProject(test: (project: { root: string; content: string; key: () => string }) => void): void {
    const { root, content } = project();
    try {
      test({ root, content, key: () => contentCacheKey(content, root) });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }

  it('names only paths that exist in this repository', () => {
    const repository = path.join(import.meta.dirname, '../..');
    expect(contentCodePaths.filter((place) => !fs.existsSync(path.join(repository, place)))).toEqual([]);
  });

  it('stays the same for the same glossary and code', () =>
    withProject(({ key }) => {
      expect(key()).toBe(key());
    }));

  it('changes with a term, the Astro config, an integration, a schema, a helper or a package', () =>
    withProject(({ root, content, key }) => {
      const seen = [key()];
      const changes: [string, string][] = [
        ['content/glossary/proef.yaml', term('proef met een ander begrip')],
        ['astro.config.mjs', 'export default { markdown: {} };\n'],
        ['src/integrations/sub/code.ts', 'export const a = 2;\n'],
        ['src/schemas/sub/code.ts', 'export const a = 2;\n'],
        ['src/lib/sub/plugin.ts', 'export const b = 1;\n'],
        ['package-lock.json', '{"packages":{"node_modules/satteri":{"version":"1.0.1"}}}\n'],
      ];
      for (const [file, text] of changes) {
        fs.writeFileSync(path.join(file.startsWith('content/') ? path.dirname(content) : root, file), text);
        const next = key();
        expect(seen, file).not.toContain(next);
        seen.push(next);
      }
    }));

  it('does not change with a content file other than the glossary (Astro sees those itself), nor with a stray file', () =>
    withProject(({ root, content, key }) => {
      const before = key();
      fs.mkdirSync(path.join(content, 'plans'));
      fs.writeFileSync(path.join(content, 'plans/plan.md'), '---\ntitle: Plan\n---\n');
      fs.writeFileSync(path.join(root, 'src/lib/.DS_Store'), 'x');
      fs.writeFileSync(path.join(root, 'src/lib/sub/code.ts.swp'), 'x');
      expect(key()).toBe(before);
    }));

  it('refuses to leave out a code path that is missing, rather than give a shorter key', () =>
    withProject(({ root, key }) => {
      fs.rmSync(path.join(root, 'src/schemas'), { recursive: true });
      expect(key).toThrow(/src\/schemas/);
    }));
});
