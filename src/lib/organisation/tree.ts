import type { EntryRef } from '../../schemas/index.ts';
import type { Member } from '../members.ts';
import { entryTitle, refKey, sortByTitle, type Entry, type EntryLike, type Ref, type Resolve } from '../entries.ts';
import { entryHref } from '../urls.ts';
import { labelOf, planKinds, tableRoleLabel } from '../../schemas/vocabulary.ts';

export type OrgNodeKind =
  'root' | 'table' | 'group' | 'plan' | 'team' | 'person' | 'organisation' | 'organisations' | 'party' | 'vacancy';

/** One box of "who does what": a table, plan, team, person, organisation, or a heading that groups them. */
export interface OrgNode {
  kind: OrgNodeKind;
  label: string;
  href?: string;
  /** A role or function, shown after the name. */
  note?: string;
  /** The accessible name, when the label alone does not say enough. */
  name?: string;
  /** The entry this node stands for, when it is one. */
  ref?: Ref;
  children: OrgNode[];
}

export interface OrganisationInput {
  tables: readonly Entry<'tables'>[];
  plans: readonly Entry<'plans'>[];
  teams: readonly Entry<'teams'>[];
  /** Everyone; a person who is on no table, plan or team still gets a place, under the outside root. */
  people?: readonly Entry<'people'>[];
  resolve: Resolve;
}

const sameRef = (a: Ref | undefined, b: EntryLike) => !!a && a.collection === b.collection && a.id === b.id;

function entryNode(kind: OrgNodeKind, entry: EntryLike, children: OrgNode[] = [], note?: string): OrgNode {
  return {
    kind,
    label: entryTitle(entry),
    href: entryHref(entry.collection, entry.id),
    ref: { collection: entry.collection, id: entry.id },
    note,
    children,
  };
}

function group(label: string, children: OrgNode[]): OrgNode[] {
  return children.length > 0 ? [{ kind: 'group', label, children }] : [];
}

/**
 * Who does what, as one tree: each table with its board sponsors and project leaders, its process
 * team, and its plans with their projects, the teams that carry them and the people and organisations
 * on those teams. Plans and teams outside the tables get a root of their own.
 */
