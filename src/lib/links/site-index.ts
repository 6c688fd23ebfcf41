/**
 * What a valid internal link target is, in one place: a page of the site and, after `#`, an id on
 * that page. The content check asks this of the index it predicts from the content before the build
 * (predicted-index.ts); the build tests ask it of the index of the built site, and check that the
 * two agree. So what the check accepts is what the build has.
 */

/** What is known of a page of the site: that it exists, and which ids a link can point at with `#…`. */
export interface PageInfo {
  /** Undefined when the ids cannot be known before the build: any anchor is accepted there. */
  anchors?: ReadonlySet<string>;
}

/** The pages of a site by site path (without base), plus dynamic routes known only by their shape. */
export interface SiteIndex {
  /** The page at a site path, or undefined when there is none. */
  page(sitePath: string): PageInfo | undefined;
  /** Every known page path, for "did you mean". */
  paths(): string[];
}

/** `/plannen/regie` and `/plannen/regie/` are the same page; a file such as `/favicon.svg` keeps its name. */
export function normaliseSitePath(sitePath: string): string {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // A malformed escape: keep it as written, it will not match a page.
  }
  if (decoded.endsWith('/') || /\.[a-z0-9]+$/i.test(decoded)) return decoded;
  return `${decoded}/`;
}

/** An index over known pages; `patterns` accept paths of dynamic routes that cannot be listed. */
export function createSiteIndex(pages: ReadonlyMap<string, PageInfo>, patterns: readonly RegExp[] = []): SiteIndex {
  const byPath = new Map([...pages].map(([sitePath, info]) => [normaliseSitePath(sitePath), info]));
  return {
    page(sitePath) {
      const normalised = normaliseSitePath(sitePath);
      const known = byPath.get(normalised);
      if (known) return known;
      return patterns.some((pattern) => pattern.test(normalised)) ? {} : undefined;
    },
    paths: () => [...byPath.keys()],
  };
}

/** Why an internal link does not work. */
export type LinkProblem =
  | { kind: 'no-page'; sitePath: string }
  | { kind: 'no-anchor'; sitePath: string; anchor: string; anchors: ReadonlySet<string> };

/** A site path and anchor split from an internal link (`/plannen/regie/#doel`, `#doel`), relative to `fromPath`. */
export function splitInternalLink(url: string, fromPath: string): { sitePath: string; anchor: string } {
  const hashAt = url.indexOf('#');
  const pathPart = (hashAt === -1 ? url : url.slice(0, hashAt)).split('?', 1)[0]!;
  let anchor = hashAt === -1 ? '' : url.slice(hashAt + 1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // A malformed escape: compare it as written.
  }
  return { sitePath: pathPart === '' ? fromPath : normaliseSitePath(pathPart), anchor };
}

/** The one rule: the page must exist, and an anchor must be an id on it (where its ids are known). */
export function linkProblem(index: SiteIndex, sitePath: string, anchor: string): LinkProblem | undefined {
  const page = index.page(sitePath);
  if (!page) return { kind: 'no-page', sitePath };
  if (anchor === '' || !page.anchors || page.anchors.has(anchor)) return undefined;
  return { kind: 'no-anchor', sitePath, anchor, anchors: page.anchors };
}
