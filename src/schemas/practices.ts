import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { fundingSources, practiceStatuses } from './vocabulary.ts';
import { ageRange, citedSources, reviewBy, summary, updated, type ReferenceFactory } from './shared.ts';

/** A practice example (praktijkvoorbeeld): `content/practices/<id>.md(x)`. */
export function practiceSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3).describe('Naam van het praktijkvoorbeeld, bijvoorbeeld "Vliegende Brigade".'),
    summary,
    place: z.string().min(2).describe('Plaats waar het voorbeeld loopt, bijvoorbeeld "Heerlen".'),
    municipality: ref('organisations').describe(
      'Id van de gemeente (map content/organisations), bijvoorbeeld gemeente-heerlen.',
    ),
    organisations: z
      .array(ref('organisations'))
      .default([])
      .describe("Id's van de organisaties die het voorbeeld uitvoeren of eraan meewerken."),
    since: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .describe('Jaar waarin het voorbeeld begon, als de bron het noemt.'),
    status: choiceOf(practiceStatuses).describe(
      'Stand van zaken: lopend, pilot, in-ontwikkeling, in-onderzoek of gepland.',
    ),
    statusNote: z
      .string()
      .min(3)
      .optional()
      .describe(
        'De stand van zaken in de woorden van de bron, in een hele zin, bijvoorbeeld "Nog een pilot, tot 2025."',
      ),
    ageRange: ageRange.optional().describe('Leeftijd van de kinderen, in maanden.'),
    supportLevels: z
      .array(ref('supportLevels'))
      .min(1)
      .describe(
        'Niveau(s) van ondersteuning uit de piramide (map content/supportLevels), bijvoorbeeld nabij-op-de-groep.',
      ),
    themes: z.array(z.string().min(2)).default([]).describe('Onderwerpen, bijvoorbeeld "gedrag" of "taal".'),
    funding: z
      .array(choiceOf(fundingSources))
      .default([])
      .describe('Waar het geld vandaan komt, volgens de bron: een of meer financieringsbronnen.'),
    staffing: z
      .string()
      .min(2)
      .optional()
      .describe('Personele inzet of verhouding, in de woorden van de bron, bijvoorbeeld "leidster-kindratio 8:2".'),
    sources: citedSources(ref),
    updated,
    reviewBy,
  });
}
