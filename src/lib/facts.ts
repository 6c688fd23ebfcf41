import type { CollectionName } from '../schemas';
import {
  fundingSources,
  glossaryDomains,
  labelOf,
  organisationKinds,
  planKinds,
  planStatuses,
  practiceStatuses,
  sourceKinds,
  teamKinds,
} from '../schemas/vocabulary';
import { formatDate, formatDateAt, isoAt, isoDay, type DatePrecision } from './dates';
import { entryTitle, type AnyEntry, type Ref } from './entries';
import { entryHref, href } from './urls';
import { domainPath } from './glossary/domains';

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
export type Resolver = (ref: Ref) => AnyEntry | undefined;

function text(value: unknown): FactValue[] {
  return typeof value === 'string' && value !== ''
    ? [{ text: value }]
    : typeof value === 'number'
      ? [{ text: String(value) }]
      : [];
}

function link(resolve: Resolver, ref: unknown): FactValue[] {
  if (!ref) return [];
  const entry = resolve(ref as Ref);
  return entry ? [{ text: entryTitle(entry), href: entryHref(entry.collection, entry.id) }] : [];
}

function links(resolve: Resolver, refs: unknown): FactValue[] {
  return Array.isArray(refs) ? refs.flatMap((ref) => link(resolve, ref)) : [];
}

function date(value: unknown): FactValue[] {
  return value instanceof Date ? [{ text: formatDate(value), datetime: isoDay(value) }] : [];
}

function labels(vocabulary: Record<string, string>, value: unknown): FactValue[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => ({ text: labelOf(vocabulary, String(v)) }));
}

function ageLabel(value: unknown): FactValue[] {
  return value && typeof value === 'object' && 'label' in value ? text((value as { label: string }).label) : [];
}

function facts(list: Fact[]): Fact[] {
  return list.filter((fact) => fact.values.length > 0);
}

/** The facts shown at the top of an entry's page, per collection, in the order a reader needs them. */
export function factsFor(entry: AnyEntry, resolve: Resolver): Fact[] {
  const d = entry.data as Record<string, unknown>;
  const collection: CollectionName = entry.collection;
  switch (collection) {
    case 'tables':
      return facts([
        { label: 'Ambitie', values: text(d.ambition) },
        { label: 'Bestuurlijke trekkers', values: links(resolve, d.boardSponsors) },
        { label: 'Projectleiders', values: links(resolve, d.projectLeaders) },
        { label: 'Procesteam', values: link(resolve, d.processTeam) },
      ]);
    case 'plans':
      return facts([
        { label: 'Soort', values: labels(planKinds, d.kind) },
        { label: 'Ontwikkeltafel', values: link(resolve, d.table) },
        { label: 'Onderdeel van', values: link(resolve, d.parent) },
        { label: 'Stand van zaken', values: d.statusNote ? text(d.statusNote) : labels(planStatuses, d.status) },
        { label: 'Voor wie', values: text(d.targetGroup) },
        { label: 'Leeftijd', values: ageLabel(d.ageRange) },
        { label: 'Gemeenten', values: links(resolve, d.municipalities) },
        { label: 'Datum', values: date(d.date) },
      ]);
    case 'newsletters':
      return facts([
        { label: 'Editie', values: text(d.edition) },
        {
          label: 'Verschenen',
          values:
            d.date instanceof Date
              ? [
                  {
                    text: formatDateAt(d.date, d.datePrecision as DatePrecision),
                    datetime: isoAt(d.date, d.datePrecision as DatePrecision),
                  },
                ]
              : [],
        },
      ]);
    case 'practices':
      return facts([
        { label: 'Plaats', values: text(d.place) },
        { label: 'Gemeente', values: link(resolve, d.municipality) },
        { label: 'Organisaties', values: links(resolve, d.organisations) },
        { label: 'Sinds', values: text(d.since) },
        {
          label: 'Status',
          values: d.statusNote
            ? text(`${labelOf(practiceStatuses, String(d.status))}: ${String(d.statusNote)}`)
            : labels(practiceStatuses, d.status),
        },
        { label: 'Leeftijd', values: ageLabel(d.ageRange) },
        { label: 'Niveau van ondersteuning', values: links(resolve, d.supportLevels) },
        { label: 'Onderwerpen', values: Array.isArray(d.themes) ? d.themes.flatMap(text) : [] },
        { label: 'Financiering', values: labels(fundingSources, d.funding) },
        { label: 'Personele inzet', values: text(d.staffing) },
      ]);
    case 'teams':
      return facts([
        { label: 'Soort team', values: labels(teamKinds, d.kind) },
        { label: 'Ontwikkeltafel', values: link(resolve, d.table) },
        { label: 'Plan of project', values: link(resolve, d.plan) },
        { label: 'Gemeente', values: link(resolve, d.municipality) },
      ]);
    case 'people':
      return facts([
        { label: 'Functie', values: text(d.role) },
        { label: 'Organisatie', values: link(resolve, d.organisation) },
        { label: 'E-mail', values: typeof d.email === 'string' ? [{ text: d.email, href: `mailto:${d.email}` }] : [] },
      ]);
    case 'organisations':
      return facts([
        { label: 'Soort', values: labels(organisationKinds, d.kind) },
        { label: 'Afkorting', values: text(d.abbreviation) },
        { label: 'Plaats', values: text(d.place) },
        { label: 'Website', values: typeof d.website === 'string' ? [{ text: d.website, href: d.website }] : [] },
      ]);
    case 'glossary':
      return facts([
        { label: 'Voluit', values: text(d.fullForm) },
        {
          label: 'Vakgebied',
          values: labels(glossaryDomains, d.domain).map((value) => ({
            ...value,
            href: href(domainPath(String(d.domain))),
          })),
        },
        { label: 'Ook geschreven als', values: Array.isArray(d.variants) ? d.variants.flatMap(text) : [] },
      ]);
    case 'sources':
      return facts([
        { label: 'Soort document', values: labels(sourceKinds, d.kind) },
        { label: 'Uitgegeven door', values: text(d.publisher) },
        { label: 'Datum', values: d.date ? date(d.date) : text(d.period) },
        { label: 'Vindplaats', values: typeof d.url === 'string' ? [{ text: d.url, href: d.url }] : [] },
      ]);
    case 'supportLevels':
      return facts([
        { label: 'Aandeel peuters', values: text(d.share) },
        { label: 'Vormen van ondersteuning', values: Array.isArray(d.forms) ? d.forms.flatMap(text) : [] },
        { label: 'Mogelijke financiering', values: labels(fundingSources, d.funding) },
      ]);
  }
}
