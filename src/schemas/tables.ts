import { z } from 'astro/zod';
import { citedSources, reviewBy, summary, updated, type ReferenceFactory } from './shared.ts';

/** One of the three ontwikkeltafels jeugd: `content/tables/<id>.md`, the body is the table's story. */
export function tableSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3).describe('Naam van de tafel, bijvoorbeeld "Ontwikkeltafel 1".'),
    number: z.number().int().min(1).max(9).describe('Nummer van de tafel (1, 2 of 3).'),
    ambition: z.string().min(10).describe('De ambitie, de zin die begint met "In Twente groeit de jeugd …".'),
    summary,
    boardSponsors: z
      .array(ref('people'))
      .default([])
      .describe("Bestuurlijke trekkers: id's van personen (map content/people)."),
    projectLeaders: z
      .array(ref('people'))
      .default([])
      .describe("Projectleiders: id's van personen (map content/people)."),
    processTeam: ref('teams').optional().describe('Id van het procesteam van deze tafel (map content/teams).'),
    sources: citedSources(ref),
    updated,
    reviewBy,
  });
}
