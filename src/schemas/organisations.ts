import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { organisationKinds } from './vocabulary.ts';
import { citedSources, reviewBy, webAddress, type ReferenceFactory } from './shared.ts';

/** A municipality, school, care provider or institution: `content/organisations/<id>.yaml`. */
export function organisationSchema(ref: ReferenceFactory) {
  return z.strictObject({
    name: z.string().min(2).describe('Volledige naam, bijvoorbeeld "Gemeente Hengelo" of "ROC van Twente".'),
    abbreviation: z.string().min(2).optional().describe('Afkorting die de bronnen gebruiken, bijvoorbeeld "RvdK".'),
    kind: choiceOf(organisationKinds).describe(
      'Soort organisatie, bijvoorbeeld gemeente, basisschool of zorgaanbieder.',
    ),
    place: z.string().min(2).optional().describe('Plaats of gemeente van vestiging, als de bron die noemt.'),
    description: z.string().min(3).optional().describe('Korte uitleg uit de bron over wat de organisatie doet.'),
    website: webAddress().optional().describe('Website, alleen als de bron die noemt.'),
    sources: citedSources(ref),
    reviewBy,
  });
}
