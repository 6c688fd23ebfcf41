import { entryTitle, type AnyEntry, type Ref } from './entries';
import { entryHref } from './urls';

/** One row of a team's member table, ready to render. */
export interface MemberRow {
  name: string;
  href?: string;
  role?: string;
  organisation?: { name: string; href: string };
  kind: 'person' | 'organisation' | 'party' | 'vacancy';
}

/** A member as a team's roster holds it: exactly one of person, organisation, party or vacancy. */
export interface Member {
  person?: Ref;
  organisation?: Ref;
  party?: string;
  vacancy?: string;
  role?: string;
}

/** A team's members with their role and organisation, in roster order. */
export function memberRows(team: AnyEntry, resolve: (ref: Ref) => AnyEntry | undefined): MemberRow[] {
  return (team.data.members as Member[]).map((member): MemberRow => {
    if (member.person) {
      const person = resolve(member.person);
      const organisationRef = person?.data.organisation as Ref | undefined;
      const organisation = organisationRef ? resolve(organisationRef) : undefined;
      return {
        kind: 'person',
        name: person ? entryTitle(person) : member.person.id,
        href: entryHref('people', member.person.id),
        role: member.role ?? (person?.data.role as string | undefined),
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
