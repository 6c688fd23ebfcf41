import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { collectionNames, registry, type CollectionName } from '../../src/schemas/index.ts';
import {
  fundingSources,
  glossaryDomains,
  keysOf,
  organisationKinds,
  planKinds,
  planStatuses,
  practiceStatuses,
  sourceKinds,
  teamKinds,
} from '../../src/schemas/vocabulary.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { abbreviationsIn } from '../../src/lib/content-check/abbreviations.ts';
import { nameKey, spellingKey } from '../../src/lib/text-keys.ts';
import { Random } from './random.ts';
import { TextMaker, capitalise, slugify } from './text.ts';
import type { WordList } from './words.ts';

/**
 * How a growing site divides its entries over the collections, in percent of the entries that grow
 * with the site. Derived from the real content (190 entries when this was written: 83 organisations,
 * 32 glossary terms, 30 people, 15 plans, 9 practices, 8 teams, 5 sources, 4 support levels,
 * 3 tables, 1 newsletter), with two corrections for growth: the glossary of a region levels off, and
 * newsletters, plans and practices are what the region expects hundreds of (issue 9).
 */
export const growingShares = {
  people: 28,
  organisations: 28,
  plans: 12,
  practices: 10,
  newsletters: 6,
  teams: 6,
  glossary: 5,
  sources: 5,
} as const satisfies Partial<Record<CollectionName, number>>;

/** The smallest corpus that has at least one entry of every kind the references need. */
export const minimumSize = 40;

/** How many entries of each collection a corpus of `size` entries has; the counts add up to `size`. */
export function corpusCounts(size: number): Record<CollectionName, number> {
  if (!Number.isInteger(size) || size < minimumSize) {
    throw new Error(`A corpus needs at least ${minimumSize} entries, not ${size}.`);
  }
  // The support pyramid has four levels; a table's number is 1–9. Neither grows with the content.
  const supportLevels = 4;
  const tables = Math.min(9, Math.max(3, Math.round(size / 600)));
  const growing = size - supportLevels - tables;
  const shares = Object.entries(growingShares) as [keyof typeof growingShares, number][];
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  const exact = shares.map(([name, share]) => ({ name, exact: (growing * share) / total }));
  const counts = Object.fromEntries(exact.map(({ name, exact: e }) => [name, Math.floor(e)])) as Record<
    keyof typeof growingShares,
    number
  >;
  // Largest remainder: hand out what rounding down left over.
  let left = growing - Object.values(counts).reduce((a, b) => a + b, 0);
  for (const { name } of [...exact].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.name.localeCompare(b.name))) {
    if (left-- <= 0) break;
    counts[name] += 1;
  }
  return { ...counts, tables, supportLevels };
}

export interface CorpusEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** Markdown body, for the collections stored as Markdown. */
  body?: string;
}

export interface CorpusOptions {
  size: number;
  words: WordList;
  seed?: number;
}

