import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../scripts/bench/options.ts';
import { defaultQueries } from '../../scripts/bench/queries.ts';

describe('bench options', () => {
  it("default to three sizes, the shared script's queries, and Lighthouse at the largest size only", () => {
    expect(parseOptions([])).toEqual({
      sizes: [100, 1000, 5000],
      seed: 20240901,
      queries: [...defaultQueries],
      out: 'bench-results/latest.json',
      strict: false,
      keep: false,
      browser: true,
      runs: 3,
      lighthouse: true,
      lighthouseAllSizes: false,
      lighthouseRuns: 1,
    });
  });

  it('read sizes in any order and with separators, queries, runs and the Lighthouse switches', () => {
    const options = parseOptions([
      '--sizes',
      '5_000,100,1000,100',
      '--queries',
      ' jeugd , passende hulp,',
      '--runs',
      '5',
      '--no-lighthouse',
      '--lighthouse-all-sizes',
      '--lighthouse-runs',
      '3',
      '--report',
      'old.json',
    ]);
    expect(options).toMatchObject({
      sizes: [100, 1000, 5000],
      queries: ['jeugd', 'passende hulp'],
      runs: 5,
      lighthouse: false,
      lighthouseAllSizes: true,
      lighthouseRuns: 3,
      report: 'old.json',
    });
    expect(parseOptions(['--no-browser']).browser).toBe(false);
  });

  it('refuse sizes below the smallest corpus, runs below one and no queries', () => {
    expect(() => parseOptions(['--sizes', '10'])).toThrow(/--sizes: a whole number of at least 40/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseOptions(['--lighthouse-runs', '1.5'])).toThrow(/--lighthouse-runs/);
    expect(() => parseOptions(['--queries', ' , '])).toThrow(/--queries/);
  });
});
