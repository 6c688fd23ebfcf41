/**
 * npm run bench: how build time, page weight and search speed grow with the size of the site.
 *
 *   npm run bench                        N = 100, 1,000 and 5,000
 *   npm run bench -- --sizes 100,1000    other sizes
 *   npm run bench -- --strict            exit 1 when a budget is broken
 *   npm run bench -- --report file.json  print an earlier run's results again
 *
 * Generates a synthetic corpus per size in a temporary folder, builds the site from it, measures,
 * prints a table and writes the numbers to bench-results/latest.json. See BENCHMARKS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium, resolveChromium } from '../lib/chromium';
import { serve } from '../lib/static-server';
import { buildSite } from './build';
import { measureSearch, measureWithSearch } from './browser';
import { evaluateBudgets } from './budgets';
import { isSearchLoader, isThemeScript } from './page-scripts';
import { corpusCounts, generateCorpus, minimumSize, writeCorpus } from './corpus';
import { pagefindMsFromLog, timePagefind } from './pagefind-time';
import { formatReport } from './report';
import { summarisePage, type BenchResults, type PageTypeResult, type SearchResults, type SizeResult } from './results';
import { wordListFromContent } from './words';
import { entryLookup, measurePageTypes } from './weight';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Queries typed in the search: frequent words of the real content (so of the synthetic corpus too),
 * a two-word query, a place name, and a word that is only a prefix of longer ones.
 */
const defaultQueries = ['jeugd', 'kinderopvang', 'ontwikkeltafel', 'passende hulp', 'Hengelo', 'onderwijsachter'];

