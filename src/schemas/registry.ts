import type { z } from 'astro/zod';
import { glossarySchema } from './glossary.ts';
import { newsletterSchema } from './newsletters.ts';
import { organisationSchema } from './organisations.ts';
import { personSchema } from './people.ts';
import { planSchema } from './plans.ts';
import { practiceSchema } from './practices.ts';
import type { ReferenceFactory } from './shared.ts';
import { sourceSchema } from './sources.ts';
import { supportLevelSchema } from './supportLevels.ts';
import { tableSchema } from './tables.ts';
import { teamSchema } from './teams.ts';

/** The file types editors may use for a collection's entries. */
export type FileFormat = 'md' | 'mdx' | 'yaml';

/** Builds a collection's schema with a given kind of reference (Astro's, or the content check's). */
type SchemaFactory = (ref: ReferenceFactory) => z.ZodType;

/** What an entry of a schema holds once validated. */
type DataOfFactory<F extends SchemaFactory> = z.output<ReturnType<F>>;

type KeysOfType<D, T> = { [K in keyof D]-?: NonNullable<D[K]> extends T ? K : never }[keyof D] & string;

/** The fields that can name an entry. */
export type NameField = 'title' | 'name' | 'term';

/** How a collection's entries are listed: A–Z by their name, or by a number or date field. */
export type ListOrder<D> =
  | { by: 'name' }
  | { by: 'number'; field: KeysOfType<D, number> }
  | { by: 'date'; field: KeysOfType<D, Date>; newestFirst: true };

/** Everything the project knows about one collection, besides its pages. */
export interface CollectionSpec<F extends SchemaFactory = SchemaFactory> {
  /** The zod schema, built from the field definitions in src/schemas/<collection>.ts. */
  schema: F;
  /** File types, the first one the default for new entries. */
  formats: readonly [FileFormat, ...FileFormat[]];
  /** The URL segment of the collection's pages: /<route>/<id>/. */
  route: string;
  /** Dutch words for one entry and for several ("plan", "plannen"): messages, search facets, commands. */
  noun: { one: string; many: string };
  /** The title of the overview page that lists the collection, in Dutch. */
  label: string;
  /** Where the collection is listed, when that is not /<route>/ (teams are listed on "Wie doet wat"). */
  overview?: { path: string; label: string };
  /** The field that names an entry on the site and in the editor. */
  nameField: NameField & KeysOfType<DataOfFactory<F>, string>;
  /** The order of the collection in lists and overviews. */
  order: ListOrder<DataOfFactory<F>>;
}

/** Checks a collection's spec against its own schema's fields (nameField, order), keeping the types exact. */
function collection<F extends SchemaFactory>(spec: CollectionSpec<F>): CollectionSpec<F> {
  return spec;
}

/**
 * The collection registry: the one list of collections. Everything else derives from it: the
 * content config, the content check, routes and links, Dutch nouns in messages and search facets,
 * `npm run new`, the field reference for editors and the editor's configuration. A new collection is
 * one entry here, its schema in src/schemas/ and its pages in src/pages/<route>/ (CONTRIBUTING says how).
 * The order of the entries is the order collections appear in docs and lists.
 */
export const registry = {
  tables: collection({
    schema: tableSchema,
    formats: ['md'],
    route: 'ontwikkeltafels',
    noun: { one: 'ontwikkeltafel', many: 'ontwikkeltafels' },
    label: 'Ontwikkeltafels',
    nameField: 'title',
    order: { by: 'number', field: 'number' },
  }),
  plans: collection({
    schema: planSchema,
    formats: ['md', 'mdx'],
    route: 'plannen',
    noun: { one: 'plan', many: 'plannen' },
    label: "Plannen, thema's en projecten",
    nameField: 'title',
    order: { by: 'name' },
  }),
  newsletters: collection({
    schema: newsletterSchema,
    formats: ['md', 'mdx'],
    route: 'nieuwsbrieven',
    noun: { one: 'nieuwsbrief', many: 'nieuwsbrieven' },
    label: 'Nieuwsbrieven',
    nameField: 'title',
    order: { by: 'date', field: 'date', newestFirst: true },
  }),
  practices: collection({
    schema: practiceSchema,
    formats: ['md', 'mdx'],
    route: 'praktijkvoorbeelden',
    noun: { one: 'praktijkvoorbeeld', many: 'praktijkvoorbeelden' },
    label: 'Praktijkvoorbeelden',
    nameField: 'title',
    order: { by: 'name' },
  }),
  teams: collection({
    schema: teamSchema,
    formats: ['yaml'],
    route: 'teams',
    noun: { one: 'team', many: 'teams' },
    label: 'Teams',
    overview: { path: '/wie-doet-wat/', label: 'Wie doet wat: alle teams' },
    nameField: 'name',
    order: { by: 'name' },
  }),
  people: collection({
    schema: personSchema,
    formats: ['yaml'],
    route: 'mensen',
    noun: { one: 'persoon', many: 'personen' },
    label: 'Mensen',
    nameField: 'name',
    order: { by: 'name' },
  }),
  organisations: collection({
    schema: organisationSchema,
    formats: ['yaml'],
    route: 'organisaties',
    noun: { one: 'organisatie', many: 'organisaties' },
    label: 'Organisaties',
    nameField: 'name',
    order: { by: 'name' },
  }),
  glossary: collection({
    schema: glossarySchema,
    formats: ['yaml'],
    route: 'begrippen',
    noun: { one: 'begrip', many: 'begrippen' },
    label: 'Begrippen',
    nameField: 'term',
    order: { by: 'name' },
  }),
  sources: collection({
    schema: sourceSchema,
    formats: ['md'],
    route: 'bronnen',
    noun: { one: 'bron', many: 'bronnen' },
    label: 'Bronnen',
    nameField: 'title',
    order: { by: 'name' },
  }),
  supportLevels: collection({
    schema: supportLevelSchema,
    formats: ['yaml'],
    route: 'ondersteuningsniveaus',
    noun: { one: 'ondersteuningsniveau', many: 'ondersteuningsniveaus' },
    label: 'Niveaus van ondersteuning',
    nameField: 'name',
    order: { by: 'number', field: 'order' },
  }),
};

export type Registry = typeof registry;
export type CollectionName = keyof Registry;

/** Every collection, in the registry's order. */
export const collectionNames = Object.keys(registry) as CollectionName[];

/** What an entry of collection C holds once validated: its fields, with references as { collection, id }. */
export type EntryData<C extends CollectionName> = z.output<ReturnType<Registry[C]['schema']>>;

/** The spec of one collection, with its exact types. */
export function collectionSpec<C extends CollectionName>(name: C): Registry[C] {
  return registry[name];
}

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(registry, name);
}

/** Every collection's schema, built with the given kind of reference. */
export function buildSchemas(ref: ReferenceFactory): { [C in CollectionName]: ReturnType<Registry[C]['schema']> } {
  const entries = collectionNames.map((name) => [name, registry[name].schema(ref)] as const);
  return Object.fromEntries(entries) as { [C in CollectionName]: ReturnType<Registry[C]['schema']> };
}
