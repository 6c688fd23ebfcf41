import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { planKinds, planStatuses } from './vocabulary.ts';
import { ageRange, citedSources, isoDate, reviewBy, summary, updated, type ReferenceFactory } from './shared.ts';

/** A plan van aanpak, theme or project of a table: `content/plans/<id>.md(x)`. */
export function planSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3).describe('Titel van het plan, thema of project.'),
    summary,
    kind: choiceOf(planKinds).describe('Soort: plan-van-aanpak, thema of project.'),
    table: ref('tables')
      .optional()
      .describe(
        'Id van de ontwikkeltafel waar dit onder valt, bijvoorbeeld ontwikkeltafel-3. Leeg bij een plan van één gemeente buiten de tafels.',
      ),
    parent: ref('plans')
      .optional()
      .describe('Id van het thema of plan waar dit project onder valt (leeg als het er niet onder valt).'),
    status: choiceOf(planStatuses)
      .optional()
      .describe('Stand van zaken volgens de bron. Leeg laten als de bron het niet zegt.'),
    statusNote: z
      .string()
      .min(3)
      .optional()
      .describe(
        'De stand van zaken in de woorden van de bron, met het moment, bijvoorbeeld "Begin september 2019 van start gegaan".',
      ),
    targetGroup: z.string().min(3).optional().describe('Voor wie het plan is (doelgroep), in de woorden van de bron.'),
    ageRange: ageRange.optional().describe('Leeftijdsgroep van de kinderen waar het plan over gaat.'),
    municipalities: z
      .array(ref('organisations'))
      .default([])
      .describe("Id's van de gemeenten waar het plan speelt, als de bron die noemt."),
    date: isoDate.optional().describe('Datum van het plan (JJJJ-MM-DD), alleen als de bron er een noemt.'),
    teams: z.array(ref('teams')).default([]).describe("Id's van de teams die dit plan uitvoeren."),
    people: z
      .array(ref('people'))
      .default([])
      .describe("Id's van personen die de bron bij dit plan noemt en die niet al in een team staan."),
    organisations: z
      .array(ref('organisations'))
      .default([])
      .describe("Id's van organisaties die de bron bij dit plan noemt."),
    sources: citedSources(ref),
    updated,
    reviewBy,
  });
}
