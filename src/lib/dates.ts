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

/** How precisely a date is known: a source may give only the month ("november 2019"). */
export type DatePrecision = 'dag' | 'maand';

/** The date as precisely as it is known: "24 januari 2023" or "november 2019". */
export function formatDateAt(date: Date, precision: DatePrecision = 'dag'): string {
  return precision === 'maand' ? formatMonth(date) : formatDate(date);
}

/** The `datetime` attribute as precisely as the date is known: "2023-01-24" or "2019-11". */
export function isoAt(date: Date, precision: DatePrecision = 'dag'): string {
  return precision === 'maand' ? isoDay(date).slice(0, 7) : isoDay(date);
}
