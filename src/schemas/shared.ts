import { z } from 'astro/zod';

/**
 * The names of every collection. Routes, references and the content check all key on these.
 */
export const collectionNames = [
  'tables',
  'plans',
  'newsletters',
  'practices',
  'teams',
  'people',
  'organisations',
  'glossary',
  'sources',
  'supportLevels',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Builds the schema of a reference to another collection. Astro's content config passes its own
 * `reference()`; tests and the content check pass a plain one, because `astro:content` only exists
 * inside an Astro build.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A plain reference: the id as a string, as editors write it. */
export const plainReference = (_collection: CollectionName) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een id bestaat uit kleine letters, cijfers en streepjes');

export const summary = z
  .string()
  .min(20)
  .max(400)
  .describe(
    'Samenvatting in eenvoudig Nederlands (B1), één tot drie zinnen. Verschijnt in overzichten en zoekresultaten.',
  );

/**
 * A calendar date. Astro's YAML reader already gives a Date; the content check reads plain strings,
 * which must be JJJJ-MM-DD: JavaScript's own date parsing accepts almost anything ("24 januari").
 */
export const isoDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z.date(),
);

export const reviewBy = isoDate
  .optional()
  .describe(
    'Datum (JJJJ-MM-DD) waarop iemand moet nagaan of de pagina nog klopt. Na die datum toont de site een melding.',
  );

export const updated = isoDate
  .optional()
  .describe(
    'Datum (JJJJ-MM-DD) waarop de inhoud voor het laatst is bijgewerkt. Leeg laten: dan geldt de datum uit git.',
  );

export function citedSources<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z
    .array(ref('sources'))
    .min(1)
    .describe("Id's van de brondocumenten (map content/sources) waar de feiten op deze pagina vandaan komen.");
}

/** An age range in months; negative months are before birth ("-10 maanden"). */
export const ageRange = z
  .strictObject({
    fromMonths: z
      .number()
      .int()
      .min(-12)
      .max(300)
      .describe('Vanaf welke leeftijd, in maanden (negatief = voor de geboorte).'),
    toMonths: z.number().int().min(-12).max(300).describe('Tot en met welke leeftijd, in maanden.'),
    label: z
      .string()
      .min(1)
      .describe('De leeftijd zoals de bron die schrijft, bijvoorbeeld "-10 maanden tot en met 6 jaar".'),
  })
  .refine((r) => r.fromMonths <= r.toMonths, { message: 'fromMonths moet kleiner zijn dan of gelijk aan toMonths' });
