import { domFindings, lighthouseFindings } from './budget-pages.ts';
import { contentPageScriptFindings } from './budget-scripts.ts';
import type { LighthouseResults, PageTypeResult } from './results.ts';

/** The limits the site is held to (issue 9, and part 4 of the performance issue). */
export const budgetLimits = {
  /** HTML + CSS of a content page, gzip, without search: 15 kB, counted as 15,000 bytes. */
  contentPageHtmlCssGzip: 15_000,
  /**
   * The theme scripts together on a content page, gzip: they are allowed there (the no-flash
   * theme-init.js and the toggle), as long as they stay under 1 kB.
   */
  themeScriptsGzip: 1_000,
  /** The HTML of any page, gzip, at any size: 50 kB. */
  pageHtmlGzip: 50_000,
  /** Elements of any page, at any size, as a browser holds them (Lighthouse warns from 800 and fails at 1,400). */
  pageDomElements: 2_500,
  /** Lighthouse's mobile performance score of every page type at the largest size. */
  lighthousePerformance: 95,
  /**
   * How much the build time per extra page may grow from the first step between sizes to the last
   * (e.g. 100 → 1,000 and 1,000 → 5,000): 1.5×. The time per page of the whole build would hide
   * growth, because Astro's fixed start-up cost dominates a small build; the marginal time per page
   * between two sizes does not. 1.5× leaves room for noise on a busy machine; a cost that grows with
   * N (say, a page that scans every entry) shows up as 5× and more.
   */
  marginalBuildTimeGrowth: 1.5,
} as const;

export interface BuildPoint {
  size: number;
  pages: number;
  buildMs: number;
  cpuMs?: number;
}

/**
 * Which time the build budget compares: CPU time when every build has it, since other work on the
 * machine hardly changes it; otherwise wall-clock time.
 */
export function buildTimeMeasure(builds: readonly BuildPoint[]): 'cpuMs' | 'buildMs' {
  return builds.length > 0 && builds.every((b) => b.cpuMs !== undefined) ? 'cpuMs' : 'buildMs';
}

export interface SizeWeights {
  size: number;
  pageTypes: readonly PageTypeResult[];
  lighthouse?: LighthouseResults;
}

export type BudgetStatus = 'ok' | 'broken' | 'not-measured';

export interface BudgetResult {
  id:
    | 'content-page-weight'
    | 'content-page-javascript'
    | 'page-html-weight'
    | 'page-dom-size'
    | 'lighthouse-performance'
    | 'build-time-per-page';
  description: string;
  status: BudgetStatus;
  /** One line per finding: what broke where, or why it was not measured. */
  details: string[];
}

export interface BudgetInput {
  builds: readonly BuildPoint[];
  weights: readonly SizeWeights[];
  /**
   * Whether a script tag's URL is the search loader, which a content page may load; the modules it
   * imports count as part of it.
   */
  isSearchLoader: (entryUrl: string) => boolean;
  /** Whether a script tag's URL is one of the theme scripts, which a content page may load up to a limit. */
  isThemeScript: (entryUrl: string) => boolean;
  /** What was not measured and why (the results' notMeasured): the reason a budget cannot be checked. */
  notMeasured?: readonly string[];
  limits?: typeof budgetLimits;
}

/** Milliseconds each extra page cost between consecutive sizes, in wall-clock or CPU time. */
export function marginalMsPerPage(
  builds: readonly BuildPoint[],
  measure: 'cpuMs' | 'buildMs' = 'buildMs',
): { from: number; to: number; msPerPage: number }[] {
  const sorted = [...builds].sort((a, b) => a.size - b.size);
  return sorted.slice(1).map((point, i) => {
    const previous = sorted[i]!;
    const ms = (point[measure] ?? Number.NaN) - (previous[measure] ?? Number.NaN);
    return { from: previous.size, to: point.size, msPerPage: ms / (point.pages - previous.pages) };
  });
}

function status(measured: boolean, broken: boolean): BudgetStatus {
  if (!measured) return 'not-measured';
  return broken ? 'broken' : 'ok';
}

