import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { fundingSources } from './vocabulary.ts';
import { citedSources, type ReferenceFactory } from './shared.ts';

/** One level of the support pyramid of the GOAB report: `content/supportLevels/<id>.yaml`. */
export function supportLevelSchema(ref: ReferenceFactory) {
  return z.strictObject({
    name: z.string().min(3).describe('Naam van het niveau, bijvoorbeeld "Nabij / op de groep of locatie".'),
    order: z.number().int().min(1).max(9).describe('Plaats in de piramide: 1 is de basis (onderaan).'),
    share: z
      .string()
      .min(2)
      .optional()
      .describe('Aandeel peuters op dit niveau zoals de bron het geeft, bijvoorbeeld "5 – 20%".'),
    forms: z.array(z.string().min(2)).min(1).describe('Vormen van ondersteuning (voorbeelden uit de bron).'),
    funding: z.array(choiceOf(fundingSources)).min(1).describe('Mogelijke financieringsbronnen volgens de bron.'),
    explanation: z.string().min(10).describe('Uitleg van het niveau in eenvoudig Nederlands, uit de bron.'),
    sources: citedSources(ref),
  });
}
