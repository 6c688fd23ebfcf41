import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** The builds the build and browser tests run against: the site at the root, and under a sub-path. */
export const builds = {
  root: { base: '/', dir: path.join(root, '.test-dist/root') },
  sub: { base: '/jeugd/', dir: path.join(root, '.test-dist/jeugd') },
} as const;

export type BuildName = keyof typeof builds;
export const buildNames = Object.keys(builds) as BuildName[];

/**
 * Builds of test fixtures instead of the real content (CONTENT_DIR). They are kept apart from
 * `builds` because the tests that loop over `builds` expect the real content.
 */
export const fixtureBuilds = {
  hostile: { base: '/', dir: path.join(root, '.test-dist/hostile'), contentDir: path.join(root, 'tests/fixtures/hostile-content') },
} as const;
