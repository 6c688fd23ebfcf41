import { spawn } from 'node:child_process';
import path from 'node:path';
import { root, testSite } from './builds.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor reads them in a terminal. */
  output: string;
}

/**
 * The environment for a child build. Vitest puts Vite's own variables (BASE_URL, MODE, …) into
 * process.env of test workers, and Astro would take BASE_URL=/ from there over BASE_PATH. An
 * ASTRO_CACHE_DIR set for the whole run would give every build one cache again: a build gets one
 * only from its caller, else the cache of its own project folder.
 */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ASTRO_CACHE_DIR: _c, ...rest } = process.env;
  return { ...rest, REPOSITORY_URL: '', SITE_URL: testSite, ...extra };
}

/** Runs a command of the project's node_modules/.bin in `cwd`; resolves when it ends, whatever its status. */
export function runBin(
  bin: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<BuildResult> {
  const cwd = options.cwd ?? root;
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(cwd, 'node_modules/.bin', bin), args, {
      cwd,
      env: childEnv(options.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** `astro build` of a project folder (the repository unless said otherwise) with the given environment. */
export function astroBuild(env: Record<string, string | undefined>, cwd = root): Promise<BuildResult> {
  return runBin('astro', ['build'], { cwd, env });
}
