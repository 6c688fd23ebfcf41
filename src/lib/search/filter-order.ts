import { ageGroups, filterKeys } from './filters.ts';

/** Filter counts as Pagefind reports them: per filter, per value, the number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const ageOrder = ageGroups.map((group) => group.label);

function compareValues(key: string, a: string, b: string): number {
  if (key === 'leeftijd') return ageOrder.indexOf(a) - ageOrder.indexOf(b);
  // "'s-Hertogenbosch" is filed under H, as in a phone book.
  return collator.compare(a.replace(/^['’]s-/, ''), b.replace(/^['’]s-/, ''));
}

/**
 * The filter pane shows groups and values in the order of the object it gets; Pagefind's is
 * alphabetical. This puts the groups in the site's order (kind of page first) and the values in an
 * order a reader expects: ages young to old, the rest A–Z in Dutch. (Years stay oldest first: an
 * object keeps number-like keys in ascending order whatever order they are added in.)
 */
export function orderFilterCounts(counts: FilterCounts | null | undefined): FilterCounts | null {
  if (!counts) return null;
  const keys = [
    ...filterKeys.filter((key) => key in counts),
    ...Object.keys(counts).filter((key) => !(filterKeys as readonly string[]).includes(key)),
  ];
  return Object.fromEntries(
    keys.map((key) => [
      key,
      Object.fromEntries(Object.entries(counts[key]!).sort(([a], [b]) => compareValues(key, a, b))),
    ]),
  );
}
