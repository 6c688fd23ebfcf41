import { entryTitle, type Entry, type Resolve } from './entries.ts';
import { entryHref } from './urls.ts';

/** One row of a team's member table, ready to render. */
export interface MemberRow {
  name: string;
  href?: string;
  role?: string;
  organisation?: { name: string; href: string };
  kind: 'person' | 'organisation' | 'party' | 'vacancy';
}

/** A member as a team's roster holds it: exactly one of person, organisation, party or vacancy. */
export type Member = Entry<'teams'>['data']['members'][number];

/** A team's members with their role and organisation, in roster order. */
export function memberRows(team: Entry<'teams'>, resolve: Resolve): MemberRow[] {
  return team.data.members.map((member): MemberRow => {
    if (member.person) {
      const person = resolve(member.person);
      const organisation = person?.data.organisation ? resolve(person.data.organisation) : undefined;
      return {
        kind: 'person',
        name: person ? entryTitle(person) : member.person.id,
        href: entryHref('people', member.person.id),
        role: member.role ?? person?.data.role,
        organisation: organisation
          ? { name: entryTitle(organisation), href: entryHref('organisations', organisation.id) }
          : undefined,
      };
    }
    if (member.organisation) {
      const organisation = resolve(member.organisation);
      return {
        kind: 'organisation',
        name: organisation ? entryTitle(organisation) : member.organisation.id,
        href: entryHref('organisations', member.organisation.id),
        role: member.role,
      };
    }
    if (member.party) return { kind: 'party', name: member.party, role: member.role };
    return { kind: 'vacancy', name: `Vacature: ${member.vacancy ?? ''}`, role: member.role };
  });
}
