import type { DatePrecision } from '../dates.ts';

/** A heading of an edition's text, as Astro collects them while rendering Markdown. */
export interface EditionHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * One newsletter edition, ready for every place it is published: the web page, the feeds and the
 * e-mail. Plain data, so the functions that use it can be tested without Astro.
 */
export interface Edition {
  id: string;
  title: string;
  /** The edition label, e.g. "Herfst 2019". */
  edition: string;
  date: Date;
  /** When the edition was last corrected (its `updated`), if an editor set one. */
  updated?: Date;
  /** How precisely the date is known: some editions give only the month. */
  datePrecision: DatePrecision;
  summary: string;
  /** The edition's text as HTML, with every link and image source absolute. */
  html: string;
  headings: EditionHeading[];
  /** Full address of the edition's web page. */
  url: string;
}

/** Where the edition's other versions live, relative to its web page. */
export const emailHtmlFile = 'email.html';
export const emailTextFile = 'email.txt';
/** The e-mail as a draft to open in a mail program and send. */
export const emailDraftFile = 'email.eml';

/** The sections listed under "In dit nummer": the edition's level-2 headings, in order. */
export function sectionsOf(headings: readonly EditionHeading[]): EditionHeading[] {
  return headings.filter((heading) => heading.depth === 2);
}

/** Editions newest first; on the same day, by title, so the order never depends on file order. */
export function newestFirst<E extends { date: Date; title: string }>(editions: readonly E[]): E[] {
  const collator = new Intl.Collator('nl', { numeric: true });
  return [...editions].sort((a, b) => b.date.getTime() - a.date.getTime() || collator.compare(a.title, b.title));
}

/**
 * The editions before and after one, by date: `previous` is the older one, `next` the newer one.
 * Either is undefined at the ends of the archive; an unknown id is a programming error.
 */
export function adjacentEditions<E extends { id: string; date: Date; title: string }>(
  editions: readonly E[],
  id: string,
): { previous?: E; next?: E } {
  const ordered = newestFirst(editions);
  const index = ordered.findIndex((edition) => edition.id === id);
  if (index === -1) throw new Error(`No newsletter edition "${id}"`);
  return { next: ordered[index - 1], previous: ordered[index + 1] };
}
