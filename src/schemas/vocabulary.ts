/**
 * Closed lists that fields choose from, each value with the Dutch label the site shows.
 * The schemas build their enums from these keys, so a label and its value never drift apart.
 */
export const planKinds = {
  'plan-van-aanpak': 'Plan van aanpak',
  thema: 'Thema',
  project: 'Project',
} as const;

export const planStatuses = {
  'in-voorbereiding': 'In voorbereiding',
  verkenning: 'Verkenningsfase',
  gestart: 'Gestart',
} as const;

export const practiceStatuses = {
  lopend: 'Lopend',
  pilot: 'Pilot',
  'in-ontwikkeling': 'In ontwikkeling',
  'in-onderzoek': 'In onderzoek',
  gepland: 'Gepland',
} as const;

export const fundingSources = {
  oab: 'Onderwijsachterstandenbeleid (OAB)',
  jeugdwet: 'Jeugdwet',
  zvw: 'Zorgverzekeringswet (Zvw)',
  wlz: 'Wet langdurige zorg (Wlz)',
  'eigen-middelen': 'Eigen middelen van de aanbieder',
  samenwerkingsverband: 'Samenwerkingsverband passend onderwijs',
  gemeente: 'Gemeente (budget niet nader genoemd)',
} as const;

export const teamKinds = {
  procesteam: 'Procesteam',
  ontwikkelteam: 'Ontwikkelteam',
  projectgroep: 'Projectgroep',
  procesbegeleiders: 'Procesbegeleiders',
  werkgroep: 'Werkgroep',
  'bestuurlijke-trekkers': 'Bestuurlijke trekkers',
  pilotscholen: 'Pilotscholen',
} as const;

export const organisationKinds = {
  gemeente: 'Gemeente',
  basisschool: 'Basisschool (PO)',
  'middelbare-school': 'Middelbare school (VO)',
  mbo: 'Mbo-instelling',
  samenwerkingsverband: 'Samenwerkingsverband passend onderwijs',
  onderwijskoepel: 'Onderwijsorganisatie',
  kinderopvang: 'Kinderopvang',
  zorgaanbieder: 'Zorgaanbieder',
  jeugdbescherming: 'Jeugdbescherming en veiligheid',
  gezondheidszorg: 'Gezondheidszorg',
  welzijn: 'Welzijn',
  overheid: 'Overheid en landelijke organisatie',
  kennisinstelling: 'Kennis en onderzoek',
  samenwerking: 'Samenwerkingsverband of netwerk',
  overig: 'Overig',
} as const;

export const glossaryDomains = {
  onderwijs: 'Onderwijs',
  jeugdhulp: 'Jeugdhulp',
  kinderopvang: 'Kinderopvang',
  gemeente: 'Gemeente',
  zorg: 'Zorg',
  recht: 'Recht en veiligheid',
} as const;

export const sourceKinds = {
  'plan-van-aanpak': 'Plan van aanpak',
  nieuwsbrief: 'Nieuwsbrief',
  verslag: 'Verslag',
  raadsbrief: 'Raadsbrief',
} as const;

/** How precisely a newsletter's date is known. */
export const datePrecisions = {
  dag: 'Op de dag precies',
  maand: 'Alleen maand en jaar',
} as const;

export type Vocabulary = Record<string, string>;

/** The keys of a vocabulary as a non-empty tuple, the shape z.enum wants. */
export function keysOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** The Dutch label of a value, or the value itself when the list does not know it. */
export function labelOf<V extends Vocabulary>(vocabulary: V, value: string): string {
  return (vocabulary as Vocabulary)[value] ?? value;
}

/** The roles a table names its people in (its `boardSponsors` and `projectLeaders`): one, and more than one. */
export const tableRoles = {
  boardSponsors: { one: 'Bestuurlijk trekker', many: 'Bestuurlijke trekkers' },
  projectLeaders: { one: 'Projectleider', many: 'Projectleiders' },
} as const;

/** A table role's name for `count` people: "Projectleider" for one, "Projectleiders" for more. */
export function tableRoleLabel(role: keyof typeof tableRoles, count: number): string {
  return count === 1 ? tableRoles[role].one : tableRoles[role].many;
}
