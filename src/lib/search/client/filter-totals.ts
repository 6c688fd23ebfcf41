import { orderFilterCounts, type FilterCounts } from '../filter-order.ts';
import type { PagefindInstance } from './pagefind-ui.ts';

/**
 * Puts the filter totals an instance hands to its filter pane (its documented `totalFilters`) in the
 * site's order: groups as in filterKeys, values as a reader expects them (see orderFilterCounts).
 * The totals themselves come from the search engine (search-engine.ts), right also when browsing
 * without words. Must run before the instance's first search.
 */
export function orderFilterTotals(instance: PagefindInstance): void {
  let current: FilterCounts | null = null;
  Object.defineProperty(instance, 'totalFilters', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (next: FilterCounts | null) => {
      current = orderFilterCounts(next);
    },
  });
}
