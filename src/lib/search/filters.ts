// Runs in the browser too (the search UI reads the facet keys): import nothing that pulls in the
// schemas or zod here.

/**
 * The facets of the search, in the order the filter pane shows them. The key is what the page
 * marks with `data-pagefind-filter` and what the URL of a search carries (`?soort=plan`); Pagefind's
 * filter pane shows it with a capital as the group's name, so it is plain Dutch.
 */
export const filterKeys = ['soort', 'ontwikkeltafel', 'plaats', 'leeftijd', 'financiering', 'jaar'] as const;
export type FilterKey = (typeof filterKeys)[number];

export function isFilterKey(value: string): value is FilterKey {
  return (filterKeys as readonly string[]).includes(value);
}

/**
 * Age groups for the "leeftijd" facet, in months (inclusive). The sources give ranges in their own
 * words ("-10 maanden tot en met 6 jaar"); the schema's `fromMonths`/`toMonths` place each range in
 * every group it overlaps, so a reader can filter without knowing how a source phrased it.
 * The groups follow the stages the sector uses: pregnancy, before school, primary, secondary, adult.
 */
export const ageGroups: readonly { label: string; fromMonths: number; toMonths: number }[] = [
  { label: 'voor de geboorte', fromMonths: -Infinity, toMonths: -1 },
  { label: '0 tot 4 jaar', fromMonths: 0, toMonths: 47 },
  { label: '4 tot 12 jaar', fromMonths: 48, toMonths: 143 },
  { label: '12 tot 18 jaar', fromMonths: 144, toMonths: 215 },
  { label: '18 jaar en ouder', fromMonths: 216, toMonths: Infinity },
];

/** The URL parameter that carries the searched words to the page a result leads to, for highlighting. */
export const highlightParam = 'markeer';
