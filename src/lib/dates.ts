const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dutchMonth = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "24 januari 2023". Dates in content are calendar dates, so they are read and written in UTC. */
export function formatDate(date: Date): string {
  return dutchDate.format(date);
}

/** "januari 2023". */
export function formatMonth(date: Date): string {
  return dutchMonth.format(date);
}

/** "2023-01-24", for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
