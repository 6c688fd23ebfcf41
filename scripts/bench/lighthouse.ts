import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { launchChromium } from '../lib/chromium.ts';
import { medianRun, summariseLighthouse, type LighthouseReport } from './lighthouse-summary.ts';
import type { LighthousePage } from './results.ts';

/** Lighthouse's own version, as installed (12.2.3: 13 needs other versions of its dependencies here). */
export function lighthouseVersion(root: string): string {
  const file = path.join(root, 'node_modules', 'lighthouse', 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Chromium of its own for Lighthouse, the one the tests use (scripts/lib/chromium.ts), with a
 * remote-debugging port Lighthouse connects to. Apart from the other measurements' browser, so
 * their contexts cannot disturb its traces.
 */
export async function startLighthouseBrowser(): Promise<{ port: number; close: () => Promise<void> }> {
  const port = await freePort();
  const browser = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
  return { port, close: () => browser.close() };
}

/**
 * Lighthouse's mobile performance of each page, with its defaults: a Moto G Power screen, simulated
 * slow 4G and a 4× slower CPU. `runs` runs per page; the one with the median score counts.
 */
export async function measureLighthouse(
  port: number,
  pages: readonly { key: string; label: string; url: string }[],
  runs: number,
  onPage: (label: string) => void = () => {},
): Promise<LighthousePage[]> {
  const results: LighthousePage[] = [];
  for (const { key, label, url } of pages) {
    onPage(label);
    const done = [];
    for (let run = 0; run < runs; run++) {
      try {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        done.push(
          result
            ? summariseLighthouse(result.lhr as unknown as LighthouseReport)
            : { warnings: [], error: 'Lighthouse returned no result' },
        );
      } catch (error) {
        done.push({ warnings: [], error: (error as Error).message.split('\n')[0]! });
      }
    }
    const counted = medianRun(done)!;
    results.push({
      key,
      label,
      url: new URL(url).pathname,
      scores: done.flatMap((r) => (r.score === undefined ? [] : [r.score])),
      ...counted,
    });
  }
  return results;
}