/** A number between `min` and `max`, more often low than high (`skew` > 1: lower still), as body lengths are. */
function skewedLength(random: Random, min: number, max: number, skew: number): number {
  return Math.round(min * (max / min) ** (random.next() ** skew));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const seasons = [
  'Winter',
  'Winter',
  'Lente',
  'Lente',
  'Lente',
  'Zomer',
  'Zomer',
  'Zomer',
  'Herfst',
  'Herfst',
  'Herfst',
  'Winter',
];

/**
 * Generates a synthetic corpus: `size` entries over all collections, every reference pointing at an
 * entry that exists, every entry citing a source. The same options give the same corpus.
 */
export function generateCorpus({ size, words, seed = 20_240_901 }: CorpusOptions): CorpusEntry[] {
  const counts = corpusCounts(size);
  const random = new Random(seed);
  const text = new TextMaker(words, random);

  // Names and ids first, so that every entry can refer to any other, in any order.
  const taken = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set()]));
  const uniqueId = (collection: CollectionName, label: string): string => {
    const set = taken.get(collection)!;
    const base = slugify(label) || collection.toLowerCase();
    let id = base;
    for (let n = 2; set.has(id); n++) id = `${base}-${n}`;
    set.add(id);
    return id;
  };
  // Names are unique per collection too, as the content check compares them (case, accents and
  // punctuation aside): two entries of one name cannot be told apart.
  const takenNames = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set()]));
  const uniqueName = (collection: CollectionName, label: string): string => {
    const set = takenNames.get(collection)!;
    let name = label;
    for (let n = 2; set.has(nameKey(name)); n++) name = `${label} ${n}`;
    set.add(nameKey(name));
    return name;
  };
  const named = (collection: CollectionName, label: (i: number) => string) =>
    Array.from({ length: counts[collection] }, (_, i) => {
      const title = uniqueName(collection, label(i));
      return { id: uniqueId(collection, title), title };
    });

  const municipalityCount = Math.max(2, Math.round(counts.organisations * 0.15));
  const places = Array.from({ length: municipalityCount }, () => capitalise(text.longWord(5)));
  const sources = named('sources', () => text.title(3, 7));
  const organisations = named('organisations', (i) =>
    i < municipalityCount ? `Gemeente ${places[i]}` : text.title(1, 4),
  );
  const municipalities = organisations.slice(0, municipalityCount);
  const people = named('people', () => `${capitalise(text.longWord(3))} ${capitalise(text.longWord(5))}`);
  const supportLevels = named('supportLevels', () => text.title(1, 5));
  const glossary = named('glossary', () => text.phrase(2, 5));
  const tables = named('tables', (i) => `Ontwikkeltafel ${i + 1}`);
  const teams = named('teams', () => text.title(2, 5));
  const plans = named('plans', () => text.title(2, 7));
  const practices = named('practices', () => text.title(2, 7));
  const newsletters = named('newsletters', () => text.title(1, 4));

  const ids = (list: { id: string }[]) => list.map((e) => e.id);
  const cite = () => random.some(ids(sources), random.int(1, 2));
  const links = [
    ...tables.map((e) => ({ label: e.title, path: entryPath('tables', e.id) })),
    ...plans.map((e) => ({ label: e.title, path: entryPath('plans', e.id) })),
    ...organisations.map((e) => ({ label: e.title, path: entryPath('organisations', e.id) })),
  ];
  const ageRange = () => {
    const from = random.int(-10, 48);
    const to = from + random.int(6, 150);
    return { fromMonths: from, toMonths: to, label: `${from} tot ${to} maanden` };
  };
  const entries: CorpusEntry[] = [];
  const add = (collection: CollectionName, id: string, data: Record<string, unknown>, body?: string) =>
    entries.push({ collection, id, data: withoutUndefined(data), body });

  sources.forEach(({ id, title }) => {
    const date = random.chance(0.7)
      ? new Date(Date.UTC(random.int(2015, 2025), random.int(0, 11), random.int(1, 28)))
      : undefined;
    add(
      'sources',
      id,
      {
        title,
        kind: random.pick(keysOf(sourceKinds)),
        publisher: text.title(2, 4),
        date: date && isoDay(date),
        period: date ? `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}` : 'ongedateerd',
        summary: text.summary(),
        url: random.chance(0.3) ? `https://example.org/bronnen/${id}.pdf` : undefined,
      },
      random.chance(0.5) ? text.markdown(skewedLength(random, 50, 300, 1)) : '',
    );
  });

  organisations.forEach(({ id, title }, i) => {
    const isMunicipality = i < municipalityCount;
    add('organisations', id, {
      name: title,
      abbreviation: !isMunicipality && random.chance(0.15) ? initials(title).padEnd(2, 'O') : undefined,
      kind: isMunicipality ? 'gemeente' : random.pick(keysOf(organisationKinds).filter((k) => k !== 'gemeente')),
      place: isMunicipality ? places[i] : random.chance(0.6) ? random.pick(places) : undefined,
      description: random.chance(0.6) ? text.sentence(8, 30) : undefined,
      website: random.chance(0.2) ? `https://example.org/${id}/` : undefined,
      sources: cite(),
    });
  });

  people.forEach(({ id, title }) => {
    add('people', id, {
      name: title,
      role: random.chance(0.8) ? text.phrase(1, 4) : undefined,
      organisation: random.chance(0.85) ? random.pickSkewed(ids(organisations)) : undefined,
      email: random.chance(0.2) ? `${id}@example.org` : undefined,
      sources: cite(),
    });
  });

  supportLevels.forEach(({ id, title }, i) => {
    add('supportLevels', id, {
      name: title.length >= 3 ? title : `${title} niveau`,
      order: i + 1,
      share: random.chance(0.5) ? `${random.int(1, 20)} – ${random.int(21, 85)}%` : undefined,
      forms: Array.from({ length: random.int(1, 4) }, () => capitalise(text.phrase(2, 5))),
      funding: random.some(keysOf(fundingSources), random.int(1, 3), false),
      explanation: text.paragraph(),
      sources: cite(),
    });
  });

  // The text uses the real content's abbreviations (VVE, OAB, …). As on the real site, the glossary
  // explains every one of them, so the content check has nothing to warn about: the first terms are
  // those abbreviations, and with fewer terms than abbreviations the rest become variants.
  const abbreviations = [...new Set(words.words.flatMap((w) => abbreviationsIn(w)))].sort();
  const spare = abbreviations.slice(glossary.length);
  // A spelling belongs to one term: made-up initials step aside for the abbreviations and each other.
  const spellings = new Set(abbreviations.map(spellingKey));
  const uniqueTerm = (initialsOfTitle: string): string => {
    let term = initialsOfTitle;
    for (let n = 2; spellings.has(spellingKey(term)); n++) term = `${initialsOfTitle}${n}`;
    spellings.add(spellingKey(term));
    return term;
  };
  glossary.forEach(({ id, title }, i) => {
    const term = abbreviations[i] ?? uniqueTerm(initials(title));
    const variants = spare.filter((_, j) => j % glossary.length === i);
    add('glossary', id, {
      term,
      fullForm: title.length >= 2 ? title : `${title} voluit`,
      explanation: `${text.sentence(6, 18)} ${random.chance(0.5) ? text.sentence(6, 18) : ''}`.trim(),
      domain: random.pick(keysOf(glossaryDomains)),
      variants: variants.length > 0 ? variants : random.chance(0.3) ? [term.toLowerCase()] : undefined,
      sources: cite(),
    });
  });

  const processTeams = random.some(ids(teams), tables.length, false);
  tables.forEach(({ id, title }, i) => {
    add(
      'tables',
      id,
      {
        title,
        number: i + 1,
        ambition: `In Twente groeit de jeugd ${text.phrase(4, 10)}`,
        summary: text.summary(),
        boardSponsors: random.some(ids(people), random.int(1, 3)),
        projectLeaders: random.some(ids(people), random.int(1, 2)),
        processTeam: processTeams[i],
        sources: cite(),
      },
      text.markdown(skewedLength(random, 300, 600, 1), links),
    );
  });

  // Each plan's kind, table and parent, decided before the teams that work for the plans: the
  // content check stops a team, its plan and the plan's parent that belong to different tables.
  const planKindList = plans.map(() => {
    const roll = random.next();
    return roll < 0.6 ? 'project' : roll < 0.85 ? 'thema' : 'plan-van-aanpak';
  });
  const planIndex = new Map(plans.map(({ id }, i) => [id, i]));
  const planTables: (string | undefined)[] = [];
  const planParents: (string | undefined)[] = [];
  plans.forEach((_, i) => {
    // A project hangs under an earlier theme or plan, so the tree has no cycles, and in its table.
    const parents = plans.slice(0, i).filter((_, j) => planKindList[j] !== 'project');
    const table = random.chance(0.8) ? random.pick(ids(tables)) : undefined;
    const parent =
      planKindList[i] === 'project' && parents.length > 0 && random.chance(0.5) ? random.pick(parents).id : undefined;
    planTables.push(parent === undefined ? table : (planTables[planIndex.get(parent)!] ?? table));
    planParents.push(parent);
  });

  // A process team is of kind procesteam and works for the table that names it; no other team is.
  const tableOfProcessTeam = new Map(processTeams.map((team, i) => [team, tables[i]!.id]));
  const otherTeamKinds = keysOf(teamKinds).filter((kind) => kind !== 'procesteam');
  const teamTables = new Map<string, string | undefined>();
  teams.forEach(({ id, title }) => {
    // Mostly people, some organisations, now and then a party without a page or a vacancy.
    const size = random.int(3, 12);
    const seatPeople = random.some(ids(people), Math.round(size * 0.8));
    const seatOrganisations = random.some(ids(organisations), size - seatPeople.length);
    const role = () => (random.chance(0.7) ? text.phrase(1, 4) : undefined);
    const members = [
      ...seatPeople.map((person) => ({ person, role: role() })),
      ...seatOrganisations.map((organisation) => ({ organisation, role: role() })),
      ...(random.chance(0.2) ? [{ party: text.longWord(3), role: role() }] : []),
      ...(random.chance(0.1) ? [{ vacancy: text.phrase(1, 3) }] : []),
    ];
    const served = tableOfProcessTeam.get(id);
    const kind = served === undefined ? random.pick(otherTeamKinds) : 'procesteam';
    const drawnTable = random.chance(0.6) ? random.pick(ids(tables)) : undefined;
    const plan = served === undefined && random.chance(0.5) ? random.pickSkewed(ids(plans)) : undefined;
    const table = served ?? (plan === undefined ? undefined : planTables[planIndex.get(plan)!]) ?? drawnTable;
    teamTables.set(id, table);
    add('teams', id, {
      name: title,
      kind,
      summary: text.summary(),
      table,
      plan,
      municipality: random.chance(0.1) ? random.pick(ids(municipalities)) : undefined,
      members: members.map(withoutUndefined),
      note: random.chance(0.2) ? text.sentence() : undefined,
      sources: cite(),
    });
  });
  // The teams a plan may list: with a table, those of that table and those of none.
  const teamsFor = (table: string | undefined) =>
    ids(teams).filter((team) => table === undefined || (teamTables.get(team) ?? table) === table);

  plans.forEach(({ id, title }, i) => {
    const kind = planKindList[i]!;
    const date = random.chance(0.4)
      ? new Date(Date.UTC(random.int(2015, 2025), random.int(0, 11), random.int(1, 28)))
      : undefined;
    add(
      'plans',
      id,
      {
        title,
        summary: text.summary(),
        kind: kind as keyof typeof planKinds,
        table: planTables[i],
        parent: planParents[i],
        status: random.chance(0.7) ? random.pick(keysOf(planStatuses)) : undefined,
        statusNote: random.chance(0.4) ? text.sentence(4, 12) : undefined,
        targetGroup: random.chance(0.4) ? text.phrase(3, 8) : undefined,
        ageRange: random.chance(0.3) ? ageRange() : undefined,
        municipalities: random.some(ids(municipalities), random.int(0, 3)),
        date: date && isoDay(date),
        teams: random.some(teamsFor(planTables[i]), random.int(0, 2)),
        people: random.some(ids(people), random.int(0, 4)),
        organisations: random.some(ids(organisations), random.int(0, 5)),
        sources: cite(),
      },
      text.markdown(skewedLength(random, 90, 1000, 1.5), links),
    );
  });

  practices.forEach(({ id, title }) => {
    const municipality = random.pick(municipalities);
    add(
      'practices',
      id,
      {
        title,
        summary: text.summary(),
        place: places[municipalities.indexOf(municipality)] ?? 'Twente',
        municipality: municipality.id,
        organisations: random.some(ids(organisations), random.int(0, 5)),
        since: random.chance(0.5) ? random.int(2000, 2024) : undefined,
        status: random.pick(keysOf(practiceStatuses)),
        statusNote: random.chance(0.5) ? text.sentence(4, 12) : undefined,
        ageRange: random.chance(0.6) ? ageRange() : undefined,
        supportLevels: random.some(ids(supportLevels), random.int(1, 2), false),
        themes: Array.from({ length: random.int(0, 5) }, () => text.longWord(4).toLowerCase()),
        funding: random.some(keysOf(fundingSources), random.int(0, 3), false),
        staffing: random.chance(0.3) ? text.phrase(2, 6) : undefined,
        sources: cite(),
      },
      text.markdown(skewedLength(random, 80, 700, 0.6), links),
    );
  });

  // Dates lie in the past, as the content check expects of them (a date after today is a warning).
  const end = Date.UTC(2025, 11, 1);
  newsletters.forEach(({ id, title }, i) => {
    // Editions follow each other roughly monthly, the last one in 2025, so the archive spans many years.
    const monthsBefore = newsletters.length - 1 - i;
    const date = new Date(end - monthsBefore * 30 * 86_400_000 - random.int(0, 20) * 86_400_000);
    add(
      'newsletters',
      id,
      {
        title: title.length >= 3 ? title : `${title} nieuws`,
        edition: `${seasons[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
        date: isoDay(date),
        summary: text.summary(),
        mentions: {
          tables: random.some(ids(tables), random.int(0, 3)),
          plans: random.some(ids(plans), random.int(0, 8)),
          practices: random.some(ids(practices), random.int(0, 5)),
          teams: random.some(ids(teams), random.int(0, 4)),
          people: random.some(ids(people), random.int(0, 15)),
          organisations: random.some(ids(organisations), random.int(0, 20)),
        },
        sources: cite(),
      },
      text.markdown(skewedLength(random, 800, 3500, 1), links),
    );
  });

  return entries;
}

function initials(title: string): string {
  return title
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function withoutUndefined<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as T;
}

/** Marks a folder as written by `writeCorpus`, so that it may be emptied and written again. */
export const corpusMarker = '.synthetic-corpus';

/**
 * Writes a corpus as content files under `dir`, replacing what an earlier corpus left there. Refuses
 * any other folder that has files in it, so a wrong path can never empty the real `content/`.
 */
export function writeCorpus(dir: string, entries: readonly CorpusEntry[]): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0 && !fs.existsSync(path.join(dir, corpusMarker))) {
    throw new Error(`${dir} has files that no synthetic corpus wrote; write the corpus to an empty or new folder.`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, corpusMarker), 'Synthetic content for npm run bench; safe to delete.\n');
  for (const collection of collectionNames) fs.mkdirSync(path.join(dir, collection), { recursive: true });
  for (const { collection, id, data, body } of entries) {
    // Quoted strings, as editors write them: unquoted "ja"/"no" or a date-like title could change type.
    const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    const format = registry[collection].formats[0];
    const text = format === 'yaml' ? yaml : `---\n${yaml}---\n\n${body ?? ''}`;
    fs.writeFileSync(path.join(dir, collection, `${id}.${format}`), text);
  }
}
