import { formatDate } from '../dates.ts';
import { isPastReview } from '../review.ts';
import { dayOf } from '../../schemas/shared.ts';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';

/** Entries past their `reviewBy` date: a warning now, and a notice on the page for visitors. */
export function checkReviewDates({ entries, today }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const value = (entry.data as { reviewBy?: unknown } | null)?.reviewBy;
    // A value that is no date is the schema check's to report.
    const reviewBy = typeof value === 'string' ? dayOf(value) : undefined;
    if (!reviewBy || !isPastReview(reviewBy, today)) continue;
    issues.push({
      severity: 'warning',
      file: entry.file,
      line: entry.lineOf(['reviewBy']),
      field: 'reviewBy',
      message: `deze pagina had op ${formatDate(reviewBy)} opnieuw nagekeken moeten worden`,
      hint: 'Kijk of de inhoud nog klopt met de bronnen, pas aan wat niet meer klopt, en zet bij reviewBy een nieuwe datum (JJJJ-MM-DD). Tot dan ziet de bezoeker een melding dat de pagina verouderd kan zijn.',
    });
  }
  return issues;
}
