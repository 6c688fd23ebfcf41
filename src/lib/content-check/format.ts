import type { ContentIssue } from './types';

/** One issue per block: where, which field, what is wrong, what to write instead. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const label = issue.severity === 'error' ? 'FOUT' : 'WAARSCHUWING';
  const field = issue.field ? ` veld "${issue.field}":` : '';
  const lines = [`${label} ${where}${field} ${issue.message}`];
  if (issue.hint) lines.push(`  → ${issue.hint}`);
  return lines.join('\n');
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
