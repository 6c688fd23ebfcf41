import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { sourceKinds } from './vocabulary.ts';
import { isoDate, summary, webAddress } from './shared.ts';

/**
 * A source document that content is taken from: `content/sources/<id>.md`. The body holds what the
 * document says as a whole (background, figures, closing questions) that belongs to no single entry.
 */
export function sourceSchema() {
  return z.strictObject({
    title: z.string().min(3).describe('Titel van het document.'),
    kind: choiceOf(sourceKinds).describe('Soort document: plan-van-aanpak, nieuwsbrief, verslag of raadsbrief.'),
    publisher: z
      .string()
      .min(2)
      .optional()
      .describe(
        'Wie het document uitgaf, bijvoorbeeld "Ontwikkeltafels jeugd Twente". Leeg laten als de bron het niet zegt.',
      ),
    date: isoDate.optional().describe('Datum van het document (JJJJ-MM-DD), alleen als die bekend is.'),
    period: z
      .string()
      .min(3)
      .describe('Over welke tijd het document gaat, in woorden, bijvoorbeeld "november 2019" of "ongedateerd".'),
    summary,
    url: webAddress().optional().describe('Openbare vindplaats van het document, als die bekend is.'),
  });
}
