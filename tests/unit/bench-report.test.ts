import { describe, expect, it } from 'vitest';
import { corpusCounts } from '../../scripts/bench/corpus.ts';
import { formatReport } from '../../scripts/bench/report.ts';
import type { BenchResults, PageTypeResult, PageWeightSummary } from '../../scripts/bench/results.ts';

function weight(url: string, htmlGzip: number): PageWeightSummary {
  return {
    url,
    htmlGzip,
    cssGzip: 1000,
    jsGzip: 4600,
    htmlCssGzip: htmlGzip + 1000,
    totalGzip: htmlGzip + 5600,
    css: [],
    js: [],
  };
}

const plans: PageTypeResult = {
  key: 'detail:plans',
  kind: 'detail',
  label: 'detail /plannen/…',
  pages: 11,
  median: weight('/plannen/a/', 3900),
  largest: weight('/plannen/b/', 5500),
};

/** A results file as the benchmark wrote it before DOM sizes, search latency and Lighthouse. */
const old: BenchResults = {
  date: '2026-11-22T09:02:18.076Z',
  seed: 1,
  machine: { platform: 'linux', cpus: 2, cpuModel: 'AMD EPYC', memoryBytes: 24 * 2 ** 30 },
  versions: { node: 'v24.21.0', astro: '7.3.5', pagefind: '1.6.0', chromium: '156' },
  sizes: [
    {
      size: 100,
      counts: corpusCounts(100),
      pages: 127,
      buildMs: 3700,
      loadAverage: 4.6,
      distBytes: 2_300_000,
      distFiles: 273,
      pageTypes: [plans],
    },
  ],
  search: {
    size: 100,
    loadAverage: 1.9,
    surfaces: [
      {
        surface: 'dialoog',
        url: '/plannen/a/',
        cold: [{ query: 'jeugd', ms: 1605, samples: [1605], transferBytes: 30_200, requests: 7, results: 1758 }],
        warm: [{ query: 'jeugd', ms: 1092, samples: [1092], transferBytes: 0, requests: 0, results: 1758 }],
      },
    ],
  },
  notMeasured: [],
  budgets: [],
};

describe('the report', () => {
  it('prints an old results file: its search timing, no DOM or Lighthouse tables', () => {
    const text = formatReport(old);
    expect(text).toMatch(/^jeugd +1605 +30\.2 +7 +1092 +0\.0 +1758$/m);
    expect(text).toMatch(/^detail \/plannen\/… +3\.9 \/ 5\.5 +\/plannen\/b\/$/m);
    expect(text).not.toContain('Elements (DOM)');
    expect(text).not.toContain('Lighthouse');
  });

  it('prints elements, search latency with the medians over all, and Lighthouse, marking what failed', () => {
    const search: PageTypeResult = {
      key: 'search',
      kind: 'search',
      label: 'zoeken /zoeken/',
      pages: 1,
      median: weight('/zoeken/', 2200),
      largest: weight('/zoeken/', 2200),
      dom: {
        median: { url: '/zoeken/', elements: 121, browserElements: 901 },
        largest: { url: '/zoeken/', elements: 121, browserElements: 901 },
        states: [{ state: 'after a search for "jeugd"', url: '/zoeken/', elements: 662 }],
      },
    };
    const results: BenchResults = {
      ...old,
      search: undefined,
      versions: { ...old.versions, lighthouse: '12.2.3' },
      sizes: [
        {
          ...old.sizes[0]!,
          pageTypes: [
            {
              ...plans,
              dom: {
                median: { url: '/plannen/c/', elements: 159 },
                largest: { url: '/plannen/b/', elements: 195, browserElements: 196 },
              },
            },
            search,
          ],
          lighthouse: {
            version: '12.2.3',
            loadAverage: 2,
            runs: 1,
            pages: [
              {
                key: 'detail:plans',
                label: 'detail /plannen/…',
                url: '/plannen/a/',
                scores: [99],
                score: 99,
                lcpMs: 1100,
                tbtMs: 3,
                cls: 0.06,
                warnings: [],
              },
              { key: 'search', label: 'zoeken /zoeken/', url: '/zoeken/', scores: [], warnings: [], error: 'NO_FCP' },
            ],
          },
        },
      ],
      searchLatency: {
        size: 100,
        loadAverage: 3,
        runs: 1,
        surfaces: [
          {
            surface: 'dialog-first',
            url: '/plannen/a/',
            medianMs: 926,
            queries: [{ query: 'jeugd', ms: 926, samples: [926], transferBytes: 45_400, results: 59 }],
          },
          {
            surface: 'dialog-next',
            url: '/plannen/a/',
            medianMs: 428,
            queries: [{ query: 'jeugd', after: 'gemeente', ms: 428, samples: [428] }],
          },
          {
            surface: 'search-page',
            url: '/zoeken/',
            queries: [{ query: 'jeugd', samples: [], errors: ['Timeout 30000ms exceeded'] }],
          },
        ],
      },
    };
    const text = formatReport(results);
    expect(text).toContain('Lighthouse 12.2.3;');
    // The median page was counted only in its file: marked.
    expect(text).toMatch(/^detail \/plannen\/… +159\* \/ 196 +\/plannen\/b\/$/m);
    expect(text).toMatch(/^zoeken \/zoeken\/ +901 \/ 901 +\/zoeken\/$/m);
    expect(text).toContain('Search page elements, N=100: after load 901; after a search for "jeugd" 662');
    expect(text).toMatch(/^jeugd +926 +428 +gemeente +failed +45\.4 +– +59$/m);
    expect(text).toMatch(/^median +926 +428 +–$/m);
    expect(text).toContain('  failed: /zoeken/, "jeugd": Timeout 30000ms exceeded');
    expect(text).toMatch(/^detail \/plannen\/… +\/plannen\/a\/ +99 +– +1\.1 +3 +0\.06/m);
    expect(text).toMatch(/^zoeken \/zoeken\/ +\/zoeken\/ +failed/m);
    expect(text).toContain('  zoeken /zoeken/: NO_FCP');
  });
});
