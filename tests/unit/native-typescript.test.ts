import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
