import type { DomCount, LighthouseResults, SizeResult } from './results.ts';
import { formatTable } from './table.ts';

const kB = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const whole = (value: number | undefined) => (value === undefined ? '–' : Math.round(value).toString());

/** Per page type and size, HTML gzip and elements of its median and its largest page. */
export function formatPageSizes(sizes: readonly SizeResult[]): string[] {
  const largest = sizes[sizes.length - 1];
  if (!largest) return [];
  const keys = largest.pageTypes.map((p) => p.key);
  const at = (size: SizeResult, key: string) => size.pageTypes.find((p) => p.key === key);
  const out = [
    '',
    'HTML, kB gzip: median / largest page of each type',
    formatTable(
      ['page type', ...sizes.map((s) => `N=${s.size}`), `largest page N=${largest.size}`],
      keys.map((key) => [
        at(largest, key)!.label,
        ...sizes.map((s) => {
          const p = at(s, key);
          return p ? `${kB(p.median.htmlGzip)} / ${kB(p.largest.htmlGzip)}` : '–';
        }),
        at(largest, key)!.largest.url,
      ]),
    ),
  ];
  if (!sizes.some((s) => s.pageTypes.some((p) => p.dom))) return out;
  const inBrowser = sizes.some((s) => s.pageTypes.some((p) => p.dom?.largest.browserElements !== undefined));
  out.push(
    '',
    `Elements (DOM): median / largest page of each type by the count in its HTML file (every page counted)${inBrowser ? '; shown as counted in Chromium after load (* only in the file)' : ''}`,
    formatTable(
      ['page type', ...sizes.map((s) => `N=${s.size}`), `most elements N=${largest.size}`],
      keys.map((key) => [
        at(largest, key)!.label,
        ...sizes.map((s) => {
          const dom = at(s, key)?.dom;
          if (!dom) return '–';
          const shown = (page: DomCount) =>
            `${page.browserElements ?? page.elements}${inBrowser && page.browserElements === undefined ? '*' : ''}`;
          return `${shown(dom.median)} / ${shown(dom.largest)}`;
        }),
        at(largest, key)?.dom?.largest.url ?? '–',
      ]),
    ),
  );
  for (const size of sizes) {
    const search = size.pageTypes.find((p) => p.kind === 'search')?.dom;
    if (!search?.states?.length) continue;
    const afterLoad = search.largest.browserElements ?? search.largest.elements;
    out.push(
      `Search page elements, N=${size.size}: after load ${afterLoad}; ` +
        search.states.map((s) => `${s.state} ${s.elements}`).join('; '),
    );
  }
  return out;
}

/** Lighthouse's score and metrics of the median page of each type, at one size. */
export function formatLighthouse(size: number, lighthouse: LighthouseResults): string[] {
  const indexes = lighthouse.pages.flatMap((p) => (p.benchmarkIndex === undefined ? [] : [p.benchmarkIndex]));
  const benchmark =
    indexes.length > 0 ? `, benchmark index ${whole(Math.min(...indexes))}–${whole(Math.max(...indexes))}` : '';
  const out = [
    '',
    `Lighthouse ${lighthouse.version} mobile performance, N=${size}, median page of each type (load ${lighthouse.loadAverage.toFixed(1)}${benchmark}; ` +
      `${lighthouse.runs} run(s), the median counts): simulated slow 4G and 4× slower CPU. The local server does not ` +
      'compress: "no gzip" is what compression would save by Lighthouse\'s estimate, in kB and LCP ms',
    formatTable(
      [
        'page type',
        'page',
        'score',
        'FCP s',
        'LCP s',
        'TBT ms',
        'CLS',
        'SI s',
        'elements',
        'no gzip kB',
        'no gzip LCP ms',
      ],
      lighthouse.pages.map((p) => [
        p.label,
        p.url,
        p.score === undefined ? 'failed' : String(p.score),
        seconds(p.fcpMs),
        seconds(p.lcpMs),
        whole(p.tbtMs),
        p.cls === undefined ? '–' : p.cls.toFixed(2),
        seconds(p.speedIndexMs),
        whole(p.domElements),
        kB(p.compression?.bytes),
        whole(p.compression?.lcpMs),
      ]),
    ),
  ];
  for (const p of lighthouse.pages) if (p.error) out.push(`  ${p.label}: ${p.error}`);
  return out;
}
