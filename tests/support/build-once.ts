import fs from 'node:fs';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import { builds, changedContent, fixtureBuilds, root } from './builds.ts';
import { isolatedProject } from './isolated-project.ts';

interface Variant {
  base: string;
  dir: string;
  env: Readonly<Record<string, string>>;
  contentDir?: string;
}

async function build({ base, dir, env, contentDir }: Variant, project: string): Promise<void> {
  if (process.env.TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(dir, 'index.html'))) return;
  // A content cache of its own, emptied first: another `astro` command in this checkout (check, dev,
  // build) may sync the default one with other settings meanwhile. The real-content builds share the
  // generated types in .astro/ with `astro check`, which is harmless for the same content; other
  // content is built in a copy of the project (see isolatedProject).
  const cacheDir = `${dir}-cache`;
  for (const folder of [dir, cacheDir]) fs.rmSync(folder, { recursive: true, force: true });
  const result = await astroBuild(
    {
      ...env,
      BASE_PATH: base,
      OUT_DIR: dir,
      ASTRO_CACHE_DIR: cacheDir,
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
    },
    project,
  );
  if (result.status !== 0) throw new Error(`The test build of ${path.relative(root, dir)} failed:\n${result.output}`);
}

/**
 * Builds the site once per test run, for every variant in `builds` and `fixtureBuilds`. Two lanes
 * side by side, one per core: the real content in the repository, and the fixture builds in a copy
 * of the project (see isolatedProject); every build with a content cache of its own. Set
 * TEST_REUSE_BUILD=1 to reuse existing builds while working on tests.
 */
export default async function setup() {
  // The build and e2e projects both name this setup; Vitest runs it once per project, in one
  // process. A flag on globalThis (module state is not shared between them) builds once per run.
  const run = globalThis as { __kennisbankBuilt?: Promise<void> };
  run.__kennisbankBuilt ??= (async () => {
    changedContent.write(changedContent.dir);
    const fixtureProject = isolatedProject();
    changedContent.addPublicFiles(fixtureProject);
    try {
      await Promise.all([
        (async () => {
          for (const variant of Object.values(builds)) await build(variant, root);
        })(),
        (async () => {
          for (const variant of Object.values(fixtureBuilds)) await build(variant, fixtureProject);
        })(),
      ]);
    } finally {
      fs.rmSync(fixtureProject, { recursive: true, force: true });
    }
  })();
  await run.__kennisbankBuilt;
}
