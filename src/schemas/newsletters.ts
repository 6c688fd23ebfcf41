import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { datePrecisions } from './vocabulary.ts';
import { citedSources, isoDate, reviewBy, summary, updated, type ReferenceFactory } from './shared.ts';

/** One edition of the newsletter: `content/newsletters/<id>.md(x)`, the body is the edition's text. */
export function newsletterSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3).describe('Titel van deze editie, bijvoorbeeld "Volop beweging".'),
    edition: z.string().min(3).describe('Naam van de editie, bijvoorbeeld "Herfst 2019".'),
    date: isoDate.describe('Verschijningsdatum (JJJJ-MM-DD). Bepaalt de volgorde in het archief en in de RSS-feed.'),
    datePrecision: choiceOf(datePrecisions)
      .default('dag')
      .describe(
        'Hoe precies de datum bekend is: dag, of maand als alleen de maand bekend is (schrijf dan de 1e als dag). Bij maand toont de site alleen maand en jaar.',
      ),
    summary,
    mentions: z
      .strictObject({
        tables: z.array(ref('tables')).default([]).describe('Ontwikkeltafels die deze editie noemt.'),
        plans: z.array(ref('plans')).default([]).describe("Plannen, thema's en projecten die deze editie noemt."),
        practices: z.array(ref('practices')).default([]).describe('Praktijkvoorbeelden die deze editie noemt.'),
        teams: z.array(ref('teams')).default([]).describe('Teams die deze editie noemt.'),
        people: z.array(ref('people')).default([]).describe('Personen die deze editie noemt.'),
        organisations: z.array(ref('organisations')).default([]).describe('Organisaties die deze editie noemt.'),
      })
      .default({ tables: [], plans: [], practices: [], teams: [], people: [], organisations: [] })
      .describe(
        'Pagina\'s op deze site waar de editie over gaat; de site linkt ernaar onderaan de pagina, per soort ("Plannen en projecten in dit nummer").',
      ),
    sources: citedSources(ref),
    // A newsletter without `updated` shows its own date, not the file's (src/lib/last-updated.ts).
    updated: updated.describe(
      'Datum (JJJJ-MM-DD) waarop de nieuwsbrief voor het laatst is bijgewerkt. Laat leeg: dan toont de site de verschijningsdatum (date).',
    ),
    reviewBy,
  });
}
