import type { PageWeightSummary } from './results.ts';

/** A content page's weight at one size: the scripts it loads, with the tag that loads each. */
export interface MeasuredContentPage {
  size: number;
  page: PageWeightSummary;
}

export interface ScriptRules {
  /** The search loader's script tags; the modules they import count as part of them. */
  isSearchLoader: (entryUrl: string) => boolean;
  /** The theme scripts' tags, allowed up to `themeGzipLimit` bytes gzip together on a page. */
  isThemeScript: (entryUrl: string) => boolean;
  themeGzipLimit: number;
}

/**
 * What breaks "no JavaScript on a content page but the search loader and the theme scripts": any
 * other script, and theme scripts over their limit together. One line per script however many pages
 * load it, and one per theme total, since a site-wide script would otherwise fill screens.
 */
export function contentPageScriptFindings(
  pages: readonly MeasuredContentPage[],
  rules: ScriptRules,
): { broken: string[]; notes: string[] } {
  const measured = new Set(pages.map(({ size, page }) => `${size} ${page.url}`));
  const offenders = new Map<string, { gzipBytes: number; entry: string; pages: Set<string>; sizes: Set<number> }>();
  const themeTotals = new Map<number, { pages: Set<string>; sizes: Set<number> }>();
  for (const { size, page } of pages) {
    const key = `${size} ${page.url}`;
    let themeBytes = 0;
    for (const js of page.js) {
      if (rules.isSearchLoader(js.entry)) continue;
      if (rules.isThemeScript(js.entry)) {
        themeBytes += js.gzipBytes;
        continue;
      }
      const found = offenders.get(js.url) ?? {
        gzipBytes: js.gzipBytes,
        entry: js.entry,
        pages: new Set(),
        sizes: new Set(),
      };
      found.pages.add(key);
      found.sizes.add(size);
      offenders.set(js.url, found);
    }
    const total = themeTotals.get(themeBytes) ?? { pages: new Set(), sizes: new Set() };
    total.pages.add(key);
    total.sizes.add(size);
    themeTotals.set(themeBytes, total);
  }

  const where = (found: { pages: Set<string>; sizes: Set<number> }) =>
    `on ${found.pages.size} of ${measured.size} content pages measured, N=${[...found.sizes].join(', ')} (e.g. ${[...found.pages][0]!.split(' ')[1]})`;
  const broken = [...offenders].map(
    ([url, found]) =>
      `${url}${found.entry === url ? '' : ` (imported by ${found.entry})`}, ${found.gzipBytes} bytes gzip: ${where(found)}`,
  );
  const heaviest = Math.max(0, ...themeTotals.keys());
  for (const [bytes, found] of [...themeTotals].sort(([a], [b]) => b - a)) {
    if (bytes > rules.themeGzipLimit)
      broken.push(`Theme scripts, ${bytes} bytes gzip together (limit ${rules.themeGzipLimit}): ${where(found)}`);
  }
  const notes =
    heaviest > 0 && heaviest <= rules.themeGzipLimit
      ? [`Theme scripts: at most ${heaviest} bytes gzip together on a content page (limit ${rules.themeGzipLimit})`]
      : [];
  return { broken, notes };
}
