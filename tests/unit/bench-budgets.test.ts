import { describe, expect, it } from 'vitest';
import { budgetLimits, evaluateBudgets, marginalMsPerPage, type BuildPoint } from '../../scripts/bench/budgets.ts';
import {
  isSearchLoader as isRealSearchLoader,
  isThemeScript as isRealThemeScript,
} from '../../scripts/bench/page-scripts.ts';
import type {
  DomCount,
  LighthousePage,
  LighthouseResults,
  PageTypeResult,
  PageWeightSummary,
} from '../../scripts/bench/results.ts';

/** A page whose scripts weigh 500 bytes gzip each, or as given (`['/theme-init.js', 400]`). */
function page(url: string, htmlCssGzip: number, js: (string | [string, number])[] = []): PageWeightSummary {
  const scripts = js.map((s) => (typeof s === 'string' ? { url: s, gzipBytes: 500 } : { url: s[0], gzipBytes: s[1] }));
  const jsGzip = scripts.reduce((total, s) => total + s.gzipBytes, 0);
  return {
    url,
    htmlGzip: htmlCssGzip - 1000,
    cssGzip: 1000,
    jsGzip,
    htmlCssGzip,
    totalGzip: htmlCssGzip + jsGzip,
    css: [{ url: '/_astro/site.css', gzipBytes: 1000 }],
    js: scripts.map((s) => ({ ...s, entry: s.url })),
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
const isThemeScript = (url: string) => url.startsWith('/_astro/theme');
const scriptRules = { isSearchLoader, isThemeScript };
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
        ...scriptRules,
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
        ...scriptRules,
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
        ...scriptRules,
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
        ...scriptRules,
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
        ...scriptRules,
      }),
    );
    expect(results['content-page-javascript']?.status).toBe('broken');
    expect(results['content-page-javascript']?.details).toEqual([
      '/_astro/carousel.js, 500 bytes gzip: on 1 of 2 content pages measured, N=100 (e.g. /mensen/b/)',
    ]);
  });

  it('name a script that every content page loads once, with how many pages and sizes', () => {
    const withWidget = (url: string) => page(url, 5000, ['/_astro/search-loader.js', '/_astro/widget.js']);
    const results = byId(
      evaluateBudgets({
        builds: linear,
        weights: [100, 5000].map((size) => ({
          size,
          pageTypes: [
            detail('detail:people', withWidget(`/mensen/${size}/`)),
            detail('detail:plans', withWidget(`/plannen/${size}/`)),
          ],
        })),
        ...scriptRules,
      }),
    );
    expect(results['content-page-javascript']?.details).toEqual([
      '/_astro/widget.js, 500 bytes gzip: on 4 of 4 content pages measured, N=100, 5000 (e.g. /mensen/100/)',
    ]);
  });

  it('allow the theme scripts on a content page up to their limit together, and say how much they weigh', () => {
    const themed = page('/plannen/a/', 5000, [
      '/_astro/search-loader.js',
      ['/_astro/theme-init.js', 400],
      ['/_astro/theme-toggle.js', budgetLimits.themeScriptsGzip - 400],
    ]);
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [{ size: 5000, pageTypes: [detail('detail:plans', themed)] }],
        ...scriptRules,
      }),
    )['content-page-javascript'];
    expect(result?.status).toBe('ok');
    expect(result?.details).toEqual([
      `Theme scripts: at most ${budgetLimits.themeScriptsGzip} bytes gzip together on a content page (limit ${budgetLimits.themeScriptsGzip})`,
    ]);
  });

  it('break when the theme scripts together outgrow their limit, on the pages where they do', () => {
    const light = page('/mensen/a/', 5000, [['/_astro/theme-init.js', 300]]);
    const heavy = page('/mensen/b/', 6000, [
      ['/_astro/theme-init.js', 300],
      ['/_astro/theme-toggle.js', budgetLimits.themeScriptsGzip - 299],
    ]);
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [{ size: 1000, pageTypes: [detail('detail:people', light, heavy)] }],
        ...scriptRules,
      }),
    )['content-page-javascript'];
    expect(result?.status).toBe('broken');
    expect(result?.details).toEqual([
      `Theme scripts, ${budgetLimits.themeScriptsGzip + 1} bytes gzip together (limit ${budgetLimits.themeScriptsGzip}): on 1 of 2 content pages measured, N=1000 (e.g. /mensen/b/)`,
    ]);
  });

  it("tell the site's search loader and theme scripts from other scripts by the names Astro gives them", () => {
    const astro = (component: string) => `/_astro/${component}.astro_astro_type_script_index_0_lang.ClTbDXYo.js`;
    expect(isRealSearchLoader(astro('HeaderSearch'))).toBe(true);
    expect(isRealSearchLoader(astro('SearchHighlight'))).toBe(true);
    expect(isRealSearchLoader(astro('ThemeToggle'))).toBe(false);
    expect(isRealThemeScript(astro('ThemeToggle'))).toBe(true);
    expect(isRealThemeScript('/theme-init.js')).toBe(true);
    expect(isRealThemeScript('/kennisbank/theme-init.js')).toBe(true);
    expect(isRealThemeScript('/theme-init.js.map')).toBe(false);
    expect(isRealThemeScript(astro('SearchPage'))).toBe(false);
    expect(isRealSearchLoader(astro('SearchPage'))).toBe(false);
    expect(isRealThemeScript('/_astro/theme.BQx1.js')).toBe(false);
  });

  it('hold the largest page of every type to the HTML limit at every size, overviews included', () => {
    const overview = (size: number, largestHtmlCss: number): PageTypeResult => ({
      key: 'index:plannen',
      kind: 'index',
      label: 'overzicht /plannen/',
      pages: 3,
      median: page('/plannen/', 8000),
      largest: page(`/plannen/pagina/${size}/`, largestHtmlCss),
    });
    // page() puts 1000 bytes of CSS in HTML + CSS: the HTML alone is 1000 bytes less.
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [
          { size: 1000, pageTypes: [overview(1000, budgetLimits.pageHtmlGzip + 1000)] },
          { size: 5000, pageTypes: [overview(5000, budgetLimits.pageHtmlGzip + 1001)] },
        ],
        ...scriptRules,
      }),
    )['page-html-weight'];
    expect(result?.status).toBe('broken');
    expect(result?.details).toEqual([
      `N=5000: /plannen/pagina/5000/ (largest of overzicht /plannen/) is ${budgetLimits.pageHtmlGzip + 1} bytes`,
    ]);
  });

  it('hold the largest page of every type to the element limit, by the larger of its file and Chromium counts', () => {
    const limit = budgetLimits.pageDomElements;
    const withDom = (key: string, median: DomCount, largest: DomCount): PageTypeResult => ({
      ...detail(key, page(median.url, 5000), page(largest.url, 6000)),
      dom: { median, largest },
    });
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [
          {
            size: 5000,
            pageTypes: [
              withDom('detail:plans', { url: '/plannen/a/', elements: 300 }, { url: '/plannen/b/', elements: limit }),
              withDom(
                'detail:people',
                { url: '/mensen/a/', elements: 200 },
                { url: '/mensen/b/', elements: limit - 10, browserElements: limit + 5 },
              ),
            ],
          },
        ],
        ...scriptRules,
      }),
    )['page-dom-size'];
    expect(result?.status).toBe('broken');
    expect(result?.details).toEqual([
      `N=5000: /mensen/b/ (largest of detail:people) has ${limit + 5} elements (${limit - 10} in its file, ${limit + 5} in Chromium after load)`,
    ]);
  });

  it("count the search page's elements after a search and while browsing a filter, and name the page with most when all fit", () => {
    const search = (states: { state: string; url: string; elements: number }[]): PageTypeResult => ({
      key: 'search',
      kind: 'search',
      label: 'zoeken /zoeken/',
      pages: 1,
      median: page('/zoeken/', 5000),
      largest: page('/zoeken/', 5000),
      dom: {
        median: { url: '/zoeken/', elements: 121, browserElements: 140 },
        largest: { url: '/zoeken/', elements: 121, browserElements: 140 },
        states,
      },
    });
    const check = (states: { state: string; url: string; elements: number }[]) =>
      byId(evaluateBudgets({ builds: linear, weights: [{ size: 1000, pageTypes: [search(states)] }], ...scriptRules }))[
        'page-dom-size'
      ];
    const browsing = { state: 'browsing soort = plan without a query', url: '/zoeken/?soort=plan', elements: 28_000 };
    expect(check([browsing])?.details).toEqual([
      'N=1000: /zoeken/?soort=plan (zoeken /zoeken/, browsing soort = plan without a query) has 28000 elements (in Chromium)',
    ]);
    // The median and the largest page are one page here: it is named once.
    expect(check([{ ...browsing, elements: 600 }])).toMatchObject({
      status: 'ok',
      details: [
        'Most: N=1000: /zoeken/?soort=plan (zoeken /zoeken/, browsing soort = plan without a query), 600 elements',
      ],
    });
  });

  it('judge Lighthouse at the largest size only, and say which page types it could not score', () => {
    const lighthouse = (pages: Partial<LighthousePage>[]): LighthouseResults => ({
      version: '12.2.3',
      loadAverage: 1,
      runs: 1,
      pages: pages.map((p, i) => ({
        key: `k${i}`,
        label: `type ${i}`,
        url: `/p${i}/`,
        scores: [],
        warnings: [],
        ...p,
      })),
    });
    const minimum = budgetLimits.lighthousePerformance;
    const check = (atLargest: LighthouseResults, atSmaller?: LighthouseResults) =>
      byId(
        evaluateBudgets({
          builds: linear,
          weights: [
            { size: 100, pageTypes: [], ...(atSmaller ? { lighthouse: atSmaller } : {}) },
            { size: 5000, pageTypes: [], lighthouse: atLargest },
          ],
          ...scriptRules,
        }),
      )['lighthouse-performance'];
    expect(check(lighthouse([{ score: minimum }, { score: 100 }]), lighthouse([{ score: 20 }]))).toEqual(
      expect.objectContaining({ status: 'ok', details: [`Lowest: ${minimum}, N=5000`] }),
    );
    expect(
      check(lighthouse([{ score: minimum - 1, lcpMs: 3012.4, tbtMs: 250, cls: 0.1 }, { error: 'NO_FCP' }])),
    ).toEqual(
      expect.objectContaining({
        status: 'broken',
        details: [
          `N=5000: /p0/ (type 0) scores ${minimum - 1} (LCP 3012 ms, TBT 250 ms, CLS 0.10)`,
          'Not scored: /p1/ (type 1): NO_FCP',
        ],
      }),
    );
    expect(check(lighthouse([{ score: 99 }, { error: 'NO_FCP' }]))?.status).toBe('not-measured');
  });

  it('give the reason Lighthouse did not run at all', () => {
    const result = byId(
      evaluateBudgets({
        builds: linear,
        weights: [{ size: 5000, pageTypes: [] }],
        notMeasured: ['Pagefind: no index.', 'Lighthouse: switched off with --no-lighthouse.'],
        ...scriptRules,
      }),
    )['lighthouse-performance'];
    expect(result).toEqual(
      expect.objectContaining({ status: 'not-measured', details: ['Lighthouse: switched off with --no-lighthouse.'] }),
    );
    const old = byId(evaluateBudgets({ builds: linear, weights: [{ size: 5000, pageTypes: [] }], ...scriptRules }));
    expect(old['lighthouse-performance']?.details).toEqual(['No Lighthouse scores at N=5000.']);
    expect(old['page-dom-size']).toEqual(expect.objectContaining({ status: 'not-measured' }));
  });

  it('say so when elements were counted only in the files, without what scripts add', () => {
    const fromFiles: PageTypeResult = {
      ...detail('detail:plans', page('/plannen/a/', 5000)),
      dom: { median: { url: '/plannen/a/', elements: 150 }, largest: { url: '/plannen/a/', elements: 150 } },
    };
    const result = byId(
      evaluateBudgets({ builds: linear, weights: [{ size: 40, pageTypes: [fromFiles] }], ...scriptRules }),
    )['page-dom-size'];
    expect(result).toEqual(
      expect.objectContaining({
        status: 'ok',
        details: [
          'Most: N=40: /plannen/a/ (largest of detail:plans), 150 elements',
          'Counted in the HTML files only: what scripts add, and the search page with results, need Chromium.',
        ],
      }),
    );
  });

  it('catch a build whose time per extra page grows with N', () => {
    const quadratic: BuildPoint[] = [100, 1000, 5000].map((size) => ({
      size,
      pages: size + 12,
      buildMs: 3000 + 0.002 * (size + 12) ** 2,
    }));
    const result = byId(evaluateBudgets({ builds: quadratic, weights: [], ...scriptRules }))['build-time-per-page'];
    expect(result?.status).toBe('broken');
    expect(result?.details[0]).toMatch(/100 → 1000: .* 1000 → 5000: .*×/);
  });

  it('judge CPU time when every build has it, since other work on the machine hardly changes it', () => {
    // Wall-clock time looks linear, but the work per page grows.
    const builds = linear.map((b) => ({ ...b, cpuMs: 3000 + 0.002 * b.pages ** 2 }));
    const result = byId(evaluateBudgets({ builds, weights: [], ...scriptRules }))['build-time-per-page'];
    expect(result?.status).toBe('broken');
    expect(result?.details[0]).toMatch(/^CPU time/);
    const partly = byId(evaluateBudgets({ builds: [builds[0]!, linear[1]!, linear[2]!], weights: [], ...scriptRules }))[
      'build-time-per-page'
    ];
    expect(partly?.status).toBe('ok');
    expect(partly?.details[0]).toMatch(/^wall-clock time/);
  });

  it('say so when there are too few sizes to judge growth, or no content pages', () => {
    const results = byId(evaluateBudgets({ builds: linear.slice(0, 2), weights: [], ...scriptRules }));
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
