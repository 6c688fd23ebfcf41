import type { CollectionName } from '../../src/schemas/index.ts';
import type { BudgetResult } from './budgets.ts';
import type { PageKind, PageWeight } from './weight.ts';

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

/** A page's elements: in its HTML file, and in Chromium once it has loaded, when measured there. */
export interface DomCount {
  url: string;
  /** Counted in the HTML file with a parser (scripts/bench/dom-size.ts). */
  elements: number;
  /** `document.getElementsByTagName('*').length` in Chromium after load, scripts' additions included. */
  browserElements?: number;
}

/** Elements of a page in a state its scripts bring it to (the search page after a search, say). */
export interface DomState {
  state: string;
  url: string;
  elements: number;
}

/** Elements per page of a type: every page counted from its file, the median and the largest. */
export interface TypeDomSize {
  median: DomCount;
  largest: DomCount;
  /** For the search page: its DOM in the states in which it grows with the results. */
  states?: DomState[];
}

export interface PageTypeResult {
  key: string;
  kind: PageKind;
  label: string;
  pages: number;
  median: PageWeightSummary;
  largest: PageWeightSummary;
  withSearch?: WithSearchWeight;
  /** Absent in results from before DOM sizes were measured. */
  dom?: TypeDomSize;
}

/** One Lighthouse run: the mobile performance score and the metrics behind it. */
export interface LighthouseRun {
  /** The performance score, 0–100. */
  score?: number;
  fcpMs?: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  speedIndexMs?: number;
  /** Lighthouse's own count: elements in the body once loaded. */
  domElements?: number;
  /** What text compression would have saved, by Lighthouse's estimate: the local server sends none. */
  compression?: { bytes: number; fcpMs?: number; lcpMs?: number };
  /** Lighthouse's measure of the machine's speed: low numbers mean a slow or busy machine. */
  benchmarkIndex?: number;
  warnings: string[];
  error?: string;
}

/** A page type's Lighthouse result: the run with the median score, and every run's score. */
export interface LighthousePage extends LighthouseRun {
  key: string;
  label: string;
  url: string;
  scores: number[];
}

export interface LighthouseResults {
  version: string;
  /** The machine's load average when Lighthouse began. */
  loadAverage: number;
  runs: number;
  pages: LighthousePage[];
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
  /** Lighthouse on the median page of each type: at the largest size, or every size when asked. */
  lighthouse?: LighthouseResults;
}

/** Search speed as the benchmark measured it before the search latency below (old results files). */
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

/** Old results files' search timing: cold and warm, to the first result link. */
export interface SearchResults {
  size: number;
  /** The machine's load average when the queries began: timings on a busy machine run long. */
  loadAverage: number;
  surfaces: SearchSurfaceResults[];
}

/** One query on one surface: from the last keystroke to the first result that highlights it. */
export interface QueryLatency {
  query: string;
  /** For the dialog's next search: the query typed before it, on the same page. */
  after?: string;
  /** The median of the runs that found a highlighted result; undefined when none did. */
  ms?: number;
  /** Every successful run's time, in the order they ran. */
  samples: number[];
  /** What the first successful run fetched from its last keystroke until the network was quiet. */
  transferBytes?: number;
  requests?: number;
  /** The number of results the summary reported. */
  results?: number;
  /** Why runs failed, one line each. */
  errors?: string[];
}

export interface LatencySurface {
  /**
   * `dialog-first`: the header's dialog on a content page, the first search of a visit;
   * `dialog-next`: a second query in that dialog, closed and opened again; `search-page`: /zoeken/.
   */
  surface: 'dialog-first' | 'dialog-next' | 'search-page';
  url: string;
  queries: QueryLatency[];
  /** The median of every run of every query. */
  medianMs?: number;
}

export interface SearchLatencyResults {
  size: number;
  /** The machine's load average when the queries began: timings on a busy machine run long. */
  loadAverage: number;
  runs: number;
  surfaces: LatencySurface[];
}

export interface BenchResults {
  date: string;
  seed: number;
  machine: { platform: string; cpus: number; cpuModel: string; memoryBytes: number };
  versions: { node: string; astro: string; pagefind: string; chromium?: string; lighthouse?: string };
  sizes: SizeResult[];
  /** Only in old results files: the search timing the latency below replaced. */
  search?: SearchResults;
  searchLatency?: SearchLatencyResults;
  /** Why a measurement is missing, when one is. */
  notMeasured: string[];
  budgets: BudgetResult[];
}
