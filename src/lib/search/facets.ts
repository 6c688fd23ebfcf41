import { fundingSources, labelOf } from '../../schemas/vocabulary';
import { formatDateAt, isoDay, type DatePrecision } from '../dates';
import { describeEntry } from '../describe';
import { entryTitle, type AnyEntry, type Ref } from '../entries';
import type { Relations } from '../relations';
import { ageGroups, filterKeys, pageKinds, type FilterKey } from './filters';

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

type Data = Record<string, unknown>;

/**
 * The search data of one entry, from its own fields and its relations only: a plan's table and
 * municipalities, a practice's municipality and funding, a person's teams. Nothing is inferred from text.
 */
export function searchData(entry: AnyEntry, relations: Relations<AnyEntry>): SearchData {
  const d = entry.data as Data;
  const resolve = (ref: Ref) => relations.get(ref);
  const date = d.date instanceof Date ? d.date : undefined;
  const kind = pageKinds[entry.collection];
  const filters: Record<FilterKey, string[]> = {
    soort: [kind],
    ontwikkeltafel: tablesOf(entry, relations).map(entryTitle),
    plaats: placesOf(entry, relations),
    leeftijd: ageGroupsOf(d.ageRange),
    financiering: Array.isArray(d.funding) ? d.funding.map((key) => labelOf(fundingSources, String(key))) : [],
    jaar: yearsOf(entry, date),
  };
  return {
    filters: Object.fromEntries(
      filterKeys.map((key) => [key, unique(filters[key])]).filter(([, values]) => values!.length > 0),
    ),
    meta: {
      title: entryTitle(entry),
      summary: describeEntry(entry, resolve),
      type: kind.charAt(0).toUpperCase() + kind.slice(1),
      ...(date ? { date: formatDateAt(date, d.datePrecision as DatePrecision | undefined) } : {}),
    },
    sort: { datum: date ? isoDay(date) : undatedSortKey },
  };
}

/** The age groups a range in months overlaps. */
export function ageGroupsOf(range: unknown): string[] {
  if (!range || typeof range !== 'object') return [];
  const { fromMonths, toMonths } = range as { fromMonths?: unknown; toMonths?: unknown };
  if (typeof fromMonths !== 'number' || typeof toMonths !== 'number') return [];
  return ageGroups
    .filter((group) => fromMonths <= group.toMonths && toMonths >= group.fromMonths)
    .map((group) => group.label);
}

/** The name of a municipality without "Gemeente", so it sits beside places: "Gemeente Heerlen" → "Heerlen". */
export function municipalityName(organisation: AnyEntry): string {
  return entryTitle(organisation).replace(/^Gemeente\s+/i, '');
}

/** The place an organisation stands for: a municipality's own name, otherwise the place the source gives. */
function placeOfOrganisation(organisation: AnyEntry | undefined): string[] {
  if (!organisation || organisation.collection !== 'organisations') return [];
  if (organisation.data.kind === 'gemeente') return [municipalityName(organisation)];
  return typeof organisation.data.place === 'string' ? [organisation.data.place] : [];
}

function refs(value: unknown): Ref[] {
  return Array.isArray(value) ? (value as Ref[]) : value ? [value as Ref] : [];
}

function placesOf(entry: AnyEntry, relations: Relations<AnyEntry>): string[] {
  const d = entry.data as Data;
  const fromRefs = (...values: unknown[]) =>
    values.flatMap(refs).flatMap((ref) => placeOfOrganisation(relations.get(ref)));
  switch (entry.collection) {
    case 'plans':
      return fromRefs(d.municipalities);
    case 'practices':
    case 'teams':
      return fromRefs(d.municipality);
    case 'organisations':
      return placeOfOrganisation(entry);
    case 'people':
      return fromRefs(d.organisation);
    default:
      return [];
  }
}

/** The tables an entry belongs to, directly or through the plan or teams it belongs to. */
function tablesOf(entry: AnyEntry, relations: Relations<AnyEntry>): AnyEntry[] {
  const d = entry.data as Data;
  const get = (ref: unknown) => (ref ? relations.get(ref as Ref) : undefined);
  const tableOfPlan = (plan: AnyEntry | undefined): AnyEntry[] => {
    if (!plan) return [];
    const own = get(plan.data.table);
    return own ? [own] : tableOfPlan(get(plan.data.parent));
  };
  const tableOfTeam = (team: AnyEntry): AnyEntry[] => {
    const own = get(team.data.table);
    return own ? [own] : tableOfPlan(get(team.data.plan));
  };
  const ofMemberships = () => relations.memberships(entry).flatMap((membership) => tableOfTeam(membership.team));
  let tables: AnyEntry[];
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
      tables = refs((d.mentions as Data | undefined)?.tables).flatMap((ref) => get(ref) ?? []);
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
  return uniqueBy(tables, (table) => table.id).sort((a, b) => Number(a.data.number) - Number(b.data.number));
}

/** The year of the entry's date; for a practice the year it began, which is the year its page is about. */
function yearsOf(entry: AnyEntry, date: Date | undefined): string[] {
  if (date) return [String(date.getUTCFullYear())];
  const since = entry.data.since;
  return entry.collection === 'practices' && typeof since === 'number' ? [String(since)] : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(key(value)) ? false : (seen.add(key(value)), true)));
}
