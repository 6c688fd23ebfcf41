import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * The one place that finds and starts Chromium, for the browser tests and for `npm run bench`.
 * Order: CHROMIUM_PATH; a Chromium or Chrome already on the machine; the binary inside the npm
 * package @sparticuz/chromium (Linux x64/arm64), so `npm install` alone brings a browser.
 */

/** Where browsers usually live, per platform. The first that exists is used. */
const installedBrowsers: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    path.join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

/**
 * Flags for a headless browser on a machine without a network to the outside: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts. Deliberately not the
 * package's own `chromium.args`: those switch off web security, which the CSP tests rely on.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;

export interface ResolvedChromium {
  executablePath: string;
  /** Where it came from, for messages and benchmark reports. */
  source: 'CHROMIUM_PATH' | 'installed' | '@sparticuz/chromium';
  /** Environment the browser needs (the packaged one brings its own fonts). */
  env: Record<string, string>;
}

const packagedPlatforms = new Set(['linux-x64', 'linux-arm64']);

async function packagedChromium(): Promise<ResolvedChromium | undefined> {
  if (!packagedPlatforms.has(`${process.platform}-${process.arch}`)) return undefined;
  let packaged: { executablePath: () => Promise<string> };
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch {
    return undefined;
  }
  const executablePath = await packaged.executablePath();
  // The package unpacks its fonts beside the binary; with them text renders the same on every machine.
  const fonts = path.join(os.tmpdir(), 'fonts');
  return { executablePath, source: '@sparticuz/chromium', env: fs.existsSync(fonts) ? { FONTCONFIG_PATH: fonts } : {} };
}

let resolving: Promise<ResolvedChromium> | undefined;

/** Finds a Chromium to run, once per process; throws with what to set when there is none. */
export function resolveChromium(): Promise<ResolvedChromium> {
  resolving ??= (async () => {
    const fromEnvironment = process.env['CHROMIUM_PATH'];
    if (fromEnvironment) {
      if (!fs.existsSync(fromEnvironment))
        throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but there is no file there.`);
      return { executablePath: fromEnvironment, source: 'CHROMIUM_PATH', env: {} };
    }
    const installed = (installedBrowsers[process.platform] ?? []).find((candidate) => fs.existsSync(candidate));
    if (installed) return { executablePath: installed, source: 'installed', env: {} };
    const packaged = await packagedChromium();
    if (packaged) return packaged;
    throw new Error(
      `No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary; none was found at ${(installedBrowsers[process.platform] ?? []).join(', ') || '(no known place on this system)'}, ` +
        `and the browser inside @sparticuz/chromium runs on Linux x64 and arm64 only (this is ${process.platform}-${process.arch}).`,
    );
  })();
  return resolving;
}

/**
 * Whether /dev/shm holds at least 1 GiB. Playwright starts Chromium with --disable-dev-shm-usage, for
 * containers whose /dev/shm has 64 MB: Chromium then keeps its shared memory in files under /tmp,
 * which costs more. Where /dev/shm is large (24 GB on these machines) Chromium may use it: the
 * browser tests' Chromium then took about 5% less CPU.
 */
export function largeSharedMemory(
  statfs: (path: string) => { bsize: number; blocks: number } = fs.statfsSync,
): boolean {
  try {
    const { bsize, blocks } = statfs('/dev/shm');
    return bsize * blocks >= 2 ** 30;
  } catch {
    return false;
  }
}

/** Starts the resolved Chromium headless. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath, env } = await resolveChromium();
  return chromium.launch({
    ...(largeSharedMemory() ? { ignoreDefaultArgs: ['--disable-dev-shm-usage'] } : {}),
    ...options,
    executablePath,
    args: [...chromiumFlags, ...(options.args ?? [])],
    env: { ...process.env, ...env, ...options.env } as Record<string, string>,
  });
}
