import { contentDir } from '../content-dir';
import { loadContent } from './load';
import { checkMarkup } from './markup';
import { validateEntries, type ValidatedEntry } from './validate';
import type { ContentIssue } from './types';

export type { ContentIssue, RawEntry, Severity } from './types';
export { formatIssues } from './format';

export interface CheckResult {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  entries: ValidatedEntry[];
}

/**
 * Checks all content without building the site. The build runs the same check first, so what
 * `npm run check` accepts is what the build accepts.
 */
export function checkContent(options: { root?: string; dir?: string } = {}): CheckResult {
  const root = options.root ?? process.cwd();
  const dir = options.dir ?? contentDir(root);
  const { entries, issues: loadIssues } = loadContent(dir, root);
  const { valid, issues } = validateEntries(entries);
  const all = [...loadIssues, ...issues, ...checkMarkup(entries)].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return {
    errors: all.filter((i) => i.severity === 'error'),
    warnings: all.filter((i) => i.severity === 'warning'),
    entries: valid,
  };
}
