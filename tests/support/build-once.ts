import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builds, root } from './builds';

/**
 * Builds the site once per test run, for every variant in `builds`, one after the other (they share
 * Astro's cache). Set TEST_REUSE_BUILD=1 to reuse an existing build while working on tests.
 */
export default function setup() {
  for (const { base, dir, env } of Object.values(builds)) {
    if (process.env.TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(dir, 'index.html'))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, REPOSITORY_URL: '', ...env, BASE_PATH: base, OUT_DIR: dir, SITE_URL: 'https://kennisbank.example' },
    });
  }
}
