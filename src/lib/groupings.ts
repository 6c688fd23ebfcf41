import { collectionNames, registry, type EntryRef } from '../schemas/index.ts';
import { compareNames, entryTitle, type AnyEntry, type EntryLike, type Entry } from './entries.ts';
import { labelOf, organisationKinds } from '../schemas/vocabulary.ts';

export interface Group<E extends EntryLike = EntryLike> {
  heading?: string;
  entries: E[];
}

/** Plans per table in table order; plans outside the tables last. Projects follow their theme. */
export function groupPlansByTable(
  plans: readonly Entry<'plans'>[],
  tables: readonly Entry<'tables'>[],
): Group<Entry<'plans'>>[] {
  // Children looked up by their parent: a filter per top-level plan took time by the square of the plans.
  const inOrder = (list: Entry<'plans'>[]): Entry<'plans'>[] => {
    const children = Map.groupBy(
      list.filter((plan) => plan.data.parent),
      (plan) => plan.data.parent!.id,
    );
    return list.filter((plan) => !plan.data.parent).flatMap((plan) => [plan, ...(children.get(plan.id) ?? [])]);
  };
  const groups: Group<Entry<'plans'>>[] = tables.map((table) => ({
    heading: entryTitle(table),
    entries: inOrder(plans.filter((plan) => plan.data.table?.id === table.id)),
  }));
  const outside = plans.filter((plan) => !plan.data.table);
  if (outside.length > 0) groups.push({ heading: 'Plannen buiten de ontwikkeltafels', entries: inOrder(outside) });
  return groups.filter((group) => group.entries.length > 0);
}

/** Organisations per kind, in the order of the vocabulary. */
export function groupOrganisationsByKind(
  organisations: readonly Entry<'organisations'>[],
): Group<Entry<'organisations'>>[] {
  return Object.keys(organisationKinds)
    .map((kind) => ({
      heading: labelOf(organisationKinds, kind),
      entries: organisations.filter((organisation) => organisation.data.kind === kind),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Entries per year of a date each one gives, newest year first; the entries keep the order they came in. */
export function groupByYear<E extends EntryLike>(entries: readonly E[], dateOf: (entry: E) => Date): Group<E>[] {
  const years = Map.groupBy(entries, (entry) => dateOf(entry).getUTCFullYear());
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ heading: String(year), entries: list }));
}

/** Terms grouped by their first letter, A–Z. */
export function groupByInitial<E extends EntryLike>(entries: readonly E[]): Group<E>[] {
  const letters = Map.groupBy(
    entries,
    (entry) =>
      entryTitle(entry)
        .normalize('NFD')
        .replace(/[^a-zA-Z]/g, '')
        .charAt(0)
        .toUpperCase() || '#',
  );
  return [...letters.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([heading, list]) => ({ heading, entries: list }));
}

/** Teams per table (directly, or through the plan they work on); teams outside the tables last. */
export function groupTeamsByTable(
  teams: readonly Entry<'teams'>[],
  tables: readonly Entry<'tables'>[],
  resolvePlan: (ref: EntryRef<'plans'>) => Entry<'plans'> | undefined,
): (Group<Entry<'teams'>> & { table?: Entry<'tables'> })[] {
  const tableOf = (team: Entry<'teams'>): string | undefined =>
    team.data.table?.id ?? (team.data.plan ? resolvePlan(team.data.plan)?.data.table?.id : undefined);
  const groups: (Group<Entry<'teams'>> & { table?: Entry<'tables'> })[] = tables.map((table) => ({
    heading: entryTitle(table),
    table,
    entries: teams.filter((team) => tableOf(team) === table.id),
  }));
  const outside = teams.filter((team) => tableOf(team) === undefined);
  if (outside.length > 0) groups.push({ heading: 'Buiten de ontwikkeltafels', entries: outside });
  return groups.filter((group) => group.entries.length > 0);
}

/** Entries per collection, in the registry's order, each group headed by the collection's overview title. */
export function groupByCollection(entries: readonly AnyEntry[]): Group<AnyEntry>[] {
  return collectionNames
    .map((collection) => ({
      heading: registry[collection].label,
      entries: entries.filter((entry) => entry.collection === collection),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Practices per place, places A–Z. */
export function groupPracticesByPlace(practices: readonly Entry<'practices'>[]): Group<Entry<'practices'>>[] {
  const byPlace = Map.groupBy(practices, (practice) => practice.data.place);
  return [...byPlace.keys()].sort(compareNames).map((place) => ({ heading: place, entries: byPlace.get(place)! }));
}
