import { formatDate } from '../dates.ts';
import { dayOf } from '../../schemas/shared.ts';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { holdsDate } from './yaml-values.ts';

/** The years a date of this site can fall in: 0219 or 9999 is a typo, which would sort the page first or last. */
export const firstYear = 1900;
const lastYear = 2100;

/** A day of leeway: an editor east of UTC writes today's date while it is still yesterday in UTC. */
const leeway = 24 * 60 * 60 * 1000;

/**
 * An `updated` date after today: a typo (2062 for 2026), which the page would show as the day it was
 * brought up to date, and which would sort the entry above every real change. A `date` after today
 * (a newsletter's, a plan's): most likely a typo too, which would keep that edition on top of the
 * archive and the feeds. And any date with a year that cannot be right (0219 for 2019).
 */
export function checkUpdateDates({ entries, today }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    // The date fields, as the collection's schema has them (date, updated, reviewBy).
    for (const field of Object.keys(data).filter((name) => holdsDate(entry.collection, [name]))) {
      const written = data[field];
      // A value that is no date is the schema check's to report.
      const day = typeof written === 'string' ? dayOf(written) : undefined;
      if (!day) continue;
      const year = day.getUTCFullYear();
      if (year < firstYear || year > lastYear) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf([field]),
          field,
          message: `het jaar ${String(year).padStart(4, '0')} kan niet kloppen, en de site ordent en toont de pagina met die datum`,
          hint: 'Controleer het jaar en schrijf de datum als JJJJ-MM-DD, met het jaar voluit, zoals 2019-11-01.',
        });
      } else if (field === 'updated' && day.getTime() > today.getTime() + leeway) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf([field]),
          field,
          message: `de datum ${formatDate(day)} ligt in de toekomst: de pagina zou zeggen dat ze dan is bijgewerkt`,
          hint: 'Schrijf bij updated de dag waarop u de inhoud het laatst hebt bijgewerkt (JJJJ-MM-DD), of laat het veld weg: dan toont de site de datum van de laatste wijziging van het bestand.',
        });
      } else if (field === 'date' && day.getTime() > today.getTime() + leeway) {
        // A warning, not an error: a plan may carry the date its source gives, ahead of time.
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf([field]),
          field,
          message: `de datum ${formatDate(day)} ligt in de toekomst: de site toont de pagina nu al, met die datum, en zet haar in lijsten en feeds voor alles wat eerder kwam`,
          hint: 'Controleer de datum, vooral het jaar (2091 in plaats van 2019?). Klopt de datum, dan kunt u deze waarschuwing laten staan.',
        });
      }
    }
  }
  return issues;
}
