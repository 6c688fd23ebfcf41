import type { FoundReference } from '../schema/walk.ts';
import type { ParsedBody } from './markdown.ts';
import type { SiteIndex } from '../links/site-index.ts';
import type { ContentIssue, RawEntry, UnreadableEntry } from './types.ts';

/** What every check may look at: all entries, their parsed bodies, the site's URLs, and today's date. */
export interface CheckContext {
  /** The project's root: where src/, public/ and node_modules/ are. */
  root: string;
  entries: readonly RawEntry[];
  /** The body of a Markdown entry as a syntax tree; undefined for YAML, or a body that could not be read. */
  bodyOf(entry: RawEntry): ParsedBody | undefined;
  /** The references in an entry as its editor wrote them, valid ids or not. */
  referencesOf(entry: RawEntry): readonly FoundReference[];
  site: SiteIndex;
  /** Files with a good name that could not be read: they exist, so a reference to one is not an error of its own. */
  unreadable: readonly UnreadableEntry[];
  today: Date;
}

/** One kind of check: it looks at the content and returns every problem it finds, not only the first. */
export type Check = (context: CheckContext) => ContentIssue[];
