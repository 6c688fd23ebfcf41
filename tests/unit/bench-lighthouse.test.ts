import { describe, expect, it } from 'vitest';
import { medianRun, summariseLighthouse, type LighthouseReport } from '../../scripts/bench/lighthouse-summary.ts';
import type { LighthouseRun } from '../../scripts/bench/results.ts';

/** A Lighthouse result cut down to what the benchmark reads, with the numbers of a real run of /zoeken/. */
function report(overrides: Partial<LighthouseReport> = {}): LighthouseReport {
  return {
    categories: { performance: { score: 0.74 } },
    audits: {
      'first-contentful-paint': { numericValue: 1367.8 },
      'largest-contentful-paint': { numericValue: 2575.4 },
      'total-blocking-time': { numericValue: 416.5 },
      'cumulative-layout-shift': { numericValue: 0.248 },
      'speed-index': { numericValue: 1367.8 },
      'dom-size': { numericValue: 877 },
      'uses-text-compression': {
        numericValue: 750,
        details: { type: 'opportunity', overallSavingsBytes: 231_950, items: [] },
        metricSavings: { FCP: 150, LCP: 750 },
      },
      'uses-long-cache-ttl': { numericValue: 12, details: { type: 'table', items: [] } },
    },
    runWarnings: [],
    environment: { benchmarkIndex: 2830.5 },
    ...overrides,
  };
}

describe('a Lighthouse run', () => {
  it('gives the score out of 100, the main metrics and what compression would have saved', () => {
    expect(summariseLighthouse(report())).toEqual({
      score: 74,
      fcpMs: 1367.8,
      lcpMs: 2575.4,
      tbtMs: 416.5,
      cls: 0.248,
      speedIndexMs: 1367.8,
      domElements: 877,
      compression: { bytes: 231_950, fcpMs: 150, lcpMs: 750 },
      benchmarkIndex: 2830.5,
      warnings: [],
    });
  });

  it('says nothing of compression when the host compressed, or Lighthouse found nothing to save', () => {
    const compressed = report();
    compressed.audits['uses-text-compression'] = { numericValue: 0, details: { type: 'opportunity', items: [] } };
    expect(summariseLighthouse(compressed)).not.toHaveProperty('compression');
  });

  it("keeps Lighthouse's error and warnings when it could not score the page", () => {
    const failed = summariseLighthouse(
      report({
        categories: { performance: { score: null } },
        runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
        runWarnings: ['The page loaded too slowly to finish within the time limit.'],
      }),
    );
    expect(failed.score).toBeUndefined();
    expect(failed.error).toBe('The page did not paint any content.');
    expect(failed.warnings).toEqual(['The page loaded too slowly to finish within the time limit.']);
    expect(summariseLighthouse(report({ categories: {} })).error).toBe('Lighthouse computed no performance score');
  });
});

describe('the run that counts', () => {
  const run = (score?: number): LighthouseRun => ({ ...(score === undefined ? {} : { score }), warnings: [] });

  it('is the one with the median score, the lower middle one for an even count', () => {
    expect(medianRun([run(97), run(88), run(95)])?.score).toBe(95);
    expect(medianRun([run(97), run(88), run(95), run(99)])?.score).toBe(95);
    expect(medianRun([run(), run(91)])?.score).toBe(91);
  });

  it('is the first failure when no run scored', () => {
    const failures = [
      { ...run(), error: 'first' },
      { ...run(), error: 'second' },
    ];
    expect(medianRun(failures)?.error).toBe('first');
    expect(medianRun([])).toBeUndefined();
  });
});
