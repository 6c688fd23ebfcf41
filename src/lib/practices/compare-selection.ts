/** How many practices fit side by side on a phone. */
export const maxCompared = 3;

/** The URL parameter that keeps a choice, so a comparison can be shared: ?vergelijk=a,b */
export const compareParam = 'vergelijk';

/** The practices chosen in a URL's query, known ones only, at most `maxCompared`, without repeats. */
export function chosenFromSearch(search: string, known: readonly string[]): string[] {
  const raw = new URLSearchParams(search).get(compareParam) ?? '';
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => known.includes(id));
  return [...new Set(ids)].slice(0, maxCompared);
}

/** The query string for a choice; empty when nothing is chosen. */
export function searchFor(chosen: readonly string[]): string {
  return chosen.length === 0 ? '' : `?${compareParam}=${chosen.join(',')}`;
}

/** Which columns the table shows: the chosen ones once two or more are chosen, otherwise all. */
export function visibleColumns(chosen: readonly string[], all: readonly string[]): string[] {
  return chosen.length >= 2 ? all.filter((id) => chosen.includes(id)) : [...all];
}

/** What the live region says after a change, in plain Dutch. */
export function statusText(chosen: number, total: number): string {
  if (chosen === 0)
    return `De tabel toont alle ${total} praktijkvoorbeelden. Kies er twee of drie om alleen die te vergelijken.`;
  if (chosen === 1)
    return `1 praktijkvoorbeeld gekozen. Kies er nog een of twee om te vergelijken; de tabel toont nu alle ${total}.`;
  const limit = chosen >= maxCompared ? ' Dat is het maximum: haal een vinkje weg om een ander te kiezen.' : '';
  return `De tabel toont de ${chosen} gekozen praktijkvoorbeelden.${limit}`;
}
