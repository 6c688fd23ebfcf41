import { describe, expect, it } from 'vitest';
import { budgetLimits, evaluateBudgets, marginalMsPerPage, type BuildPoint } from '../../scripts/bench/budgets';
import type { PageTypeResult, PageWeightSummary } from '../../scripts/bench/results';

function page(url: string, htmlCssGzip: number, js: string[] = []): PageWeightSummary {
  return {
    url,
    htmlGzip: htmlCssGzip - 1000,
    cssGzip: 1000,
    jsGzip: js.length * 500,
    htmlCssGzip,
    totalGzip: htmlCssGzip + js.length * 500,
    css: [{ url: '/_astro/site.css', gzipBytes: 1000 }],
    js: js.map((url) => ({ url, gzipBytes: 500, entry: url })),
  };
}

function detail(key: string, median: PageWeightSummary, largest = median): PageTypeResult {
  return { key, kind: 'detail', label: key, pages: 10, median, largest };
}

const linear: BuildPoint[] = [
  { size: 100, pages: 112, buildMs: 3000 + 112 * 5 },
  { size: 1000, pages: 1012, buildMs: 3000 + 1012 * 5 },
  { size: 5000, pages: 5012, buildMs: 3000 + 5012 * 5.5 },
];
const isSearchLoader = (url: string) => url.startsWith('/_astro/search-loader');
const byId = (results: ReturnType<typeof evaluateBudgets>) => Object.fromEntries(results.map((r) => [r.id, r]));

describe('budgets', () => {
  it('pass when content pages are light, load only the search loader, and the build grows linearly', () => {
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [
          {
            size: 5000,
            pageTypes: [
              detail(
                'detail:plans',
                page('/plannen/a/', budgetLimits.contentPageHtmlCssGzip, ['/_astro/search-loader.js']),
              ),
            ],
          },
        ],
        isSearchLoader,
      }),
    );
    expect(results['content-page-weight']?.status).toBe('ok');
    expect(results['content-page-javascript']?.status).toBe('ok');
    expect(results['build-time-per-page']?.status).toBe('ok');
  });

  it('name the content page that is too heavy, at which size', () => {
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [
          { size: 100, pageTypes: [detail('detail:plans', page('/plannen/a/', 9000))] },
          {
            size: 5000,
            pageTypes: [detail('detail:plans', page('/plannen/b/', budgetLimits.contentPageHtmlCssGzip + 1))],
          },
        ],
        isSearchLoader,
      }),
    );
    expect(results['content-page-weight']?.status).toBe('broken');
    expect(results['content-page-weight']?.details).toEqual([
      expect.stringMatching(/^N=5000: \/plannen\/b\/ .* 15001 bytes/),
    ]);
  });

  it('ignore overview pages for the content-page budgets', () => {
    const overview: PageTypeResult = {
      key: 'index:plannen',
      kind: 'index',
      label: 'overzicht',
      pages: 1,
      median: page('/plannen/', 90_000, ['/x.js']),
      largest: page('/plannen/', 90_000, ['/x.js']),
    };
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [{ size: 100, pageTypes: [overview, detail('detail:plans', page('/plannen/a/', 5000))] }],
        isSearchLoader,
      }),
    );
    expect(results['content-page-weight']?.status).toBe('ok');
    expect(results['content-page-javascript']?.status).toBe('ok');
  });

  it('count modules the search loader imports as part of it, and catch what other scripts import', () => {
    const median = page('/plannen/a/', 5000);
    median.js = [
      { url: '/_astro/search-loader.js', gzipBytes: 400, entry: '/_astro/search-loader.js' },
      { url: '/_astro/url-state.js', gzipBytes: 300, entry: '/_astro/search-loader.js' },
      { url: '/_astro/chart-lib.js', gzipBytes: 9000, entry: '/_astro/chart.js' },
    ];
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [{ size: 100, pageTypes: [detail('detail:plans', median)] }],
        isSearchLoader,
      }),
    )['content-page-javascript'];
    expect(result?.details).toEqual([
      '/_astro/chart-lib.js (imported by /_astro/chart.js), 9000 bytes gzip: on 1 of 1 content pages measured, N=100 (e.g. /plannen/a/)',
    ]);
  });

  it('catch any other script on a content page, also on its largest page', () => {
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [
          {
            size: 100,
            pageTypes: [
              detail(
                'detail:people',
                page('/mensen/a/', 5000, ['/_astro/search-loader.js']),
                page('/mensen/b/', 6000, ['/_astro/carousel.js']),
              ),
            ],
          },
        ],
        isSearchLoader,
      }),
    );
    expect(results['content-page-javascript']?.status).toBe('broken');
    expect(results['content-page-javascript']?.details).toEqual([
      '/_astro/carousel.js, 500 bytes gzip: on 1 of 2 content pages measured, N=100 (e.g. /mensen/b/)',
    ]);
  });

  it('name a script that every content page loads once, with how many pages and sizes', () => {
    const withTheme = (url: string) => page(url, 5000, ['/_astro/search-loader.js', '/theme.js']);
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [100, 5000].map((size) => ({
          size,
          pageTypes: [
            detail('detail:people', withTheme(`/mensen/${size}/`)),
            detail('detail:plans', withTheme(`/plannen/${size}/`)),
          ],
        })),
        isSearchLoader,
      }),
    );
    expect(results['content-page-javascript']?.details).toEqual([
      '/theme.js, 500 bytes gzip: on 4 of 4 content pages measured, N=100, 5000 (e.g. /mensen/100/)',
    ]);
  });

  it('catch a build whose time per extra page grows with N', () => {
    const quadratic: BuildPoint[] = [100, 1000, 5000].map((size) => ({
      size,
      pages: size + 12,
      buildMs: 3000 + 0.002 * (size + 12) ** 2,
    }));
    const result = byId(evaluateBudgets({ builds: quadratic, weights: [], isSearchLoader }))['build-time-per-page'];
    expect(result?.status).toBe('broken');
    expect(result?.details[0]).toMatch(/100 → 1000: .* 1000 → 5000: .*×/);
  });

  it('judge CPU time when every build has it, since other work on the machine hardly changes it', () => {
    // Wall-clock time looks linear, but the work per page grows.
    const builds = linear.map((b) => ({ ...b, cpuMs: 3000 + 0.002 * b.pages ** 2 }));
    const result = byId(evaluateBudgets({ builds, weights: [], isSearchLoader }))['build-time-per-page'];
    expect(result?.status).toBe('broken');
    expect(result?.details[0]).toMatch(/^CPU time/);
    const partly = byId(evaluateBudgets({ builds: [builds[0]!, linear[1]!, linear[2]!], weights: [], isSearchLoader }))[
      'build-time-per-page'
    ];
    expect(partly?.status).toBe('ok');
    expect(partly?.details[0]).toMatch(/^wall-clock time/);
  });

  it('say so when there are too few sizes to judge growth, or no content pages', () => {
    const results = byId(evaluateBudgets({ builds: linear.slice(0, 2), weights: [], isSearchLoader }));
    expect(results['build-time-per-page']?.status).toBe('not-measured');
    expect(results['content-page-weight']?.status).toBe('not-measured');
  });

  it('compute the marginal time per page between consecutive sizes', () => {
    expect(marginalMsPerPage([linear[2]!, linear[0]!, linear[1]!])).toEqual([
      { from: 100, to: 1000, msPerPage: 5 },
      { from: 1000, to: 5000, msPerPage: (5012 * 5.5 - 1012 * 5) / 4000 },
    ]);
  });
});
