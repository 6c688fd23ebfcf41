import type { LatencySurface, SearchLatencyResults, SearchResults } from './results.ts';
import { formatTable } from './table.ts';

const kB = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const count = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : String(value));

const surfaceNames: Record<LatencySurface['surface'], string> = {
  'dialog-first': 'dialog first',
  'dialog-next': 'dialog next',
  'search-page': '/zoeken/',
};

/** The search latency table: per query the three surfaces' medians, and the medians over all. */
export function formatSearchLatency(latency: SearchLatencyResults): string[] {
  const surfaces = new Map(latency.surfaces.map((s) => [s.surface, s]));
  const first = surfaces.get('dialog-first');
  const next = surfaces.get('dialog-next');
  const page = surfaces.get('search-page');
  const row = (surface: LatencySurface | undefined, query: string) => surface?.queries.find((q) => q.query === query);
  const cell = (surface: LatencySurface | undefined, query: string) => {
    const q = row(surface, query);
    return q?.ms === undefined && (q?.errors?.length ?? 0) > 0 ? 'failed' : ms(q?.ms);
  };
  const queries = (first ?? page ?? next)?.queries.map((q) => q.query) ?? [];
  const out = [
    '',
    `Search latency in Chromium, N=${latency.size} (load ${latency.loadAverage.toFixed(1)}): ms from the last keystroke to the first result that highlights the query, median of ${latency.runs} run(s); dialog on ${first?.url ?? next?.url ?? '–'}`,
    formatTable(
      ['query', 'dialog first ms', 'dialog next ms', 'next after', '/zoeken/ ms', 'first kB', '/zoeken/ kB', 'results'],
      [
        ...queries.map((query) => [
          query,
          cell(first, query),
          cell(next, query),
          row(next, query)?.after ?? '–',
          cell(page, query),
          kB(row(first, query)?.transferBytes),
          kB(row(page, query)?.transferBytes),
          count(row(page, query)?.results ?? row(first, query)?.results),
        ]),
        ['median', ms(first?.medianMs), ms(next?.medianMs), '', ms(page?.medianMs), '', '', ''],
      ],
    ),
  ];
  for (const surface of latency.surfaces)
    for (const q of surface.queries)
      for (const error of q.errors ?? [])
        out.push(`  failed: ${surfaceNames[surface.surface]}, "${q.query}": ${error}`);
  return out;
}

/** The search timing of results files from before the latency above: cold and warm, to the first result link. */
export function formatLegacySearch(search: SearchResults): string[] {
  return search.surfaces.flatMap((surface) => {
    const warm = new Map(surface.warm.map((q) => [q.query, q]));
    return [
      '',
      `Search in Chromium, N=${search.size}, ${surface.surface} ${surface.url} (load ${search.loadAverage.toFixed(1)}): median ms from the last keystroke to the first result (of ${surface.cold[0]?.samples.length ?? 0} runs), kB fetched`,
      formatTable(
        ['query', 'cold ms', 'cold kB', 'cold req', 'warm ms', 'warm kB', 'results'],
        surface.cold.map((q) => [
          q.query,
          q.ms.toFixed(0),
          kB(q.transferBytes),
          String(q.requests),
          warm.get(q.query)?.ms.toFixed(0) ?? '–',
          kB(warm.get(q.query)?.transferBytes),
          count(q.results),
        ]),
      ),
    ];
  });
}
