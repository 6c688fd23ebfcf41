import { fundingSources, labelOf } from '../../schemas/vocabulary.ts';
import { formatDateAt, isoDay, type DatePrecision } from '../dates.ts';
import { describeEntry } from '../describe.ts';
import { registry, type EntryRef } from '../../schemas/index.ts';
import { entryTitle, type AnyEntry, type Entry } from '../entries.ts';
import type { Relations } from '../relations.ts';
import { ageGroups, filterKeys, type FilterKey } from './filters.ts';

/** What an entry's page tells Pagefind besides its text: facets, the result's metadata and its sort key. */
export interface SearchData {
  /** Facet values per key; keys without values are left out. */
  filters: Partial<Record<FilterKey, string[]>>;
  meta: {
    title: string;
    summary: string;
    /** The kind of page, with a capital, shown above a result ("Praktijkvoorbeeld"). */
    type: string;
    /** The entry's own date in Dutch, as precisely as it is known ("november 2019"), only when it has one. */
    date?: string;
  };
  /** `datum`: the entry's date as JJJJ-MM-DD for "newest first". */
  sort: { datum: string };
}

/**
 * Sort key of pages without a date. Pagefind drops pages without the key from a sorted search, so
 * undated pages get one that sorts before every real date: with "newest first" they come last.
 */
export const undatedSortKey = '0000-00-00';

/** The entry's own date and how precisely it is known: a plan's or source's date, a newsletter's edition date. */
function dateOf(entry: AnyEntry): { date: Date; precision?: DatePrecision } | undefined {
  switch (entry.collection) {
    case 'newsletters':
      return { date: entry.data.date, precision: entry.data.datePrecision };
    case 'plans':
    case 'sources':
      return entry.data.date ? { date: entry.data.date } : undefined;
    default:
      return undefined;
  }
}

/**
 * The search data of one entry, from its own fields and its relations only: a plan's table and
 * municipalities, a practice's municipality and funding, a person's teams. Nothing is inferred from text.
 */
export function searchData(entry: AnyEntry, relations: Relations): SearchData {
  const dated = dateOf(entry);
  // The "soort" facet: what a reader calls such a page.
  const kind = registry[entry.collection].noun.one;
  const filters: Record<FilterKey, string[]> = {
    soort: [kind],
    ontwikkeltafel: tablesOf(entry, relations).map(entryTitle),
    plaats: placesOf(entry, relations),
    leeftijd: entry.collection === 'plans' || entry.collection === 'practices' ? ageGroupsOf(entry.data.ageRange) : [],
    financiering:
      entry.collection === 'practices' || entry.collection === 'supportLevels'
        ? entry.data.funding.map((key) => labelOf(fundingSources, key))
        : [],
    jaar: yearsOf(entry, dated?.date),
  };
  return {
    filters: Object.fromEntries(
      filterKeys.map((key) => [key, unique(filters[key])]).filter(([, values]) => values!.length > 0),
    ),
    meta: {
      title: entryTitle(entry),
      summary: describeEntry(entry, (ref) => relations.get(ref)),
      type: kind.charAt(0).toUpperCase() + kind.slice(1),
      ...(dated ? { date: formatDateAt(dated.date, dated.precision) } : {}),
    },
    sort: { datum: dated ? isoDay(dated.date) : undatedSortKey },
  };
}

/** The age groups a range in months overlaps. */
export function ageGroupsOf(range: { fromMonths: number; toMonths: number } | undefined): string[] {
  if (!range) return [];
  const { fromMonths, toMonths } = range;
  if (typeof fromMonths !== 'number' || typeof toMonths !== 'number') return [];
  return ageGroups
    .filter((group) => fromMonths <= group.toMonths && toMonths >= group.fromMonths)
    .map((group) => group.label);
}

/** The name of a municipality without "Gemeente", so it sits beside places: "Gemeente Heerlen" → "Heerlen". */
export function municipalityName(organisation: Entry<'organisations'>): string {
  return entryTitle(organisation).replace(/^Gemeente\s+/i, '');
}

/** The place an organisation stands for: a municipality's own name, otherwise the place the source gives. */
function placeOfOrganisation(organisation: Entry<'organisations'> | undefined): string[] {
  if (!organisation) return [];
  if (organisation.data.kind === 'gemeente') return [municipalityName(organisation)];
  return organisation.data.place ? [organisation.data.place] : [];
}

function placesOf(entry: AnyEntry, relations: Relations): string[] {
  const fromRefs = (refs: readonly (EntryRef<'organisations'> | undefined)[]) =>
    refs.flatMap((ref) => placeOfOrganisation(relations.get(ref)));
  switch (entry.collection) {
    case 'plans':
      return fromRefs(entry.data.municipalities);
    case 'practices':
    case 'teams':
      return fromRefs([entry.data.municipality]);
    case 'organisations':
      return placeOfOrganisation(entry);
    case 'people':
      return fromRefs([entry.data.organisation]);
    default:
      return [];
  }
}

/** The tables an entry belongs to, directly or through the plan or teams it belongs to. */
function tablesOf(entry: AnyEntry, relations: Relations): Entry<'tables'>[] {
  const tableOfPlan = (plan: Entry<'plans'> | undefined): Entry<'tables'>[] => {
    if (!plan) return [];
    const own = relations.get(plan.data.table);
    return own ? [own] : tableOfPlan(relations.get(plan.data.parent));
  };
  const tableOfTeam = (team: Entry<'teams'>): Entry<'tables'>[] => {
    const own = relations.get(team.data.table);
    return own ? [own] : tableOfPlan(relations.get(team.data.plan));
  };
  const ofMemberships = () => relations.memberships(entry).flatMap((membership) => tableOfTeam(membership.team));
  let tables: Entry<'tables'>[];
  switch (entry.collection) {
    case 'tables':
      tables = [entry];
      break;
    case 'plans':
      tables = tableOfPlan(entry);
      break;
    case 'teams':
      tables = tableOfTeam(entry);
      break;
    case 'newsletters':
      tables = relations.resolve(entry.data.mentions.tables);
      break;
    case 'people':
      tables = [
        ...relations.referrers(entry, 'tables', 'boardSponsors'),
        ...relations.referrers(entry, 'tables', 'projectLeaders'),
        ...ofMemberships(),
      ];
      break;
    case 'organisations':
      tables = ofMemberships();
      break;
    default:
      tables = [];
  }
  return uniqueBy(tables, (table) => table.id).sort((a, b) => a.data.number - b.data.number);
}

/** The year of the entry's date; for a practice the year it began, which is the year its page is about. */
function yearsOf(entry: AnyEntry, date: Date | undefined): string[] {
  if (date) return [String(date.getUTCFullYear())];
  return entry.collection === 'practices' && entry.data.since !== undefined ? [String(entry.data.since)] : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(key(value)) ? false : (seen.add(key(value)), true)));
}
