import { z } from 'astro/zod';
import { choiceOf } from './choice.ts';
import { teamKinds } from './vocabulary.ts';
import { citedSources, reviewBy, summary, updated, type ReferenceFactory } from './shared.ts';

/**
 * One seat on a team: a person, an organisation that sends someone (as the sources often say), a
 * party the source names without naming an organisation ("verloskundige"), or a vacancy.
 * One object with exactly one of them keeps editors' YAML flat and errors readable.
 */
function memberSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      person: ref('people').optional().describe('Id van een persoon (map content/people).'),
      organisation: ref('organisations')
        .optional()
        .describe('Id van een organisatie die deelneemt of iemand afvaardigt (map content/organisations).'),
      party: z
        .string()
        .min(2)
        .optional()
        .describe(
          'Een deelnemer zonder eigen pagina, in de woorden van de bron, bijvoorbeeld "verloskundige" of "wijkteam".',
        ),
      vacancy: z
        .string()
        .min(3)
        .optional()
        .describe('Een open plek, in de woorden van de bron, bijvoorbeeld "zorgaanbieder(s)".'),
      role: z.string().min(2).optional().describe('Rol of functie in dit team, bijvoorbeeld "projectleider".'),
    })
    .refine((m) => [m.person, m.organisation, m.party, m.vacancy].filter((v) => v !== undefined).length === 1, {
      message:
        'een lid heeft precies één van person, organisation, party of vacancy: vul er één in en haal de andere weg',
    });
}

/** A roster: a process team, development team, project group, …: `content/teams/<id>.yaml`. */
export function teamSchema(ref: ReferenceFactory) {
  return z.strictObject({
    name: z.string().min(3).describe('Naam van het team, bijvoorbeeld "Procesteam ontwikkeltafel 2".'),
    kind: choiceOf(teamKinds).describe(
      'Soort team: procesteam, ontwikkelteam, projectgroep, procesbegeleiders, werkgroep, bestuurlijke-trekkers of pilotscholen.',
    ),
    summary,
    table: ref('tables').optional().describe('Id van de ontwikkeltafel waar dit team voor werkt.'),
    plan: ref('plans').optional().describe('Id van het plan of project waar dit team voor werkt.'),
    municipality: ref('organisations')
      .optional()
      .describe('Id van de gemeente, voor een lokaal team zoals een werkgroep.'),
    members: z.array(memberSchema(ref)).min(1).describe('De leden, in de volgorde van de bron.'),
    note: z
      .string()
      .min(3)
      .optional()
      .describe('Aanvulling uit de bron over het team, bijvoorbeeld wie het proces volgt.'),
    sources: citedSources(ref),
    updated,
    reviewBy,
  });
}