/** Checks every budget against the measurements. */
export function evaluateBudgets({
  builds,
  weights,
  isSearchLoader,
  isThemeScript,
  notMeasured = [],
  limits = budgetLimits,
}: BudgetInput): BudgetResult[] {
  const contentPages = weights.flatMap(({ size, pageTypes }) =>
    pageTypes.filter((p) => p.kind === 'detail').map((pageType) => ({ size, pageType })),
  );

  const heavy = contentPages
    .filter(({ pageType }) => pageType.median.htmlCssGzip > limits.contentPageHtmlCssGzip)
    .map(
      ({ size, pageType }) =>
        `N=${size}: ${pageType.median.url} (median of ${pageType.label}) is ${pageType.median.htmlCssGzip} bytes`,
    );

  const scripts = contentPageScriptFindings(
    contentPages.flatMap(({ size, pageType }) => [pageType.median, pageType.largest].map((page) => ({ size, page }))),
    { isSearchLoader, isThemeScript, themeGzipLimit: limits.themeScriptsGzip },
  );

  // The largest HTML of each type is the largest page of the site of that type: every page is held to it.
  const allTypes = weights.flatMap(({ size, pageTypes }) => pageTypes.map((pageType) => ({ size, pageType })));
  const largeHtml = allTypes
    .filter(({ pageType }) => pageType.largest.htmlGzip > limits.pageHtmlGzip)
    .map(
      ({ size, pageType }) =>
        `N=${size}: ${pageType.largest.url} (largest of ${pageType.label}) is ${pageType.largest.htmlGzip} bytes`,
    );

  const dom = domFindings(weights, limits.pageDomElements);
  const lighthouse = lighthouseFindings(
    weights,
    limits.lighthousePerformance,
    notMeasured.filter((reason) => /^(Lighthouse|Browser measurements):/.test(reason)),
  );

  const measure = buildTimeMeasure(builds);
  const steps = marginalMsPerPage(builds, measure);
  const first = steps[0];
  const last = steps[steps.length - 1];
  const timeMeasured = steps.length >= 2 && first !== undefined && last !== undefined && first.msPerPage > 0;
  const growth = timeMeasured ? last.msPerPage / first.msPerPage : undefined;
  const timeDetails = timeMeasured
    ? [
        `${measure === 'cpuMs' ? 'CPU' : 'wall-clock'} time, ${first.from} → ${first.to}: ${first.msPerPage.toFixed(2)} ms per extra page; ${last.from} → ${last.to}: ${last.msPerPage.toFixed(2)} ms; ${growth!.toFixed(2)}× (limit ${limits.marginalBuildTimeGrowth}×)`,
      ]
    : [
        steps.length < 2
          ? 'Needs at least three sizes (e.g. --sizes 100,1000,5000) to measure how the time per page grows.'
          : 'The first step took no measurable time per page, so growth cannot be computed.',
      ];

  return [
    {
      id: 'content-page-weight',
      description: `A content page without search: HTML + CSS ≤ ${limits.contentPageHtmlCssGzip} bytes gzip (median page of each type)`,
      status: status(contentPages.length > 0, heavy.length > 0),
      details: contentPages.length > 0 ? heavy : ['No content pages measured.'],
    },
    {
      id: 'content-page-javascript',
      description: `No JavaScript on a content page but the search loader and the theme scripts (theme scripts ≤ ${limits.themeScriptsGzip} bytes gzip together)`,
      status: status(contentPages.length > 0, scripts.broken.length > 0),
      details: contentPages.length > 0 ? [...scripts.broken, ...scripts.notes] : ['No content pages measured.'],
    },
    {
      id: 'page-html-weight',
      description: `Every page: HTML ≤ ${limits.pageHtmlGzip} bytes gzip (largest page of each type, every size)`,
      status: status(allTypes.length > 0, largeHtml.length > 0),
      details: allTypes.length > 0 ? largeHtml : ['No pages measured.'],
    },
    {
      id: 'page-dom-size',
      description: `Every page: ≤ ${limits.pageDomElements} elements (largest page of each type and the search page with results, every size)`,
      status: status(dom.measured, dom.broken.length > 0),
      details: dom.measured ? [...dom.broken, ...dom.notes] : ['No DOM sizes in these results.'],
    },
    {
      id: 'lighthouse-performance',
      description: `Lighthouse mobile performance ≥ ${limits.lighthousePerformance} for every page type at the largest size`,
      status: lighthouse.status,
      details: lighthouse.details,
    },
    {
      id: 'build-time-per-page',
      description: `Build time per extra page does not grow with N (last step ≤ ${limits.marginalBuildTimeGrowth}× the first)`,
      status: status(timeMeasured, (growth ?? 0) > limits.marginalBuildTimeGrowth),
      details: timeDetails,
    },
  ];
}
