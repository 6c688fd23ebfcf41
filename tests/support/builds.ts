import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** A made-up repository address: the sub-path build shows edit links, the root build shows none. */
export const testRepositoryUrl = 'https://git.example/redactie/kennisbank';

/** The builds the build and browser tests run against: the site at the root, and under a sub-path. */
export const builds = {
  root: { base: '/', dir: path.join(root, '.test-dist/root'), env: {} },
  sub: { base: '/jeugd/', dir: path.join(root, '.test-dist/jeugd'), env: { REPOSITORY_URL: testRepositoryUrl } },
} as const;

export type BuildName = keyof typeof builds;
export const buildNames = Object.keys(builds) as BuildName[];

/**
 * Builds of test fixtures instead of the real content (CONTENT_DIR). They are kept apart from
 * `builds` because the tests that loop over `builds` expect the real content.
 */
export const fixtureBuilds = {
  hostile: { base: '/', dir: path.join(root, '.test-dist/hostile'), env: {}, contentDir: path.join(root, 'tests/fixtures/hostile-content') },
} as const;
