import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The indexing time the build's Pagefind integration logs ("Zoekindex gebouwd: … in 1234 ms."),
 * or undefined when the log has none.
 */
export function pagefindMsFromLog(log: string): number | undefined {
  const match = /Zoekindex gebouwd:[^\n]*? in (\d+(?:[.,]\d+)?) ms/.exec(log);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

/**
 * Times Pagefind over a finished build with its Node API, the way the build's integration runs it,
 * writing the index to a temporary folder so the build itself is left as it is.
 */
export async function timePagefind(distDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-pagefind-'));
  try {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not read ${distDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return performance.now() - started;
  } finally {
    await pagefind.close();
    fs.rmSync(outputPath, { recursive: true, force: true });
  }
}
