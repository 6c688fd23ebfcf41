import type { z } from 'astro/zod';
import { plainSchemas } from '../schema/plain-schemas.ts';
import { fieldsOf } from '../schema/walk.ts';
import type { CheckContext } from './context.ts';
import { errorAt } from './involved.ts';
import { entryFinder, textField } from './raw-fields.ts';
import type { ContentIssue } from './types.ts';
import { isMunicipalityField, municipalityKind } from '../municipality-fields.ts';

/** A municipality field that names an organisation of another kind (see municipality-fields.ts). */
export function checkMunicipalities({ entries, referencesOf }: CheckContext): ContentIssue[] {
  const find = entryFinder(entries);
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { path, collection, value } of referencesOf(entry)) {
      const field = path[0];
      if (collection !== 'organisations' || typeof field !== 'string' || !isMunicipalityField(field)) continue;
      const organisation = typeof value === 'string' ? find('organisations', value) : undefined;
      const kind = organisation && textField(organisation, 'kind');
      if (!organisation || kind === undefined || kind === municipalityKind) continue;
      const elsewhere = fieldsOf(plainSchemas[entry.collection] as z.ZodType).some((f) => f.name === 'organisations')
        ? ' Doet deze organisatie wel mee, zet haar dan bij organisations.'
        : '';
      issues.push(
        errorAt(
          { entry, path },
          `${entry.file} noemt bij ${field} ${organisation.file}, maar dat is geen gemeente (kind: ${kind})`,
          `Schrijf hier het id van een gemeente (een organisatie met kind: gemeente).${elsewhere} Is het wel een gemeente, zet dan in ${organisation.file} kind: gemeente.`,
        ),
      );
    }
  }
  return issues;
}
