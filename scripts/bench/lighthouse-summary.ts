import type { LighthouseRun } from './results.ts';

/** The part of a Lighthouse result (LH.Result) the benchmark reads, so tests can give a small one. */
export interface LighthouseReport {
  categories: { performance?: { score: number | null } };
  audits: Record<
    string,
    { numericValue?: number; details?: unknown; metricSavings?: Record<string, number | undefined> }
  >;
  runtimeError?: { code: string; message: string };
  runWarnings: readonly string[];
  environment: { benchmarkIndex: number };
}

/** The metrics behind the performance score (Lighthouse 12's weights), and the DOM size audit. */
const metricAudits = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  domElements: 'dom-size',
} as const;

/**
 * The score (0–100) and main metrics of one Lighthouse run. Of the audits that belong to the host,
 * not the site, text compression is kept as a caveat: a local server sends files uncompressed, so
 * Lighthouse's estimate of what compression would save says how much that cost the metrics. Cache
 * headers do not matter to a first visit and are left out.
 */
export function summariseLighthouse(report: LighthouseReport): LighthouseRun {
  const score = report.categories.performance?.score;
  const metrics = Object.fromEntries(
    Object.entries(metricAudits).flatMap(([name, id]) => {
      const value = report.audits[id]?.numericValue;
      return value === undefined ? [] : [[name, value]];
    }),
  ) as Partial<Record<keyof typeof metricAudits, number>>;
  const compression = report.audits['uses-text-compression'];
  const compressionBytes = (compression?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes;
  const error =
    report.runtimeError?.message ??
    (score === null || score === undefined ? 'Lighthouse computed no performance score' : undefined);
  return {
    ...(typeof score === 'number' ? { score: Math.round(score * 100) } : {}),
    ...metrics,
    ...(compressionBytes
      ? {
          compression: {
            bytes: compressionBytes,
            fcpMs: compression?.metricSavings?.['FCP'],
            lcpMs: compression?.metricSavings?.['LCP'],
          },
        }
      : {}),
    benchmarkIndex: report.environment.benchmarkIndex,
    warnings: [...report.runWarnings],
    ...(error === undefined ? {} : { error }),
  };
}

/**
 * The run that counts of several of one page: the one with the median score (the lower of the two
 * middle ones for an even count, so a lucky run cannot pass a page), or the first failure if none scored.
 */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun | undefined {
  const scored = runs.filter((r) => r.score !== undefined).sort((a, b) => a.score! - b.score!);
  return scored[Math.floor((scored.length - 1) / 2)] ?? runs[0];
}
