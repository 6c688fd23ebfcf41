/**
 * The Dutch name of each field, by its name in the files. The editor's form shows it beside the
 * field's own name ("Samenvatting – summary"), so a message of the content check, which names the
 * field as the file does, still points at the right field. A field name means the same in every
 * collection; a unit test fails when a schema has a field without a name here.
 */
export const fieldLabels: Readonly<Record<string, string>> = {
  abbreviation: 'Afkorting',
  ageRange: 'Leeftijd',
  ambition: 'Ambitie',
  boardSponsors: 'Bestuurlijke trekkers',
  date: 'Datum',
  datePrecision: 'Precisie van de datum',
  description: 'Beschrijving',
  domain: 'Vakgebied',
  edition: 'Editie',
  email: 'E-mailadres',
  explanation: 'Uitleg',
  forms: 'Vormen van ondersteuning',
  fromMonths: 'Vanaf (maanden)',
  fullForm: 'Voluit',
  funding: 'Financiering',
  kind: 'Soort',
  label: 'Leeftijd in woorden',
  members: 'Leden',
  mentions: 'In dit nummer',
  municipalities: 'Gemeenten',
  municipality: 'Gemeente',
  name: 'Naam',
  note: 'Aanvulling',
  number: 'Nummer',
  order: 'Volgorde',
  organisation: 'Organisatie',
  organisations: 'Organisaties',
  parent: 'Valt onder',
  party: 'Deelnemer zonder eigen pagina',
  people: 'Personen',
  period: 'Periode',
  person: 'Persoon',
  place: 'Plaats',
  plan: 'Plan',
  plans: 'Plannen',
  practices: 'Praktijkvoorbeelden',
  processTeam: 'Procesteam',
  projectLeaders: 'Projectleiders',
  publisher: 'Uitgever',
  reviewBy: 'Nakijken uiterlijk op',
  role: 'Rol',
  share: 'Aandeel',
  since: 'Sinds',
  sources: 'Bronnen',
  staffing: 'Personele inzet',
  status: 'Stand van zaken',
  statusNote: 'Toelichting bij de stand van zaken',
  summary: 'Samenvatting',
  supportLevels: 'Niveaus van ondersteuning',
  table: 'Ontwikkeltafel',
  tables: 'Ontwikkeltafels',
  targetGroup: 'Doelgroep',
  teams: 'Teams',
  term: 'Begrip',
  themes: 'Onderwerpen',
  title: 'Titel',
  toMonths: 'Tot en met (maanden)',
  updated: 'Bijgewerkt op',
  url: 'Webadres',
  vacancy: 'Open plek',
  variants: 'Andere schrijfwijzen',
  website: 'Website',
};

/**
 * One item of a list the editor shows as a list of its own (not a choice of pages), for its buttons:
 * "Voeg lid toe" rather than "Voeg leden – members toe". A unit test fails when a list lacks one.
 */
export const listItemLabels: Readonly<Record<string, string>> = {
  forms: 'vorm',
  members: 'lid',
  themes: 'onderwerp',
  variants: 'schrijfwijze',
};

/** The label of a field in the editor: its Dutch name and the name in the file. */
export function editorLabel(name: string): string {
  const dutch = fieldLabels[name];
  return dutch ? `${dutch} – ${name}` : name;
}
