import { hasInvisible, invisibleNote, showInvisible } from './invisible.ts';
import type { ContentIssue } from './types.ts';

/** The issue with the characters that do not show named (see invisible.ts), and a note on what that means. */
function readable(issue: ContentIssue): ContentIssue {
  const parts = [issue.message, issue.field ?? '', issue.hint ?? ''];
  if (!parts.some(hasInvisible)) return issue;
  return {
    ...issue,
    message: showInvisible(issue.message),
    ...(issue.field ? { field: showInvisible(issue.field) } : {}),
    hint: issue.hint ? `${showInvisible(issue.hint)} ${invisibleNote}` : invisibleNote,
  };
}

/** One issue per block: where, which field, what is wrong, what to write instead. */
export function formatIssue(written: ContentIssue): string {
  const issue = readable(written);
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

/** GitHub's escaping for workflow commands: the message may hold newlines, a property also commas and colons. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The issue as a GitHub Actions annotation, so that it shows at the line in the pull request's
 * "Files changed", where an editor working in the web editor sees it.
 */
export function formatAnnotation(written: ContentIssue): string {
  const issue = readable(written);
  const command = issue.severity === 'error' ? 'error' : 'warning';
  const properties = [`file=${escapeProperty(issue.file)}`];
  if (issue.line) properties.push(`line=${issue.line}`);
  properties.push(`title=${escapeProperty(issue.field ? `Veld "${issue.field}"` : 'Inhoudscontrole')}`);
  const message = issue.hint ? `${issue.message}\n→ ${issue.hint}` : issue.message;
  return `::${command} ${properties.join(',')}::${escapeData(message)}`;
}
