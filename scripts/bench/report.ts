import { marginalMsPerPage } from './budgets.ts';
import { formatLighthouse, formatPageSizes } from './report-pages.ts';
import { formatLegacySearch, formatSearchLatency } from './report-search.ts';
import type { BenchResults } from './results.ts';
import { formatTable } from './table.ts';

const kB = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const MB = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1_000_000).toFixed(1));
const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

/** The whole report as text: build, page weight, HTML and DOM size, search, Lighthouse, budgets. */
export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const { versions, machine } = results;
  out.push(
    `Node ${versions.node}, Astro ${versions.astro}, Pagefind ${versions.pagefind}${versions.chromium ? `, Chromium ${versions.chromium}` : ''}${versions.lighthouse ? `, Lighthouse ${versions.lighthouse}` : ''}; ` +
      `${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB; ${results.date}`,
  );

  const marginal = new Map(marginalMsPerPage(results.sizes).map((m) => [m.to, m.msPerPage]));
  const marginalCpu = new Map(marginalMsPerPage(results.sizes, 'cpuMs').map((m) => [m.to, m.msPerPage]));
  const perPage = (map: Map<number, number>, size: number) =>
    Number.isFinite(map.get(size)) ? map.get(size)!.toFixed(1) : '–';
  out.push(
    '',
    'Build (cold: an empty content cache); ms/extra page: time of the pages added since the previous size',
    formatTable(
      [
        'N',
        'pages',
        'build s',
        'CPU s',
        'Pagefind s',
        'ms/page',
        'ms/extra page',
        'CPU ms/extra page',
        'peak MB',
        'dist MB',
        'files',
        'load',
      ],
      results.sizes.map((r) => [
        String(r.size),
        String(r.pages),
        s(r.buildMs),
        s(r.cpuMs),
        s(r.pagefindMs),
        (r.buildMs / r.pages).toFixed(1),
        perPage(marginal, r.size),
        perPage(marginalCpu, r.size),
        MB(r.peakMemoryBytes),
        MB(r.distBytes),
        String(r.distFiles),
        r.loadAverage.toFixed(1),
      ]),
    ),
  );

  const sizes = results.sizes.map((r) => r.size);
  const largest = results.sizes[results.sizes.length - 1];
  if (largest) {
    const keys = largest.pageTypes.map((p) => p.key);
    out.push(
      '',
      'Page weight, kB gzip, first visit: HTML+CSS / JS of the median page of each type',
      formatTable(
        ['page type', ...sizes.map((n) => `N=${n}`), `largest page N=${largest.size}`, `search open N=${largest.size}`],
        keys.map((key) => {
          const at = (n: number) => results.sizes.find((r) => r.size === n)?.pageTypes.find((p) => p.key === key);
          const last = at(largest.size)!;
          return [
            last.label,
            ...sizes.map((n) => {
              const p = at(n);
              return p ? `${kB(p.median.htmlCssGzip)} / ${kB(p.median.jsGzip)}` : '–';
            }),
            `${kB(last.largest.htmlCssGzip)} / ${kB(last.largest.jsGzip)}`,
            last.withSearch ? `${kB(last.withSearch.transferBytes)} (${last.withSearch.requests} req)` : '–',
          ];
        }),
      ),
    );
  }

  out.push(...formatPageSizes(results.sizes));
  if (results.searchLatency) out.push(...formatSearchLatency(results.searchLatency));
  if (results.search) out.push(...formatLegacySearch(results.search));
  for (const size of results.sizes) if (size.lighthouse) out.push(...formatLighthouse(size.size, size.lighthouse));

  if (results.notMeasured.length > 0) out.push('', 'Not measured:', ...results.notMeasured.map((n) => `- ${n}`));

  out.push('', 'Budgets');
  for (const budget of results.budgets) {
    const mark = budget.status === 'ok' ? 'ok    ' : budget.status === 'broken' ? 'BROKEN' : 'n/a   ';
    out.push(`${mark}  ${budget.description}`, ...budget.details.map((d) => `        ${d}`));
  }
  const broken = results.budgets.filter((b) => b.status === 'broken');
  out.push('', broken.length === 0 ? 'No budget is broken.' : `Broken: ${broken.map((b) => b.id).join(', ')}.`);
  return out.join('\n');
}
