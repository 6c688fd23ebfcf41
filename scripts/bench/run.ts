/**
 * npm run bench: how build time, page weight, DOM size and search speed grow with the size of the
 * site, and Lighthouse's mobile performance at the largest size.
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
import type { Browser } from 'playwright-core';
import { launchChromium, resolveChromium } from '../lib/chromium.ts';
import { serve } from '../lib/static-server.ts';
import { buildSite } from './build.ts';
import { measureWithSearch } from './browser.ts';
import { domAfterLoad, searchPageDomStates } from './browser-dom.ts';
import { evaluateBudgets } from './budgets.ts';
import { corpusCounts, generateCorpus, writeCorpus, type CorpusEntry } from './corpus.ts';
import { measureDomSizes } from './dom-size.ts';
import { lighthouseVersion, measureLighthouse, startLighthouseBrowser } from './lighthouse.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { isSearchLoader, isThemeScript } from './page-scripts.ts';
import { pagefindMsFromLog, timePagefind } from './pagefind-time.ts';
import { corpusWords, queriesInCorpus } from './queries.ts';
import { formatReport } from './report.ts';
import {
  summarisePage,
  type BenchResults,
  type LighthouseResults,
  type PageTypeResult,
  type SearchLatencyResults,
  type SizeResult,
} from './results.ts';
import { measureSearchLatency } from './search-latency.ts';
import { wordListFromContent } from './words.ts';
import { entryLookup, measurePageTypes } from './weight.ts';

const root = path.resolve(import.meta.dirname, '../..');

function readVersion(pkg: string): string {
  return (
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
  ).version;
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
  results.budgets = evaluateBudgets({
    builds: results.sizes,
    weights: results.sizes,
    isSearchLoader,
    isThemeScript,
    notMeasured: results.notMeasured,
  });
  console.log(formatReport(results));
  if (strict && results.budgets.some((b) => b.status === 'broken')) process.exitCode = 1;
}

/** Page weight and DOM size of every page type, from the build's files. */
function measureFiles(outDir: string, corpus: readonly CorpusEntry[]) {
  const files = htmlFiles(outDir);
  const isEntry = entryLookup(corpus);
  const domSizes = measureDomSizes(outDir, '/', files, isEntry);
  const dom = new Map(domSizes.types.map((t) => [t.key, t]));
  const pageTypes = measurePageTypes(outDir, '/', files, isEntry).map((p): PageTypeResult => ({
    key: p.type.key,
    kind: p.type.kind,
    label: p.type.label,
    pages: p.pages,
    median: summarisePage(p.median),
    largest: summarisePage(p.largest),
    dom: { median: dom.get(p.type.key)!.median, largest: dom.get(p.type.key)!.largest },
  }));
  return { pageTypes, largestFilter: domSizes.largestFilter };
}

/**
 * Chromium per page type: what opening the search loads; the elements of the median and the largest
 * page (by their files' counts) after load; the search page's elements with results.
 */
