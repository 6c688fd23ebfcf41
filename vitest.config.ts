import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Node's compile cache for every process a run starts (test workers, the builds, the scripts the
// tests call), in the folder Astro, ESLint and Prettier use: they load the same modules again and
// again, and each compiled them afresh (about 2 CPU-s less for the unit tier alone). Astro's CLI
// leaves it off in CI, where a cache outlives no run; a test run reuses it within itself.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
process.env.NODE_COMPILE_CACHE ??= path.join(os.tmpdir(), 'node-compile-cache');

/**
 * Three tiers, one command (`npm test` runs them all; `npm run test:unit`, `test:build` and
 * `test:e2e` run one):
 * - unit: schemas and helpers, on plain data; no build;
 * - build: the built sites in .test-dist/ (built once per run by the global setup);
 * - e2e: real Chromium against those builds, served locally.
 */
export default defineConfig({
  test: {
    // Most of a browser test is waiting for the browser: two files at a time keep both cores busy.
    maxWorkers: 3,
    // Test files share no state through modules; reusing a worker's imported modules saves seconds.
    isolate: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A few unit tests run the content check on all content: seconds, more on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-once.ts', 'tests/support/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A browser on a busy two-core machine can take seconds to load the search index; polls
          // wait as long as the other waits in these tests, so load never fails a correct page.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
