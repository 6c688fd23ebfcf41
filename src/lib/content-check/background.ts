import module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The build runs the content check in a worker thread, beside Astro's own start (loading its
 * config, starting Vite), instead of before it: about 0.5 s less on the main thread at 1,000
 * pages (a CPU profile: it now waits 86 ms for the check, where it spent 560 ms on it). The content
 * loader (src/lib/content-loader.ts) reads beside it but ends only with its outcome (the check's
 * errors first), and the build waits for it before it renders, so nothing is built from content
 * the check refuses.
 * Only globalThis is shared between the integration that starts the check and the loader: Astro
 * loads them in different module graphs.
 */

export interface BackgroundCheckRequest {
  /** The project root, as checkContent takes it. */
  root: string;
  /** The content folder (see contentDir). */
  dir: string;
  /** CONTENT_CHECK_SKIP as set for the build. */
  skipSetting: string;
}

/** What the worker sends back: the messages already formatted, as `npm run check` prints them. */
export interface BackgroundCheckReport {
  skipped: string[];
  errorCount: number;
  errors: string;
  warnings: string;
}

/** Runs the content check in a worker thread; rejects when the worker fails. */
export function checkContentInBackground(request: BackgroundCheckRequest): Promise<BackgroundCheckReport> {
  // The check is TypeScript. Node strips its types itself (Node 22.18 and later; the project runs on
  // Node 24); an older Node gets tsx, the loader of the project's scripts.
  const execArgv = process.features.typescript
    ? []
    : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href];
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: request,
      execArgv,
      env: workerEnv(module.getCompileCacheDir?.()),
    });
    worker.once('message', (report: BackgroundCheckReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`De inhoudscontrole stopte zonder uitkomst (code ${code}).`)));
  });
}

/**
 * The worker's environment: this process's, plus Node's compile cache when this thread has it on
 * (`compileCacheDir`: module.getCompileCacheDir()).
 * Astro's CLI turns the cache on for its own thread only (and not in CI): without this the worker
 * compiled the check's modules afresh at every build, about 130 ms of its time at 1,000 pages.
 */
export function workerEnv(compileCacheDir: string | undefined): NodeJS.ProcessEnv {
  // Node keeps the cache in a subfolder, per Node version, of the folder it was given.
  return compileCacheDir ? { ...process.env, NODE_COMPILE_CACHE: path.dirname(compileCacheDir) } : process.env;
}

const key = Symbol.for('kennisbank.content-check');
const store = globalThis as { [key]?: Promise<void> };

/** Keeps the check that is under way; it resolves when the check passed, and rejects with its errors. */
export function setPendingCheck(check: Promise<void>): void {
  // Awaited by the loader and the build; until then a refusal is not an unhandled rejection.
  check.catch(() => undefined);
  store[key] = check;
}

/** The check under way, or a settled promise when no build started one (tests of the loader). */
export function pendingCheck(): Promise<void> {
  return store[key] ?? Promise.resolve();
}
