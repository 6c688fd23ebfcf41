import type { CollectionName, EntryRef } from '../schemas/index.ts';
import {
  fundingSources,
  glossaryDomains,
  labelOf,
  organisationKinds,
  planKinds,
  planStatuses,
  practiceStatuses,
  sourceKinds,
  tableRoleLabel,
  teamKinds,
} from '../schemas/vocabulary.ts';
import { formatDate, formatDateAt, isoAt, isoDay } from './dates.ts';
import { entryTitle, type AnyEntry, type Resolve } from './entries.ts';
import { entryHref, href } from './urls.ts';
import { domainPath } from './glossary/domains.ts';

/** One value of a fact: plain text, a link, or a date. */
export interface FactValue {
  text: string;
  href?: string;
  datetime?: string;
}

/** A labelled fact on an entry's page ("Plaats: Heerlen"). Facts without values are left out. */
export interface Fact {
  label: string;
  values: FactValue[];
}

/** Looks up referenced entries; pages pass the site's relations. */
export type Resolver = Resolve;

function text(value: string | number | undefined): FactValue[] {
  return typeof value === 'string' && value !== ''
    ? [{ text: value }]
    : typeof value === 'number'
      ? [{ text: String(value) }]
      : [];
}

function texts(values: readonly string[] | undefined): FactValue[] {
  return (values ?? []).flatMap(text);
}

function link<C extends CollectionName>(resolve: Resolver, ref: EntryRef<C> | undefined): FactValue[] {
  const entry = ref ? resolve(ref) : undefined;
  return entry ? [{ text: entryTitle(entry), href: entryHref(entry.collection, entry.id) }] : [];
}

function links<C extends CollectionName>(resolve: Resolver, refs: readonly EntryRef<C>[] | undefined): FactValue[] {
  return (refs ?? []).flatMap((ref) => link(resolve, ref));
}

function date(value: Date | undefined): FactValue[] {
  return value ? [{ text: formatDate(value), datetime: isoDay(value) }] : [];
}

function labels(vocabulary: Record<string, string>, value: string | readonly string[] | undefined): FactValue[] {
  const values = typeof value === 'string' ? [value] : (value ?? []);
  return values.map((v) => ({ text: labelOf(vocabulary, v) }));
}

function webAddress(value: string | undefined, href = value): FactValue[] {
  return value ? [{ text: value, href }] : [];
}

function facts(list: Fact[]): Fact[] {
  return list.filter((fact) => fact.values.length > 0);
}

/** The facts shown at the top of an entry's page, per collection, in the order a reader needs them. */
export function factsFor(entry: AnyEntry, resolve: Resolver): Fact[] {
  switch (entry.collection) {
    case 'tables': {
      const d = entry.data;
      return facts([
        { label: 'Ambitie', values: text(d.ambition) },
        {
          label: tableRoleLabel('boardSponsors', d.boardSponsors.length),
          values: links(resolve, d.boardSponsors),
        },
        {
          label: tableRoleLabel('projectLeaders', d.projectLeaders.length),
          values: links(resolve, d.projectLeaders),
        },
        { label: 'Procesteam', values: link(resolve, d.processTeam) },
      ]);
    }
    case 'plans': {
      const d = entry.data;
      return facts([
        { label: 'Soort', values: labels(planKinds, d.kind) },
        { label: 'Ontwikkeltafel', values: link(resolve, d.table) },
        { label: 'Onderdeel van', values: link(resolve, d.parent) },
        { label: 'Stand van zaken', values: d.statusNote ? text(d.statusNote) : labels(planStatuses, d.status) },
        { label: 'Voor wie', values: text(d.targetGroup) },
        { label: 'Leeftijd', values: text(d.ageRange?.label) },
        { label: 'Gemeenten', values: links(resolve, d.municipalities) },
        { label: 'Datum', values: date(d.date) },
      ]);
    }
    case 'newsletters': {
      const d = entry.data;
      return facts([
        { label: 'Editie', values: text(d.edition) },
        {
          label: 'Verschenen',
          values: [{ text: formatDateAt(d.date, d.datePrecision), datetime: isoAt(d.date, d.datePrecision) }],
        },
      ]);
    }
    case 'practices': {
      const d = entry.data;
      return facts([
        { label: 'Plaats', values: text(d.place) },
        { label: 'Gemeente', values: link(resolve, d.municipality) },
        { label: 'Organisaties', values: links(resolve, d.organisations) },
        { label: 'Sinds', values: text(d.since) },
        {
          label: 'Status',
          values: d.statusNote
            ? text(`${labelOf(practiceStatuses, d.status)}. ${d.statusNote}`)
            : labels(practiceStatuses, d.status),
        },
        { label: 'Leeftijd', values: text(d.ageRange?.label) },
        { label: 'Niveau van ondersteuning', values: links(resolve, d.supportLevels) },
        { label: 'Onderwerpen', values: texts(d.themes) },
        { label: 'Financiering', values: labels(fundingSources, d.funding) },
        { label: 'Personele inzet', values: text(d.staffing) },
      ]);
    }
    case 'teams': {
      const d = entry.data;
      return facts([
        { label: 'Soort team', values: labels(teamKinds, d.kind) },
        { label: 'Ontwikkeltafel', values: link(resolve, d.table) },
        { label: 'Plan of project', values: link(resolve, d.plan) },
        { label: 'Gemeente', values: link(resolve, d.municipality) },
      ]);
    }
    case 'people': {
      const d = entry.data;
      return facts([
        { label: 'Functie', values: text(d.role) },
        { label: 'Organisatie', values: link(resolve, d.organisation) },
        { label: 'E-mail', values: webAddress(d.email, `mailto:${d.email}`) },
      ]);
    }
    case 'organisations': {
      const d = entry.data;
      return facts([
        { label: 'Soort', values: labels(organisationKinds, d.kind) },
        { label: 'Afkorting', values: text(d.abbreviation) },
        { label: 'Plaats', values: text(d.place) },
        { label: 'Website', values: webAddress(d.website) },
      ]);
    }
    case 'glossary': {
      const d = entry.data;
      return facts([
        { label: 'Voluit', values: text(d.fullForm) },
        {
          label: 'Vakgebied',
          values: labels(glossaryDomains, d.domain).map((value) => ({
            ...value,
            href: href(domainPath(d.domain)),
          })),
        },
        { label: 'Ook geschreven als', values: texts(d.variants) },
      ]);
    }
    case 'sources': {
      const d = entry.data;
      return facts([
        { label: 'Soort document', values: labels(sourceKinds, d.kind) },
        { label: 'Uitgegeven door', values: text(d.publisher) },
        { label: 'Datum', values: d.date ? date(d.date) : text(d.period) },
        { label: 'Vindplaats', values: webAddress(d.url) },
      ]);
    }
    case 'supportLevels': {
      const d = entry.data;
      return facts([
        { label: 'Aandeel peuters', values: text(d.share) },
        { label: 'Vormen van ondersteuning', values: texts(d.forms) },
        { label: 'Mogelijke financiering', values: labels(fundingSources, d.funding) },
      ]);
    }
  }
}
