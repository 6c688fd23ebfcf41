import { formatDate } from '../dates.ts';
import { dayOf } from '../../schemas/shared.ts';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';

/** A day of leeway: an editor east of UTC writes today's date while it is still yesterday in UTC. */
const leeway = 24 * 60 * 60 * 1000;

/**
 * An `updated` date after today: a typo (2062 for 2026), which the page would show as the day it was
 * brought up to date, and which would sort the entry above every real change.
 */
export function checkUpdateDates({ entries, today }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const value = (entry.data as { updated?: unknown } | null)?.updated;
    // A value that is no date is the schema check's to report.
    const updated = typeof value === 'string' ? dayOf(value) : undefined;
    if (!updated || updated.getTime() <= today.getTime() + leeway) continue;
    issues.push({
      severity: 'error',
      file: entry.file,
      line: entry.lineOf(['updated']),
      field: 'updated',
      message: `de datum ${formatDate(updated)} ligt in de toekomst: de pagina zou zeggen dat ze dan is bijgewerkt`,
      hint: 'Schrijf bij updated de dag waarop u de inhoud het laatst hebt bijgewerkt (JJJJ-MM-DD), of laat het veld weg: dan toont de site de datum van de laatste wijziging van het bestand.',
    });
  }
  return issues;
}
