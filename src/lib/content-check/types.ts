import type { PlainDate } from './yaml-values.ts';
import type { CollectionName } from '../../schemas/index.ts';

export type Severity = 'error' | 'warning';

/** One problem in one file, said so that an editor knows where to look and what to write. */
export interface ContentIssue {
  severity: Severity;
  /** Path relative to the project root, e.g. `content/people/kate-snellens.yaml`. */
  file: string;
  line?: number;
  /** Dotted field path as the editor wrote it, e.g. `members.2.person`. */
  field?: string;
  message: string;
  /** What to write instead. */
  hint?: string;
}

/** A content file read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root. */
  file: string;
  format: 'md' | 'mdx' | 'yaml';
  data: unknown;
  body: string;
  /** Line (1-based) of the first line of the body in the file; 0 for YAML. */
  bodyLine: number;
  /** The line a field path starts on, when it can be found. */
  lineOf(path: (string | number)[]): number | undefined;
  /**
   * Fields written as a bare date or time (edition: 2019-11-01). This check's YAML reader keeps them as
   * text; Astro's turns them into dates, which a text field then refuses (validate.ts says so first).
   */
  plainDates?: PlainDate[];
}

/** A file of a collection, with a good name, that could not be read (its own error says why). */
export interface UnreadableEntry {
  collection: CollectionName;
  id: string;
}
