import { z } from 'astro/zod';
import type { CollectionName } from './registry.ts';

/** A reference to an entry of collection C, as a validated entry holds it: which collection, which entry. */
export interface EntryRef<C extends string> {
  collection: C;
  id: string;
}

/** A reference to an entry of any collection. */
export type Ref = EntryRef<CollectionName>;

/** How editors write an id: the file name without its extension. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A new schema for an id (a new one each time: a reference schema carries its own target collection). */
export function entryIdSchema() {
  return z.string().regex(idPattern, 'een id bestaat uit kleine letters, cijfers en streepjes');
}

/**
 * Builds the schema of a reference to another collection: editors write an id, a validated entry
 * holds a `Ref`. The one in use is plainReference (src/lib/schema/plain-schemas.ts), in the build
 * and in the content check alike.
 */
// The collection is a type parameter, not CollectionName: the names come from the registry, which is
// built from these schemas, and a reference keeps its collection in its type (`Ref<'people'>`).
export type ReferenceFactory = <C extends string>(collection: C) => z.ZodType<EntryRef<C>>;

export const summary = z
  .string()
  .min(20)
  .max(400)
  .describe(
    'Samenvatting in eenvoudig Nederlands (B1), één tot drie zinnen. Verschijnt in overzichten en zoekresultaten.',
  );

/**
 * A web address as the site links to it: http or https, a host name with a dot, and no spaces. The
 * content check (webAddress) and the editor's form (src/lib/cms/fields.ts) both use it. zod's url()
 * alone also takes javascript:, data: and mailto: addresses, and "https://x". The scheme's letters are
 * spelled out in both cases because the form's pattern is a string, without flags.
 */
export const webAddressPattern = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;

/** A web address field: a URL (for the form's kind) that matches webAddressPattern. */
export function webAddress() {
  // A refinement, not regex(): the schema walk reads a regex as an id's pattern (src/lib/schema/walk.ts).
  return z
    .httpUrl({ abort: true })
    .refine((value) => webAddressPattern.test(value), 'een webadres heeft geen spaties: haal ze weg');
}

/** How a date is written in the content: JJJJ-MM-DD. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The date a JJJJ-MM-DD text names, or undefined when there is no such day (2019-02-29, 2020-13-01). */
export function dayOf(text: string): Date | undefined {
  if (!isoDatePattern.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  // JavaScript rolls a day past the month's end over into the next month: 2019-02-29 would be 1 March.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

/**
 * A calendar date. Astro's YAML reader already gives a Date; the content check reads plain strings,
 * which must be JJJJ-MM-DD and a day that exists: JavaScript's own date parsing accepts almost
 * anything ("24 januari"), and Astro's YAML reader turns 2019-02-29 into 1 March without a word.
 * Anything else stays text, which the date schema refuses, quoting what the editor wrote. The build
 * cannot skip that check; `astro dev` runs it again after each change to the content and logs the
 * error, while the page shows the rolled-over day until the file is mended.
 */
export const isoDate = z.preprocess((value) => (typeof value === 'string' ? (dayOf(value) ?? value) : value), z.date());

export const reviewBy = isoDate
  .optional()
  .describe(
    'Datum (JJJJ-MM-DD) waarop iemand moet nagaan of de pagina nog klopt. Na die datum toont de site een melding.',
  );

export const updated = isoDate
  .optional()
  .describe(
    'Datum (JJJJ-MM-DD) waarop de inhoud voor het laatst is bijgewerkt. Laat leeg: dan toont de site de datum van de laatste wijziging van dit bestand.',
  );

export function citedSources(ref: ReferenceFactory) {
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
  .refine((r) => r.fromMonths <= r.toMonths, {
    // Also the rule the editor and the field reference show beside the group (src/lib/schema/walk.ts):
    // said as a rule, with what to do, and never as if something were already wrong.
    message: 'fromMonths mag niet hoger zijn dan toMonths: kijk in de bron welke leeftijd klopt',
  });
