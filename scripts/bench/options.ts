import { parseArgs } from 'node:util';
import { minimumSize } from './corpus.ts';
import { defaultQueries } from './queries.ts';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  queries: string[];
  out: string;
  strict: boolean;
  keep: boolean;
  browser: boolean;
  runs: number;
  lighthouse: boolean;
  lighthouseAllSizes: boolean;
  lighthouseRuns: number;
  report?: string;
}

function wholeNumber(option: string, value: string, minimum: number): number {
  const number = Number(value.replace(/[_\s]/g, ''));
  if (!Number.isInteger(number) || number < minimum)
    throw new Error(`--${option}: a whole number of at least ${minimum}, not "${value}"`);
  return number;
}

/** The command line of `npm run bench` (see BENCHMARKS.md); throws with the option at fault. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      seed: { type: 'string', default: '20240901' },
      queries: { type: 'string', default: defaultQueries.join(',') },
      out: { type: 'string', default: 'bench-results/latest.json' },
      strict: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      browser: { type: 'boolean', default: true },
      runs: { type: 'string', default: '3' },
      lighthouse: { type: 'boolean', default: true },
      'lighthouse-all-sizes': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '1' },
      report: { type: 'string' },
    },
    allowNegative: true,
  });
  const sizes = [...new Set(values.sizes.split(',').map((s) => wholeNumber('sizes', s, minimumSize)))].sort(
    (a, b) => a - b,
  );
  const queries = values.queries
    .split(',')
    .map((q) => q.trim())
    .filter(Boolean);
  if (queries.length === 0) throw new Error('--queries: at least one query');
  return {
    sizes,
    seed: Number(values.seed),
    queries,
    out: values.out,
    strict: values.strict,
    keep: values.keep,
    browser: values.browser,
    runs: wholeNumber('runs', values.runs, 1),
    lighthouse: values.lighthouse,
    lighthouseAllSizes: values['lighthouse-all-sizes'],
    lighthouseRuns: wholeNumber('lighthouse-runs', values['lighthouse-runs'], 1),
    ...(values.report === undefined ? {} : { report: values.report }),
  };
}
