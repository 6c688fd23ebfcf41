import type { CollectionName } from '../../src/schemas';
import type { BudgetResult } from './budgets';
import type { PageKind, PageWeight } from './weight';

/** One page's weight as the results file keeps it: gzip bytes, and which files made it up. */
export interface PageWeightSummary {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  htmlCssGzip: number;
  totalGzip: number;
  css: { url: string; gzipBytes: number }[];
  /** Each script with the script tag (`entry`) that loads it. */
  js: { url: string; gzipBytes: number; entry: string }[];
}

export function summarisePage(page: PageWeight): PageWeightSummary {
  return {
    url: page.url,
    htmlGzip: page.html.gzipBytes,
    cssGzip: page.css.reduce((t, r) => t + r.gzipBytes, 0),
    jsGzip: page.jsGzip,
    htmlCssGzip: page.htmlCssGzip,
    totalGzip: page.totalGzip,
    css: page.css.map(({ url, gzipBytes }) => ({ url, gzipBytes })),
    js: page.js.map(({ url, gzipBytes, entry }) => ({ url, gzipBytes, entry })),
  };
}

/** What a visit loads with the search UI opened, measured in Chromium. */
export interface WithSearchWeight {
  url: string;
  /** Bytes a compressing server sends for every request of the visit, before and after opening search. */
  transferBytes: number;
  requests: number;
  /** Of those, what opening the search loaded. */
  searchTransferBytes: number;
  searchRequests: number;
  /** What opening the search loaded, file by file (path and bytes as sent). */
  searchFiles: { url: string; bytes: number }[];
}

export interface PageTypeResult {
  key: string;
  kind: PageKind;
  label: string;
  pages: number;
  median: PageWeightSummary;
  largest: PageWeightSummary;
  withSearch?: WithSearchWeight;
}

export interface SizeResult {
  size: number;
  counts: Record<CollectionName, number>;
  pages: number;
  buildMs: number;
  cpuMs?: number;
  loadAverage: number;
  /** The part of the build Pagefind took, when the build logs it or it was timed apart. */
  pagefindMs?: number;
  pagefindMethod?: string;
  peakMemoryBytes?: number;
  distBytes: number;
  distFiles: number;
  pageTypes: PageTypeResult[];
}

export interface SearchQueryResult {
  query: string;
  /** From the input event of the last keystroke to the first result in the page: the median of the runs. */
  ms: number;
  /** Every run's time, in the order they ran. */
  samples: number[];
  /** Bytes fetched between that keystroke and the first result (as a compressing server sends them). */
  transferBytes: number;
  requests: number;
  results: number;
}

export interface SearchSurfaceResults {
  /** Where the search was used: the search page, or the dialog the header opens on a content page. */
  surface: 'zoekpagina' | 'dialoog';
  url: string;
  /** Each query typed on a fresh page with an empty cache, as a first-time visitor would. */
  cold: SearchQueryResult[];
  /** The same queries typed one after another on one page: index chunks already loaded are reused. */
  warm: SearchQueryResult[];
}

export interface SearchResults {
  size: number;
  /** The machine's load average when the queries began: timings on a busy machine run long. */
  loadAverage: number;
  surfaces: SearchSurfaceResults[];
}

export interface BenchResults {
  date: string;
  seed: number;
  machine: { platform: string; cpus: number; cpuModel: string; memoryBytes: number };
  versions: { node: string; astro: string; pagefind: string; chromium?: string };
  sizes: SizeResult[];
  search?: SearchResults;
  /** Why a measurement is missing, when one is. */
  notMeasured: string[];
  budgets: BudgetResult[];
}
