/**
 * npm run bench: how build time, page weight and search speed grow with the size of the site.
 *
 *   npm run bench                        N = 100, 1,000 and 5,000
 *   npm run bench -- --sizes 100,1000    other sizes
 *   npm run bench -- --strict            exit 1 when a budget is broken
 *
 * Generates a synthetic corpus per size in a temporary folder, builds the site from it, measures,
 * prints a table and writes the numbers to bench-results/latest.json. See BENCHMARKS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './build';
import { evaluateBudgets } from './budgets';
import { corpusCounts, generateCorpus, minimumSize, writeCorpus } from './corpus';
import { formatReport } from './report';
import { summarisePage, type BenchResults, type SizeResult } from './results';
import { wordListFromContent } from './words';
import { measurePageTypes } from './weight';

const root = path.resolve(import.meta.dirname, '../..');

function readVersion(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      seed: { type: 'string', default: '20240901' },
      out: { type: 'string', default: 'bench-results/latest.json' },
      strict: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map((s) => Number(s.replace(/[_\s]/g, '')))
    .sort((a, b) => a - b);
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < minimumSize) throw new Error(`--sizes: each size is a whole number of at least ${minimumSize}, not "${size}"`);
  }
  return { ...values, sizes: [...new Set(sizes)], seed: Number(values.seed) };
}

async function main() {
  const options = parseOptions();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-bench-'));
  console.log(`Benchmark: sizes ${options.sizes.join(', ')}; working folder ${work}`);
  const words = wordListFromContent(path.join(root, 'content'));
  const notMeasured: string[] = [];
  const sizes: SizeResult[] = [];

  for (const size of options.sizes) {
    const contentDir = path.join(work, `content-${size}`);
    const outDir = path.join(work, `dist-${size}`);
    writeCorpus(contentDir, generateCorpus({ size, words, seed: options.seed }));
    console.log(`N=${size}: corpus written, building …`);
    const build = await buildSite({ root, contentDir, outDir, logFile: path.join(work, `build-${size}.log`) });
    console.log(`N=${size}: ${build.pages} pages in ${(build.buildMs / 1000).toFixed(1)} s`);
    const files = fs
      .readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => path.relative(outDir, path.join(d.parentPath, d.name)));
    const pageTypes = measurePageTypes(outDir, '/', files).map((p) => ({
      key: p.type.key,
      kind: p.type.kind,
      label: p.type.label,
      pages: p.pages,
      median: summarisePage(p.median),
      largest: summarisePage(p.largest),
    }));
    sizes.push({
      size,
      counts: corpusCounts(size),
      pages: build.pages,
      buildMs: build.buildMs,
      cpuMs: build.cpuMs,
      loadAverage: build.loadAverage,
      peakMemoryBytes: build.peakMemoryBytes,
      distBytes: build.distBytes,
      distFiles: build.distFiles,
      pageTypes,
    });
    // The content is not needed after the build; the largest build stays for the search measurement.
    fs.rmSync(contentDir, { recursive: true, force: true });
    if (size !== options.sizes[options.sizes.length - 1] && !options.keep) fs.rmSync(outDir, { recursive: true, force: true });
  }

  notMeasured.push('Pagefind: the build has no search index yet (issue 4), so Pagefind time, search-open weight and search speed are missing.');

  const budgets = evaluateBudgets({
    builds: sizes,
    weights: sizes,
    isSearchLoader: () => false,
  });
  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    seed: options.seed,
    machine: { platform: `${os.platform()} ${os.release()}`, cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', memoryBytes: os.totalmem() },
    versions: { node: process.version, astro: readVersion('astro'), pagefind: readVersion('pagefind') },
    sizes,
    notMeasured,
    budgets,
  };

  const outFile = path.resolve(root, options.out);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatReport(results)}\n\nResults: ${path.relative(root, outFile)}`);
  if (!options.keep) fs.rmSync(work, { recursive: true, force: true });
  if (options.strict && budgets.some((b) => b.status === 'broken')) process.exitCode = 1;
}

await main();