function readVersion(pkg: string): string {
  return (
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      seed: { type: 'string', default: '20240901' },
      queries: { type: 'string', default: defaultQueries.join(',') },
      out: { type: 'string', default: 'bench-results/latest.json' },
      strict: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      browser: { type: 'boolean', default: true },
      runs: { type: 'string', default: '3' },
      report: { type: 'string' },
    },
    allowNegative: true,
  });
  const sizes = values.sizes
    .split(',')
    .map((s) => Number(s.replace(/[_\s]/g, '')))
    .sort((a, b) => a - b);
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < minimumSize)
      throw new Error(`--sizes: each size is a whole number of at least ${minimumSize}, not "${size}"`);
  }
  const queries = values.queries
    .split(',')
    .map((q) => q.trim())
    .filter(Boolean);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: a whole number of at least 1, not "${values.runs}"`);
  return { ...values, sizes: [...new Set(sizes)], seed: Number(values.seed), queries, runs };
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

/** Prints a results file again, with the budgets checked anew: for reading old runs, or after changing a budget. */
function reprint(file: string, strict: boolean) {
  const results = JSON.parse(fs.readFileSync(path.resolve(root, file), 'utf8')) as BenchResults;
  results.budgets = evaluateBudgets({ builds: results.sizes, weights: results.sizes, isSearchLoader, isThemeScript });
  console.log(formatReport(results));
  if (strict && results.budgets.some((b) => b.status === 'broken')) process.exitCode = 1;
}

async function main() {
  const options = parseOptions();
  if (options.report) return reprint(options.report, options.strict);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-bench-'));
  console.log(`Benchmark: sizes ${options.sizes.join(', ')}; working folder ${work}`);
  const words = wordListFromContent(path.join(root, 'content'));
  const known = new Set(words.words.map((w) => w.toLowerCase()));
  const notMeasured: string[] = [];
  for (const query of options.queries) {
    const missing = query
      .split(/\s+/)
      .filter((w) => !known.has(w.toLowerCase()) && ![...known].some((k) => k.startsWith(w.toLowerCase())));
    if (missing.length > 0)
      console.warn(`Query "${query}": the corpus has no word like "${missing.join('", "')}"; it may find nothing.`);
  }

  let browser: Browser | undefined;
  if (!options.browser) notMeasured.push('Browser measurements: switched off with --no-browser.');
  else {
    try {
      await resolveChromium();
      browser = await launchChromium();
    } catch (error) {
      notMeasured.push(`Browser measurements: ${(error as Error).message}`);
    }
  }
  const chromiumVersion = browser?.version();

  const sizes: SizeResult[] = [];
  let search: SearchResults | undefined;
  const largestSize = options.sizes[options.sizes.length - 1];
  try {
    for (const size of options.sizes) {
      const contentDir = path.join(work, `content-${size}`);
      const outDir = path.join(work, `dist-${size}`);
      const corpus = generateCorpus({ size, words, seed: options.seed });
      writeCorpus(contentDir, corpus);
      console.log(`N=${size}: corpus written, building …`);
      const build = await buildSite({ root, contentDir, outDir, logFile: path.join(work, `build-${size}.log`) });
      console.log(`N=${size}: ${build.pages} pages in ${(build.buildMs / 1000).toFixed(1)} s`);
      fs.rmSync(contentDir, { recursive: true, force: true });

      const hasIndex = fs.existsSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'));
      let pagefindMs = pagefindMsFromLog(build.log);
      let pagefindMethod: string | undefined = pagefindMs === undefined ? undefined : 'logged by the build';
      if (pagefindMs === undefined && hasIndex) {
        pagefindMs = await timePagefind(outDir);
        pagefindMethod = 'timed apart with the Node API on the build';
      }
      if (!hasIndex && size === largestSize)
        notMeasured.push(
          'Pagefind: the build has no search index, so Pagefind time, search-open weight and search speed are missing.',
        );

      const typeWeights = measurePageTypes(outDir, '/', htmlFiles(outDir), entryLookup(corpus));
      const pageTypes: PageTypeResult[] = typeWeights.map((p) => ({
        key: p.type.key,
        kind: p.type.kind,
        label: p.type.label,
        pages: p.pages,
        median: summarisePage(p.median),
        largest: summarisePage(p.largest),
      }));

      if (browser && hasIndex) {
        const server = await serve(outDir, '/');
        try {
          console.log(`N=${size}: opening the search on each page type in Chromium …`);
          for (const pageType of pageTypes)
            pageType.withSearch = await measureWithSearch(browser, server.url(pageType.median.url));
          if (size === largestSize) {
            console.log(`N=${size}: timing ${options.queries.length} queries, ${options.runs} run(s) each …`);
            const contentPage =
              pageTypes.find((p) => p.key === 'detail:plans') ?? pageTypes.find((p) => p.kind === 'detail');
            search = { size, loadAverage: os.loadavg()[0]!, surfaces: [] };
            const searchPage = server.url('/zoeken/');
            search.surfaces.push({
              surface: 'zoekpagina',
              url: '/zoeken/',
              ...(await measureSearch(browser, searchPage, options.queries, options.runs)),
            });
            if (contentPage) {
              search.surfaces.push({
                surface: 'dialoog',
                url: contentPage.median.url,
                ...(await measureSearch(browser, server.url(contentPage.median.url), options.queries, options.runs)),
              });
            }
          }
        } finally {
          await server.close();
        }
      }

      sizes.push({
        size,
        counts: corpusCounts(size),
        pages: build.pages,
        buildMs: build.buildMs,
        cpuMs: build.cpuMs,
        loadAverage: build.loadAverage,
        pagefindMs,
        pagefindMethod,
        peakMemoryBytes: build.peakMemoryBytes,
        distBytes: build.distBytes,
        distFiles: build.distFiles,
        pageTypes,
      });
      if (!options.keep) fs.rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    await browser?.close();
  }

  const budgets = evaluateBudgets({ builds: sizes, weights: sizes, isSearchLoader, isThemeScript });
  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    seed: options.seed,
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
    },
    versions: {
      node: process.version,
      astro: readVersion('astro'),
      pagefind: readVersion('pagefind'),
      chromium: chromiumVersion,
    },
    sizes,
    search,
    notMeasured,
    budgets,
  };

  const outFile = path.resolve(root, options.out);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatReport(results)}\n\nResults: ${path.relative(root, outFile)}`);
  if (options.keep) console.log(`Corpus builds and logs kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  if (options.strict && budgets.some((b) => b.status === 'broken')) process.exitCode = 1;
}

await main();
