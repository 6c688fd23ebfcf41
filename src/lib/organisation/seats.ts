import { compareNames, entryTitle, refKey, type Entry } from '../entries.ts';
import type { Relations } from '../relations.ts';

/** A team an organisation is on: by itself, or through one or more of its people. */
export interface TeamSeat {
  team: Entry<'teams'>;
  /** How: the role the roster gives the organisation, or "via <person> (<role>)". */
  notes: string[];
}

/**
 * Every team an organisation takes part in, directly or through its people, A–Z. The content
 * usually names either the organisation or the person, not both, so a reader needs both ways.
 */
export function organisationTeams(organisation: Entry<'organisations'>, relations: Relations): TeamSeat[] {
  const seats = new Map<string, TeamSeat>();
  const add = (team: Entry<'teams'>, note: string | undefined) => {
    const seat = seats.get(refKey(team)) ?? { team, notes: [] };
    if (note && !seat.notes.includes(note)) seat.notes.push(note);
    seats.set(refKey(team), seat);
  };
  for (const { team, role } of relations.memberships(organisation)) add(team, role);
  for (const person of relations.referrers(organisation, 'people', 'organisation')) {
    for (const { team, role } of relations.memberships(person))
      add(team, `via ${entryTitle(person)}${role ? ` (${role})` : ''}`);
  }
  return [...seats.values()].sort((a, b) => compareNames(entryTitle(a.team), entryTitle(b.team)));
}
