import { z } from 'astro/zod';
import { citedSources, reviewBy, type ReferenceFactory } from './shared.ts';

/** One person, once, however many teams they sit on: `content/people/<id>.yaml`. */
export function personSchema(ref: ReferenceFactory) {
  return z.strictObject({
    name: z.string().min(3).describe('Voor- en achternaam zoals de bron die schrijft.'),
    role: z.string().min(2).optional().describe('Functie, bijvoorbeeld "beleidsadviseur" of "wethouder".'),
    organisation: ref('organisations')
      .optional()
      .describe('Id van de organisatie waar de persoon werkt (map content/organisations).'),
    email: z.email().optional().describe('Openbaar e-mailadres voor het werk, alleen als de bron het geeft.'),
    sources: citedSources(ref),
    reviewBy,
  });
}
