import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchPeakMemory } from './process-memory.ts';

export interface BuildMeasurement {
  /** Wall-clock time of `astro build`, from start to exit, Pagefind included. */
  buildMs: number;
  /** CPU time (user + system) of the build and its helpers, when GNU time is installed. */
  cpuMs?: number;
  /** The machine's load average over the last minute when the build started: how busy it was. */
  loadAverage: number;
  /** Highest resident memory of the build and its helper processes together; undefined off Linux. */
  peakMemoryBytes?: number;
  pages: number;
  distBytes: number;
  distFiles: number;
  /** The build's own output, for reading durations the integrations log. */
  log: string;
}

export interface BuildOptions {
  root: string;
  contentDir: string;
  outDir: string;
  /** Where the build's output is saved, for when it fails. */
  logFile: string;
  env?: Record<string, string>;
}

/**
 * Builds the site from `contentDir` into `outDir`, cold: with an empty content cache of its own
 * (beside `outDir`), so every size is measured as a fresh clone in CI would build it, and no other
 * `astro` command in the checkout writes into the cache meanwhile.
 */
export async function buildSite({
  root,
  contentDir,
  outDir,
  logFile,
  env = {},
}: BuildOptions): Promise<BuildMeasurement> {
  const cacheDir = `${outDir}-cache`;
  for (const folder of [outDir, cacheDir]) fs.rmSync(folder, { recursive: true, force: true });
  // process.execPath: the Node that runs the benchmark, the project's pinned Node 24 under `npm run`.
  const command = [process.execPath, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // GNU time adds the CPU time of the build and its helpers, which other work on a busy machine
  // disturbs far less than the wall-clock time.
  const cpuFile = `${logFile}.cpu`;
  const timed = fs.existsSync(gnuTime) ? [gnuTime, '-f', '%U %S', '-o', cpuFile, ...command] : command;
  const loadAverage = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(timed[0]!, timed.slice(1), {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      BASE_PATH: '/',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid!);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const buildMs = performance.now() - started;
  const peakMemoryBytes = memory.stop();
  const log = Buffer.concat(chunks).toString('utf8');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, log);
  if (code !== 0) {
    throw new Error(
      `astro build failed (exit ${code}); output in ${logFile}:\n${log.split('\n').slice(-30).join('\n')}`,
    );
  }
  const { bytes, files, pages } = folderStats(outDir);
  return {
    buildMs,
    cpuMs: readCpuMs(cpuFile),
    loadAverage,
    peakMemoryBytes,
    pages,
    distBytes: bytes,
    distFiles: files,
    log,
  };
}

const gnuTime = '/usr/bin/time';

/** User + system seconds as GNU time wrote them, in milliseconds. */
function readCpuMs(file: string): number | undefined {
  if (!fs.existsSync(file)) return undefined;
  const [user, system] = fs.readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  fs.rmSync(file);
  return user !== undefined && system !== undefined && Number.isFinite(user + system)
    ? (user + system) * 1000
    : undefined;
}

/** Size and file count of a folder, and how many HTML pages it holds. */
export function folderStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, files, pages };
}
