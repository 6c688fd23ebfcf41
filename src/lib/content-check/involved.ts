import { dottedPath } from './words.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/** A place in a file that takes part in a contradiction: the entry, and the field path in it. */
export interface Involved {
  entry: RawEntry;
  path: (string | number)[];
}

/** "a", "a en b", "a, b en c" (or "a, b of c"): files and values in a sentence. */
export function inDutch(items: readonly string[], conjunction: 'en' | 'of' = 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}

/** The files of the entries, in a sentence. */
export function filesOf(entries: readonly RawEntry[]): string {
  return inDutch(entries.map((entry) => entry.file));
}

/** "allebei" for two, "allemaal" for more. */
export function all(count: number): string {
  return count === 2 ? 'allebei' : 'allemaal';
}

/** An error at one place: its file, line and field. */
export function errorAt({ entry, path }: Involved, message: string, hint: string): ContentIssue {
  return {
    severity: 'error',
    file: entry.file,
    line: entry.lineOf(path),
    field: path.length > 0 ? dottedPath(path) : undefined,
    message,
    hint,
  };
}

/**
 * The same error at every place involved. A contradiction between files is shown in each of them
 * (in a pull request, at the line in every file), and its message names them all: the editor may
 * have changed any one of them, and must see which others to look at.
 */
export function errorAtEach(places: readonly Involved[], message: string, hint: string): ContentIssue[] {
  return places.map((place) => errorAt(place, message, hint));
}
