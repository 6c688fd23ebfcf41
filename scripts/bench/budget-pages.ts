import type { DomCount, LighthouseResults, PageTypeResult } from './results.ts';

interface SizePages {
  size: number;
  pageTypes: readonly PageTypeResult[];
  lighthouse?: LighthouseResults;
}

/**
 * What breaks "every page at most `limit` elements": per size and page type the median and the
 * largest page (by their files' counts; Chromium's count after load when larger, as scripts add
 * elements), and the states the search page grows in.
 */
export function domFindings(
  sizes: readonly SizePages[],
  limit: number,
): { measured: boolean; broken: string[]; notes: string[] } {
  const counted: { size: number; what: string; url: string; elements: number; how: string }[] = [];
  for (const { size, pageTypes } of sizes) {
    for (const type of pageTypes) {
      if (!type.dom) continue;
      // The median page is counted on its own only when it is not the largest one too.
      const pages: ['largest' | 'median', DomCount][] = [['largest', type.dom.largest]];
      if (type.dom.median.url !== type.dom.largest.url) pages.push(['median', type.dom.median]);
      for (const [which, page] of pages) {
        const elements = Math.max(page.elements, page.browserElements ?? 0);
        const how =
          page.browserElements === undefined
            ? 'in its file'
            : `${page.elements} in its file, ${page.browserElements} in Chromium after load`;
        counted.push({ size, what: `${which} of ${type.label}`, url: page.url, elements, how });
      }
      for (const state of type.dom.states ?? [])
        counted.push({
          size,
          what: `${type.label}, ${state.state}`,
          url: state.url,
          elements: state.elements,
          how: 'in Chromium',
        });
    }
  }
  const broken = counted
    .filter((c) => c.elements > limit)
    .map((c) => `N=${c.size}: ${c.url} (${c.what}) has ${c.elements} elements (${c.how})`);
  const inBrowser = sizes.some(({ pageTypes }) =>
    pageTypes.some((t) => t.dom?.largest.browserElements !== undefined || (t.dom?.states?.length ?? 0) > 0),
  );
  const most = counted.reduce<(typeof counted)[number] | undefined>(
    (a, b) => (!a || b.elements > a.elements ? b : a),
    undefined,
  );
  const notes = [
    ...(most && broken.length === 0
      ? [`Most: N=${most.size}: ${most.url} (${most.what}), ${most.elements} elements`]
      : []),
    ...(counted.length > 0 && !inBrowser
      ? ['Counted in the HTML files only: what scripts add, and the search page with results, need Chromium.']
      : []),
  ];
  return { measured: counted.length > 0, broken, notes };
}

/**
 * Lighthouse's mobile performance at the largest size: which page types score below `minimum`, and
 * which could not be scored (with Lighthouse's reason). `reasons`: why Lighthouse did not run at all.
 */
export function lighthouseFindings(
  sizes: readonly SizePages[],
  minimum: number,
  reasons: readonly string[],
): { status: 'ok' | 'broken' | 'not-measured'; details: string[] } {
  const largest = [...sizes].sort((a, b) => a.size - b.size).at(-1);
  const lighthouse = largest?.lighthouse;
  if (!largest || !lighthouse || lighthouse.pages.length === 0) {
    return {
      status: 'not-measured',
      details: reasons.length > 0 ? [...reasons] : [`No Lighthouse scores${largest ? ` at N=${largest.size}` : ''}.`],
    };
  }
  const low = lighthouse.pages
    .filter((p) => p.score !== undefined && p.score < minimum)
    .map(
      (p) =>
        `N=${largest.size}: ${p.url} (${p.label}) scores ${p.score} (LCP ${Math.round(p.lcpMs ?? Number.NaN)} ms, ` +
        `TBT ${Math.round(p.tbtMs ?? Number.NaN)} ms, CLS ${(p.cls ?? Number.NaN).toFixed(2)})`,
    );
  const unscored = lighthouse.pages
    .filter((p) => p.score === undefined)
    .map((p) => `Not scored: ${p.url} (${p.label}): ${p.error ?? 'no score'}`);
  const lowest = lighthouse.pages.reduce<number | undefined>(
    (a, p) => (p.score === undefined ? a : Math.min(a ?? p.score, p.score)),
    undefined,
  );
  const notes = low.length === 0 && lowest !== undefined ? [`Lowest: ${lowest}, N=${largest.size}`] : [];
  return {
    status: low.length > 0 ? 'broken' : unscored.length > 0 ? 'not-measured' : 'ok',
    details: [...low, ...unscored, ...notes],
  };
}
