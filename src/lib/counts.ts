/** A number of pages in Dutch: "1 pagina", "12 pagina's". */
export function pageCount(count: number): string {
  return `${count} ${count === 1 ? 'pagina' : "pagina's"}`;
}
