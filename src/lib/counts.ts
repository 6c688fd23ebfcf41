/** A number with its noun in Dutch: "1 fout", "3 fouten", "0 waarschuwingen". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A number of pages: "1 pagina", "12 pagina's". */
export function pageCount(count: number): string {
  return countOf(count, 'pagina', "pagina's");
}
