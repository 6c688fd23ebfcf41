import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builds, fixtureBuilds, root } from './builds';

/**
 * Builds the site once per test run, for every variant in `builds` and `fixtureBuilds`, one after
 * the other (they share Astro's cache). Set TEST_REUSE_BUILD=1 to reuse an existing build while
 * working on tests.
 */
export default function setup() {
  // The build and e2e projects both name this setup; Vitest runs it once per project, in one
  // process. A flag on globalThis (module state is not shared between them) builds once per run.
  const run = globalThis as { __kennisbankBuilt?: boolean };
  if (run.__kennisbankBuilt) return;
  const variants: { base: string; dir: string; env: Record<string, string>; contentDir?: string }[] = [...Object.values(builds), ...Object.values(fixtureBuilds)];
  for (const { base, dir, env, contentDir } of variants) {
    if (process.env.TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(dir, 'index.html'))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        REPOSITORY_URL: '',
        ...env,
        BASE_PATH: base,
        OUT_DIR: dir,
        SITE_URL: 'https://kennisbank.example',
        ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      },
    });
  }
  run.__kennisbankBuilt = true;
}
