import type { PageTypeResult } from './results';

/** The limits the site is held to (issue 9). */
export const budgetLimits = {
  /** HTML + CSS of a content page, gzip, without search: 15 kB, counted as 15,000 bytes. */
  contentPageHtmlCssGzip: 15_000,
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
}

export type BudgetStatus = 'ok' | 'broken' | 'not-measured';

export interface BudgetResult {
  id: 'content-page-weight' | 'content-page-javascript' | 'build-time-per-page';
  description: string;
  status: BudgetStatus;
  /** One line per finding: what broke where, or why it was not measured. */
  details: string[];
}

export interface BudgetInput {
  builds: readonly BuildPoint[];
  weights: readonly SizeWeights[];
  /**
   * Whether a script tag's URL is the search loader, the one script a content page may load; the
   * modules it imports count as part of it.
   */
  isSearchLoader: (entryUrl: string) => boolean;
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

  // One line per script, however many pages load it: a site-wide script would otherwise fill screens.
  const offenders = new Map<string, { gzipBytes: number; entry: string; pages: Set<string>; sizes: Set<number> }>();
  for (const { size, pageType } of contentPages) {
    for (const page of [pageType.median, pageType.largest]) {
      for (const js of page.js.filter((j) => !isSearchLoader(j.entry))) {
        const found = offenders.get(js.url) ?? {
          gzipBytes: js.gzipBytes,
          entry: js.entry,
          pages: new Set(),
          sizes: new Set(),
        };
        found.pages.add(`${size} ${page.url}`);
        found.sizes.add(size);
        offenders.set(js.url, found);
      }
    }
  }
  const measuredPages = new Set(
    contentPages.flatMap(({ size, pageType }) =>
      [pageType.median.url, pageType.largest.url].map((url) => `${size} ${url}`),
    ),
  );
  const scripted = [...offenders].map(([url, found]) => {
    const example = [...found.pages][0]!.split(' ')[1];
    return (
      `${url}${found.entry === url ? '' : ` (imported by ${found.entry})`}, ${found.gzipBytes} bytes gzip: ` +
      `on ${found.pages.size} of ${measuredPages.size} content pages measured, N=${[...found.sizes].join(', ')} (e.g. ${example})`
    );
  });

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
      description: 'No JavaScript on a content page but the search loader',
      status: status(contentPages.length > 0, scripted.length > 0),
      details: contentPages.length > 0 ? scripted : ['No content pages measured.'],
    },
    {
      id: 'build-time-per-page',
      description: `Build time per extra page does not grow with N (last step ≤ ${limits.marginalBuildTimeGrowth}× the first)`,
      status: status(timeMeasured, (growth ?? 0) > limits.marginalBuildTimeGrowth),
      details: timeDetails,
    },
  ];
}
