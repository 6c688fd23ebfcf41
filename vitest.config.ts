import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, one command (`npm test`):
 * - unit: schemas and helpers, on plain data;
 * - build: the built site in .test-dist/ (built once by the global setup, at the root and under /jeugd/);
 * - e2e: real Chromium against that build, served locally.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
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
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // A browser on a busy two-core machine can take seconds to load the search index; polls
          // wait as long as the other waits in these tests, so load never fails a correct page.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
