import { entryTitle, type AnyEntry, type Ref } from './entries';
import { labelOf, organisationKinds } from '../schemas/vocabulary';

export interface Group<E extends AnyEntry = AnyEntry> {
  heading?: string;
  entries: E[];
}

/** Plans per table in table order; plans outside the tables last. Projects follow their theme. */
export function groupPlansByTable<E extends AnyEntry>(plans: readonly E[], tables: readonly AnyEntry[]): Group<E>[] {
  const inOrder = (list: E[]): E[] => {
    const topLevel = list.filter((plan) => !plan.data.parent);
    return topLevel.flatMap((plan) => [
      plan,
      ...list.filter((child) => (child.data.parent as Ref | undefined)?.id === plan.id),
    ]);
  };
  const groups: Group<E>[] = tables.map((table) => ({
    heading: entryTitle(table),
    entries: inOrder(plans.filter((plan) => (plan.data.table as Ref | undefined)?.id === table.id)),
  }));
  const outside = plans.filter((plan) => !plan.data.table);
  if (outside.length > 0) groups.push({ heading: 'Plannen buiten de ontwikkeltafels', entries: inOrder(outside) });
  return groups.filter((group) => group.entries.length > 0);
}

/** Organisations per kind, in the order of the vocabulary. */
export function groupOrganisationsByKind<E extends AnyEntry>(organisations: readonly E[]): Group<E>[] {
  return Object.keys(organisationKinds)
    .map((kind) => ({
      heading: labelOf(organisationKinds, kind),
      entries: organisations.filter((organisation) => organisation.data.kind === kind),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Newsletters per year, newest year first; the entries keep the order they came in. */
export function groupByYear<E extends AnyEntry>(entries: readonly E[], field = 'date'): Group<E>[] {
  const years = new Map<number, E[]>();
  for (const entry of entries) {
    const year = (entry.data[field] as Date).getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ heading: String(year), entries: list }));
}

/** Terms grouped by their first letter, A–Z. */
export function groupByInitial<E extends AnyEntry>(entries: readonly E[]): Group<E>[] {
  const letters = new Map<string, E[]>();
  for (const entry of entries) {
    const initial =
      entryTitle(entry)
        .normalize('NFD')
        .replace(/[^a-zA-Z]/g, '')
        .charAt(0)
        .toUpperCase() || '#';
    letters.set(initial, [...(letters.get(initial) ?? []), entry]);
  }
  return [...letters.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([heading, list]) => ({ heading, entries: list }));
}

/** Teams per table (directly, or through the plan they work on); teams outside the tables last. */
export function groupTeamsByTable<E extends AnyEntry>(
  teams: readonly E[],
  tables: readonly AnyEntry[],
  resolve: (ref: Ref) => AnyEntry | undefined,
): (Group<E> & { table?: AnyEntry })[] {
  const tableOf = (team: E): string | undefined => {
    const direct = team.data.table as Ref | undefined;
    if (direct) return direct.id;
    const plan = team.data.plan ? resolve(team.data.plan as Ref) : undefined;
    return (plan?.data.table as Ref | undefined)?.id;
  };
  const groups: (Group<E> & { table?: AnyEntry })[] = tables.map((table) => ({
    heading: entryTitle(table),
    table,
    entries: teams.filter((team) => tableOf(team) === table.id),
  }));
  const outside = teams.filter((team) => tableOf(team) === undefined);
  if (outside.length > 0) groups.push({ heading: 'Buiten de ontwikkeltafels', entries: outside });
  return groups.filter((group) => group.entries.length > 0);
}
