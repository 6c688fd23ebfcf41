import type { CollectionName } from '../schemas/index.ts';
import type { EntryLike } from './entries.ts';
import { overviewPath } from './urls.ts';
import type { Group } from './groupings.ts';

/**
 * How many entries an overview page lists before it continues on a next page. Large enough that
 * the real site's overviews are one page; small enough that a page stays light at thousands of
 * entries (a hundred links is a few hundred elements and a few kB).
 */
export const overviewPageSize = 100;

/** The comparison of practices, side by side. */
export const comparisonPath = '/praktijkvoorbeelden/vergelijken/';

/** Practices per page of the comparison: a wider table is no comparison any more, and heavy on a phone. */
export const comparisonPageSize = 50;

/**
 * A list of related entries (the practices on a support level, the plans of a table) shows a
 * summary under each entry up to this many; a longer list shows the titles only. Hundreds of
 * summaries are more than anyone reads on one page, and make it several times heavier than the rest.
 */
export const relatedSummaryLimit = 25;

/** Whether a list of related entries shows summaries: when asked, and when it is short enough to read them. */
export function relatedWithSummaries(asked: boolean, count: number): boolean {
  return asked && count <= relatedSummaryLimit;
}

/** One page of an overview: its groups, each with the heading it had, marked when it continues one from before. */
export type OverviewPage<E extends EntryLike> = Group<E>[];

/**
 * Splits grouped entries into pages of at most `size` entries, in order. A group that does not fit
 * continues on the next page under the same heading, so a reader always sees where an entry belongs.
 */
export function pageGroups<E extends EntryLike>(
  groups: readonly Group<E>[],
  size = overviewPageSize,
): OverviewPage<E>[] {
  const pages: OverviewPage<E>[] = [];
  let page: OverviewPage<E> = [];
  let count = 0;
  for (const group of groups) {
    let rest = group.entries;
    while (rest.length > 0) {
      if (count === size) {
        pages.push(page);
        page = [];
        count = 0;
      }
      const taken = rest.slice(0, size - count);
      page.push({ heading: group.heading, entries: taken });
      count += taken.length;
      rest = rest.slice(taken.length);
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The title of an overview page: the first page is the overview itself, later pages say which they are. */
export function pageTitle(title: string, current: number, last: number): string {
  return current === 1 ? title : `${title}, pagina ${current} van ${last}`;
}

/** The collections whose overview lists them page by page. */
export const pagedCollections = ['people', 'organisations', 'plans', 'practices', 'newsletters', 'sources'] as const;
export type PagedCollection = (typeof pagedCollections)[number];

/** Every overview that continues on pages: where it is, what it lists, how many per page. */
export function pagedOverviews(): { path: string; collection: CollectionName; size: number }[] {
  return [
    ...pagedCollections.map((collection) => ({ path: overviewPath(collection), collection, size: overviewPageSize })),
    { path: comparisonPath, collection: 'practices', size: comparisonPageSize },
  ];
}

/** How many pages an overview of `count` entries has: at least one. */
export function pageCount(count: number, size = overviewPageSize): number {
  return Math.max(1, Math.ceil(count / size));
}

/** Where page `n` of an overview lives: page 1 is the overview itself, the rest under `pagina/<n>/`. */
export function overviewPagePath(overview: string, n: number): string {
  return n === 1 ? overview : `${overview}pagina/${n}/`;
}

/** What each page of an overview route gets: its groups, and where it is among the pages. */
export interface OverviewPageProps<E extends EntryLike> {
  groups: OverviewPage<E>;
  current: number;
  last: number;
}

/**
 * `getStaticPaths` for an overview route `src/pages/<route>/[...page].astro`: the first page at the
 * overview's own address, the next ones at `pagina/2/`, `pagina/3/`, …. Not Astro's `paginate()`,
 * whose `/<route>/2/` would share its addresses with entries (an entry may be called "2").
 */
export function overviewPaths<E extends EntryLike>(groups: readonly Group<E>[], size = overviewPageSize) {
  const pages = pageGroups(groups, size);
  return pages.map((page, i) => ({
    params: { page: i === 0 ? undefined : `pagina/${i + 1}` },
    props: { groups: page, current: i + 1, last: pages.length } satisfies OverviewPageProps<E>,
  }));
}