async function measureInBrowser(
  browser: Browser,
  url: (p: string) => string,
  pageTypes: PageTypeResult[],
  domStates: Parameters<typeof searchPageDomStates>[2],
  notMeasured: string[],
) {
  for (const pageType of pageTypes) {
    try {
      pageType.withSearch = await measureWithSearch(browser, url(pageType.median.url));
    } catch (error) {
      notMeasured.push(`Search open on ${pageType.median.url}: ${(error as Error).message.split('\n')[0]}`);
    }
    const dom = pageType.dom!;
    dom.largest.browserElements = await domAfterLoad(browser, url(dom.largest.url));
    dom.median.browserElements =
      dom.median.url === dom.largest.url
        ? dom.largest.browserElements
        : await domAfterLoad(browser, url(dom.median.url));
    if (pageType.kind === 'search') {
      try {
        dom.states = await searchPageDomStates(browser, url(pageType.median.url), domStates);
      } catch (error) {
        notMeasured.push(`Search page DOM with results: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
}

async function lighthouseAt(
  url: (p: string) => string,
  pageTypes: readonly PageTypeResult[],
  options: BenchOptions,
  size: number,
): Promise<LighthouseResults> {
  const started = await startLighthouseBrowser();
  try {
    const loadAverage = os.loadavg()[0]!;
    const pages = await measureLighthouse(
      started.port,
      pageTypes.map((p) => ({ key: p.key, label: p.label, url: url(p.median.url) })),
      options.lighthouseRuns,
      (label) => console.log(`N=${size}: Lighthouse, ${label} …`),
    );
    return { version: lighthouseVersion(root), loadAverage, runs: options.lighthouseRuns, pages };
  } finally {
    await started.close();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.report) return reprint(options.report, options.strict);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-bench-'));
  console.log(`Benchmark: sizes ${options.sizes.join(', ')}; working folder ${work}`);
  const words = wordListFromContent(path.join(root, 'content'));
  const notMeasured: string[] = [];

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
  if (browser && !options.lighthouse) notMeasured.push('Lighthouse: switched off with --no-lighthouse.');
  const chromiumVersion = browser?.version();

  const sizes: SizeResult[] = [];
  let searchLatency: SearchLatencyResults | undefined;
  const largestSize = options.sizes[options.sizes.length - 1];
  try {
    for (const size of options.sizes) {
      const contentDir = path.join(work, `content-${size}`);
      const outDir = path.join(work, `dist-${size}`);
      const corpus = generateCorpus({ size, words, seed: options.seed });
      const queries = queriesInCorpus(options.queries, corpusWords(corpus));
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
          'Pagefind: the build has no search index, so Pagefind time, search-open weight, search latency and the search page with results are missing.',
        );

      console.log(`N=${size}: weighing and counting the elements of every page …`);
      const { pageTypes, largestFilter } = measureFiles(outDir, corpus);
      let lighthouse: LighthouseResults | undefined;

      if (browser) {
        const server = await serve(outDir, '/');
        try {
          if (hasIndex) {
            console.log(`N=${size}: opening the search and counting elements on each page type in Chromium …`);
            await measureInBrowser(
              browser,
              server.url,
              pageTypes,
              { query: queries.found[0], filter: largestFilter },
              notMeasured,
            );
          }
          if (hasIndex && size === largestSize) {
            if (queries.missing.length > 0)
              notMeasured.push(
                `Search latency: the corpus has no word like "${queries.missing.join('", "')}"; left out of the queries.`,
              );
            const contentPage =
              pageTypes.find((p) => p.key === 'detail:plans') ?? pageTypes.find((p) => p.kind === 'detail');
            if (contentPage && queries.found.length > 0) {
              console.log(`N=${size}: timing ${queries.found.length} queries, ${options.runs} run(s) each …`);
              const loadAverage = os.loadavg()[0]!;
              searchLatency = {
                size,
                loadAverage,
                ...(await measureSearchLatency(
                  browser,
                  { contentPage: server.url(contentPage.median.url), searchPage: server.url('/zoeken/') },
                  queries.found,
                  options.runs,
                )),
              };
            }
          }
          if (options.lighthouse && (size === largestSize || options.lighthouseAllSizes)) {
            try {
              lighthouse = await lighthouseAt(server.url, pageTypes, options, size);
            } catch (error) {
              notMeasured.push(`Lighthouse: ${(error as Error).message.split('\n')[0]}`);
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
        ...(lighthouse ? { lighthouse } : {}),
      });
      if (!options.keep) fs.rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    await browser?.close();
  }

  const budgets = evaluateBudgets({ builds: sizes, weights: sizes, isSearchLoader, isThemeScript, notMeasured });
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
      lighthouse: sizes.some((s) => s.lighthouse) ? lighthouseVersion(root) : undefined,
    },
    sizes,
    searchLatency,
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
