import { orderFilterCounts, type FilterCounts } from '../filter-order';
import type { PagefindInstance } from './pagefind-ui';

/**
 * Adjusts the filter totals an instance hands to its filter pane (its documented `totalFilters`):
 * - the groups and values come in the site's order (see orderFilterCounts);
 * - a search without words (browsing by filter) reports every total as 0 in Pagefind 1.6, and the
 *   pane shows a chosen value's total, so "praktijkvoorbeeld 0" stood next to nine results. For
 *   such a search the totals over all pages, which Pagefind reports when it loads, are used.
 * Must run before the instance loads.
 */
export function steadyFilterTotals(instance: PagefindInstance): void {
  let allPages: FilterCounts | null = null;
  let current: FilterCounts | null = null;
  Object.defineProperty(instance, 'totalFilters', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (next: FilterCounts | null) => {
      allPages ??= orderFilterCounts(next);
      current = instance.searchTerm ? orderFilterCounts(next) : allPages;
    },
  });
}
