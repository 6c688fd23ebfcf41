import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';

/**
 * Astro loads astro.config.mjs with Node's own import when it can, and only otherwise starts a Vite
 * server to load it: about 0.4 s of every build, `astro dev` and `astro check`. That works while every
 * file the config imports names its imports with their extension and uses type syntax Node can strip
 * (ESLint and `erasableSyntaxOnly` in tsconfig.json hold both rules). The content check's worker
 * thread (src/lib/content-check/background.ts) is loaded the same way.
 */
describe('TypeScript that Node runs as it is', () => {
  it('loads astro.config.mjs with its integrations and Markdown plugins, without a bundler', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    // A Node before 23.6 warns that stripping types is experimental; a warning is no failure.
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/Error/);
  });
});

describe('the scripts behind npm run', () => {
  const scripts = Object.entries(
    (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts,
  ).flatMap(([name, command]) => {
    const file = /^node (scripts\/\S+\.ts)\b/.exec(command)?.[1];
    return file ? [[name, file] as const] : [];
  });

  it('run TypeScript with Node itself (the editors\u2019 check, the editor, the scaffold, e-mail, docs, benchmark)', () => {
    expect(scripts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['check', 'cms', 'new', 'newsletter:email', 'docs:fields', 'bench']),
    );
  });

  // Every module of each script is found, read and linked as Node does it; then the first of the
  // project's own modules to run throws, so nothing starts (no server, no build, no file written).
  // One Node process for all of them: a module that threw once throws the same again for the next.
  const linkEach = `
    import { registerHooks } from 'node:module';
    const project = ${JSON.stringify(pathToFileURL(root).href)};
    registerHooks({
      load(url, context, nextLoad) {
        const loaded = nextLoad(url, context);
        if (!url.startsWith(project) || url.includes('/node_modules/')) return loaded;
        return { ...loaded, source: 'throw new Error("linked");\\n' + String(loaded.source) };
      },
    });
    const outcome = {};
    for (const file of ${JSON.stringify(scripts.map(([, file]) => file))}) {
      try {
        await import(new URL(file, project + '/').href);
        outcome[file] = 'ran';
      } catch (error) {
        outcome[file] = error instanceof Error && error.message === 'linked' ? 'linked' : String(error);
      }
    }
    console.log(JSON.stringify(outcome));`;
  let outcome: Record<string, string> = {};

  beforeAll(() => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', linkEach], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    outcome = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
  });

  it.each(scripts)('npm run %s: %s loads with all its imports', (_name, file) => {
    expect(outcome[file]).toBe('linked');
  });
});
