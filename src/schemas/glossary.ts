import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { glossaryDomains } from './vocabulary.ts';
import { citedSources, type ReferenceFactory } from './shared.ts';

/** An abbreviation or term: `content/glossary/<id>.yaml`. */
export function glossarySchema(ref: ReferenceFactory) {
  return z.strictObject({
    term: z.string().min(1).describe('De afkorting of het begrip zoals het in de tekst staat, bijvoorbeeld "VVE".'),
    fullForm: z.string().min(2).describe('Voluit geschreven, bijvoorbeeld "voor- en vroegschoolse educatie".'),
    explanation: z
      .string()
      .min(20)
      .describe('Uitleg in eenvoudig Nederlands (B1) voor iemand uit een ander vakgebied.'),
    domain: choiceOf(glossaryDomains).describe(
      'Vakgebied: onderwijs, jeugdhulp, kinderopvang, gemeente, zorg of recht.',
    ),
    variants: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Andere schrijfwijzen in de bronnen, bijvoorbeeld "ve" en "vve" bij VVE. De site herkent het begrip en deze schrijfwijzen in de tekst: de eerste keer op een pagina wordt een link naar de uitleg.',
      ),
    sources: citedSources(ref),
  });
}