export function buildOrganisationTree({ tables, plans, teams, people = [], resolve }: OrganisationInput): OrgNode[] {
  const placedTeams = new Set<string>();
  const placedPlans = new Set<string>();
  // Plans and teams by the plan they belong to, looked up by key: a filter per plan took time by the
  // square of the plans.
  const planKeys = new Set(plans.map(refKey));
  const projectsOf = Map.groupBy(
    plans.filter((plan) => plan.data.parent),
    (plan) => refKey(plan.data.parent!),
  );
  const teamsFor = Map.groupBy(
    teams.filter((team) => team.data.plan),
    (team) => refKey(team.data.plan!),
  );

  const personNode = (ref: EntryRef<'people'>, note?: string): OrgNode => {
    const person = resolve(ref);
    return person
      ? entryNode('person', person, [], note ?? person.data.role)
      : { kind: 'person', label: ref.id, ref, note, children: [] };
  };
  const organisationNode = (ref: EntryRef<'organisations'>, note?: string): OrgNode => {
    const organisation = resolve(ref);
    return organisation
      ? entryNode('organisation', organisation, [], note)
      : { kind: 'organisation', label: ref.id, ref, note, children: [] };
  };

  const memberNode = (member: Member): OrgNode => {
    if (member.person) return personNode(member.person, member.role);
    if (member.organisation) return organisationNode(member.organisation, member.role);
    if (member.party) return { kind: 'party', label: member.party, note: member.role, children: [] };
    return { kind: 'vacancy', label: `Vacature: ${member.vacancy ?? ''}`, note: member.role, children: [] };
  };

  const teamNode = (team: Entry<'teams'>): OrgNode => {
    placedTeams.add(refKey(team));
    return entryNode('team', team, team.data.members.map(memberNode));
  };

  const teamsOfPlan = (plan: Entry<'plans'>): Entry<'teams'>[] => {
    const listed = plan.data.teams.flatMap((ref) => resolve(ref) ?? []);
    const pointing = teamsFor.get(refKey(plan)) ?? [];
    const unique = new Map([...listed, ...pointing].map((team) => [refKey(team), team]));
    return [...unique.values()];
  };

  const planNode = (plan: Entry<'plans'>): OrgNode => {
    placedPlans.add(refKey(plan));
    const projects = projectsOf.get(refKey(plan)) ?? [];
    const kind = labelOf(planKinds, plan.data.kind).toLowerCase();
    return entryNode(
      'plan',
      plan,
      [
        ...projects.map(planNode),
        ...teamsOfPlan(plan).map(teamNode),
        ...group(
          'Betrokken personen',
          plan.data.people.map((ref) => personNode(ref)),
        ),
        ...group(
          'Betrokken organisaties',
          plan.data.organisations.map((ref) => organisationNode(ref)),
        ),
      ],
      kind,
    );
  };

  const isTopLevel = (plan: Entry<'plans'>) => !plan.data.parent || !planKeys.has(refKey(plan.data.parent));

  const roots = tables.map((table) => {
    const processTeam = table.data.processTeam ? resolve(table.data.processTeam) : undefined;
    const tablePlans = plans.filter((plan) => sameRef(plan.data.table, table) && isTopLevel(plan));
    const children: OrgNode[] = [
      ...group(
        tableRoleLabel('boardSponsors', table.data.boardSponsors.length),
        table.data.boardSponsors.map((ref) => personNode(ref)),
      ),
      ...group(
        tableRoleLabel('projectLeaders', table.data.projectLeaders.length),
        table.data.projectLeaders.map((ref) => personNode(ref)),
      ),
      ...(processTeam ? [teamNode(processTeam)] : []),
      ...tablePlans.map(planNode),
    ];
    // Teams that work for the table but for none of its plans.
    const loose = teams.filter(
      (team) => sameRef(team.data.table, table) && !placedTeams.has(refKey(team)) && !team.data.plan,
    );
    children.push(...loose.map(teamNode));
    return entryNode('table', table, children);
  });

  const outsidePlans = plans.filter((plan) => !placedPlans.has(refKey(plan)) && isTopLevel(plan) && !plan.data.table);
  const outside: OrgNode[] = outsidePlans.map(planNode);
  outside.push(...sortByTitle(teams.filter((team) => !placedTeams.has(refKey(team)))).map(teamNode));
  const placedPeople = new Set(
    walkTree([...roots, ...outside]).flatMap((node) => (node.kind === 'person' && node.ref ? [refKey(node.ref)] : [])),
  );
  outside.push(
    ...group(
      'Andere mensen',
      sortByTitle(people.filter((person) => !placedPeople.has(refKey(person)))).map((person) =>
        personNode({ collection: 'people', id: person.id }),
      ),
    ),
  );
  if (outside.length > 0) roots.push({ kind: 'root', label: 'Buiten de ontwikkeltafels', children: outside });
  return roots;
}

/** Every node of a tree, depth first. */
export function walkTree(nodes: readonly OrgNode[]): OrgNode[] {
  return nodes.flatMap((node) => [node, ...walkTree(node.children)]);
}

/**
 * The tree as the diagram draws it: two or more organisations under one box collapse into a single
 * box ("16 organisaties") that links to the page listing them, so that the people stay readable.
 * The lists under the diagram name every organisation.
 */
export function collapseOrganisations(nodes: readonly OrgNode[], listedAt?: OrgNode): OrgNode[] {
  const count = nodes.filter((node) => node.kind === 'organisation').length;
  const summary = (label: string): OrgNode => ({
    kind: 'organisations',
    label,
    href: listedAt?.href,
    // "16 organisaties" says little on its own; a screen reader hears whose they are.
    name: listedAt ? `${label} bij ${listedAt.label}` : undefined,
    children: [],
  });
  const result: OrgNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'organisation' && count >= 2) {
      if (!result.some((done) => done.kind === 'organisations')) result.push(summary(`${count} organisaties`));
      continue;
    }
    const onlyOrganisations =
      node.kind === 'group' &&
      node.children.length > 1 &&
      node.children.every((child) => child.kind === 'organisation');
    if (onlyOrganisations) {
      result.push(summary(`${node.label}: ${node.children.length}`));
      continue;
    }
    result.push({ ...node, children: collapseOrganisations(node.children, node.href ? node : listedAt) });
  }
  return result;
}
