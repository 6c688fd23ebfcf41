import type { LatencySurface, QueryLatency } from './results.ts';
import { median } from './stats.ts';

/** One timed query of one run, or why it failed (no highlighted result in time, say). */
export interface LatencySample {
  ms?: number;
  transferBytes?: number;
  requests?: number;
  results?: number;
  error?: string;
}

/**
 * A surface's results from every run: per query the median of its runs and every run's time, the
 * bytes and result count of its first successful run, and what failed; for the surface the median
 * of all its times, every query's every run together.
 */
export function combineLatencyRuns(
  surface: LatencySurface['surface'],
  url: string,
  queries: readonly { query: string; after?: string; samples: readonly LatencySample[] }[],
): LatencySurface {
  const rows = queries.map(({ query, after, samples }): QueryLatency => {
    const timed = samples.filter((s): s is LatencySample & { ms: number } => s.ms !== undefined);
    const errors = samples.flatMap((s) => (s.error === undefined ? [] : [s.error]));
    const first = timed[0];
    return {
      query,
      ...(after === undefined ? {} : { after }),
      ms: median(timed.map((s) => s.ms)),
      samples: timed.map((s) => s.ms),
      transferBytes: first?.transferBytes,
      requests: first?.requests,
      results: first?.results,
      ...(errors.length > 0 ? { errors } : {}),
    };
  });
  return { surface, url, queries: rows, medianMs: median(rows.flatMap((r) => r.samples)) };
}
