import type { z } from 'astro/zod';
import { isoDatePattern, registry, type CollectionName } from '../../schemas/index.ts';
import { idFromTitle } from '../entry-id.ts';
import { plainSchemas, referenceTarget } from '../schema/plain-schemas.ts';
import { allowedKeys, fieldAt, fieldsOf, kindOf, peel } from '../schema/walk.ts';
import { closest } from './suggest.ts';
import { dottedPath } from './words.ts';
import { quotedLine } from './yaml-values.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/** A required field that is not in the file, whatever its kind. */
const missingField = 'dit verplichte veld ontbreekt';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal (zonder komma)',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'een groep velden',
  date: 'een datum (JJJJ-MM-DD)',
  boolean: 'ja of nee (true of false)',
};

function describeInput(input: unknown): string {
  if (input instanceof Date) return 'een ongeldige datum';
  if (Array.isArray(input)) return 'een lijst';
  if (input === null) return 'niets';
  if (typeof input === 'object') return 'een groep velden';
  if (typeof input === 'number') return `het getal ${input}`;
  return `"${String(input)}"`;
}

/** The ids of every collection's entries, to suggest one where an editor wrote something else. */
type IdsByCollection = ReadonlyMap<CollectionName, ReadonlySet<string>>;

/**
 * What to say of a reference that is no id, such as a name typed where the id of its file belongs
 * ("Gemeente Hengelo" for gemeente-hengelo): the id made from it, when that exists, or a close one.
 */
function notAnId(input: string, collection: CollectionName, ids: IdsByCollection) {
  const existing = ids.get(collection) ?? new Set<string>();
  const asId = idFromTitle(input);
  const suggestion = existing.has(asId) ? asId : closest(asId, existing);
  const { noun } = registry[collection];
  return {
    message: `"${input}" is geen id van een ${noun.one}`,
    hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf het id: de naam van een bestand in content/${collection}/ zonder extensie, met alleen kleine letters, cijfers en streepjes.`,
  };
}

/**
 * What to write where a number belongs but text stands: since: "2019" is text to YAML. Only when the
 * number itself would do; a decimal comma ("2,5") must become a point.
 */
function numberHint(input: unknown, fieldSchema: z.ZodType | undefined): string | undefined {
  const kind = fieldSchema ? kindOf(peel(fieldSchema).inner) : undefined;
  if (kind?.type !== 'number' || typeof input !== 'string') return undefined;
  const written = input.trim();
  const number = kind.integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (number.test(written)) return `Haal de aanhalingstekens weg: schrijf ${written}.`;
  if (!kind.integer && /^-?\d+,\d+$/.test(written))
    return `Schrijf het getal zonder aanhalingstekens en met een punt: ${written.replace(',', '.')}.`;
  return undefined;
}

/**
 * What to write where a group of fields belongs but a text stands, as in a team's member written as
 * "- kees-hendriks": the field it belongs under, chosen by the id it is (a person, an organisation),
 * else the group's first field of text, with the group's fields named.
 */
function groupHint(fieldSchema: z.ZodType, input: string, inList: boolean, ids: IdsByCollection): string | undefined {
  const fields = fieldsOf(fieldSchema);
  if (fields.length === 0) return undefined;
  const byId = fields.find(({ kind }) => kind.type === 'reference' && ids.get(kind.collection)?.has(input));
  // Not an id: words, as a field of text takes them (a member without a page of their own: party).
  const field = byId ?? fields.find(({ kind }) => kind.type === 'text') ?? fields[0]!;
  const line = `${inList ? '- ' : ''}${field.name}: ${input}`;
  return `Schrijf de naam van het veld ervoor: "${line}". Velden hier: ${fields.map(({ name }) => name).join(', ')}.`;
}

/**
 * What to write for an e-mail address as people copy it: with "mailto:" from a link, with the name
 * from an e-mail program ("Jan Test <jan@…>"), or with spaces in it. Undefined when none of these.
 */
function emailHint(input: string): string | undefined {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(input)?.[1] ?? input.replace(/^\s*mailto:/i, '').replace(/\s+/g, '');
  if (address === input || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(address)) return undefined;
  const cause = /^\s*mailto:/i.test(input)
    ? 'zonder "mailto:" ervoor'
    : input.includes('<')
      ? 'zonder de naam en zonder < >'
      : 'zonder spaties';
  return `Schrijf alleen het adres, ${cause}: ${address}.`;
}

/** Turns one zod issue into a message an editor can act on. */
function toContentIssue(
  entry: RawEntry,
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  ids: IdsByCollection,
): ContentIssue {
  const path = issue.path;
  const field = dottedPath(path);
  const { description, schema: fieldSchema } = fieldAt(schema, path);
  const base = {
    severity: 'error' as const,
    file: entry.file,
    line: entry.lineOf(path as (string | number)[]),
    field: field || undefined,
  };
  const described = description ? `Het veld is bedoeld voor: ${description}` : undefined;
  const input = (issue as { input?: unknown }).input;

  // An empty line such as "summary:" reads as null: the field is there, but the editor has yet to fill it in.
  if (input === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    // A line with only "-" in a list: a row the editor (or the scaffold) left empty.
    const place = path.at(-1);
    if (typeof place === 'number') {
      const item = fieldSchema ? kindOf(peel(fieldSchema).inner) : undefined;
      // A group with a rule of its own (a team member is one of four kinds) says that rule, not "fill in every field".
      const fill =
        item?.type === 'group'
          ? `Vul op deze plaats de velden in (${item.fields.map((f) => f.name).join(', ')})${item.rule ? `; let op: ${item.rule}` : ''}`
          : 'Schrijf iets achter de "- "';
      return {
        ...base,
        message: `plaats ${place + 1} in de lijst ${dottedPath(path.slice(0, -1))} is leeg`,
        hint: `${fill}, of haal de regel met "-" weg.${described ? ` ${described}` : ''}`,
      };
    }
    const options = issue.code === 'invalid_value' ? ` Kies uit: ${issue.values.map(String).join(', ')}.` : '';
    // "status:" with nothing after it is not the same as no status: a field that may stay empty goes as a whole line.
    const optional = fieldSchema?.safeParse(undefined).success === true;
    const leaveOut = optional
      ? ` Zegt de bron er niets over, haal dan de hele regel "${String(path.at(-1))}:" weg.`
      : '';
    return {
      ...base,
      message: 'dit veld is nog leeg',
      hint: `${described ?? 'Vul het veld in.'}${options}${leaveOut}`,
    };
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      const key = issue.keys[0] ?? '';
      const keyPath = [...path, key];
      const suggestion = closest(key, allowed);
      return {
        ...base,
        line: entry.lineOf(keyPath as (string | number)[]),
        field: dottedPath(keyPath),
        message: `onbekend veld "${issue.keys.join('", "')}"`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Toegestane velden hier: ${allowed.join(', ')}.`,
      };
    }
    case 'invalid_type': {
      if (input === undefined) {
        return { ...base, message: missingField, hint: described ?? 'Vul het veld in.' };
      }
      if (issue.expected === 'date') {
        if (typeof input === 'string' && isoDatePattern.test(input)) {
          return {
            ...base,
            message: `"${input}" is een datum die niet bestaat`,
            hint: 'Kijk in de bron welke dag het is, en schrijf die als JJJJ-MM-DD, bijvoorbeeld 2019-02-28.',
          };
        }
        return {
          ...base,
          message: `${describeInput(input)} is geen geldige datum`,
          hint: 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2023-01-24.',
        };
      }
      // What to write instead: a number or yes/no meant as text goes between quotes; a list one item a line.
      const name = String(path.at(-1));
      const asText =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? `Zet de tekst tussen aanhalingstekens: ${quotedLine(path.at(-1) as string | number | undefined, String(input))}.`
          : undefined;
      const asList =
        issue.expected === 'array' && typeof input === 'string'
          ? `Zet elk item op een eigen regel onder ${name}:, met "- " ervoor.`
          : undefined;
      const asGroup =
        issue.expected === 'object' && typeof input === 'string' && fieldSchema
          ? groupHint(fieldSchema, input, typeof path.at(-1) === 'number', ids)
          : undefined;
      return {
        ...base,
        message: `hier hoort ${typeNames[issue.expected] ?? 'iets anders'}, maar er staat ${describeInput(input)}`,
        hint:
          numberHint(input, fieldSchema) ??
          ([asText ?? asList ?? asGroup, described].filter(Boolean).join(' ') || undefined),
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      // A choice left out is missing like any other field, not a value of "".
      if (input === undefined) return { ...base, message: missingField, hint: `Kies uit: ${options.join(', ')}.` };
      const written = String(input);
      const suggestion = closest(written, options);
      return {
        ...base,
        message: `"${written}" is geen toegestane waarde`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Kies uit: ${options.join(', ')}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        const empty = Array.isArray(input) && input.length === 0;
        return {
          ...base,
          message: empty ? 'de lijst is leeg' : `de lijst heeft minstens ${String(issue.minimum)} regels nodig`,
          hint: `Zet er ${Number(issue.minimum) === 1 ? 'minstens één regel onder die begint' : `minstens ${String(issue.minimum)} regels onder die beginnen`} met "- ".${described ? ` ${described}` : ''}`,
        };
      }
      if (issue.origin === 'string') {
        return { ...base, message: `de tekst is te kort (minstens ${String(issue.minimum)} tekens)`, hint: described };
      }
      return { ...base, message: `de waarde is te klein (minstens ${String(issue.minimum)})`, hint: described };
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        return {
          ...base,
          message: `de tekst is te lang (hoogstens ${String(issue.maximum)} tekens)`,
          hint: described ?? 'Maak de tekst korter.',
        };
      }
      return { ...base, message: `de waarde is te groot (hoogstens ${String(issue.maximum)})`, hint: described };
    }
    case 'invalid_format': {
      const formats: Record<string, string> = {
        email: 'Schrijf een e-mailadres, bijvoorbeeld naam@organisatie.nl.',
        url: 'Schrijf het hele webadres: https://, dan de naam van de website met een punt erin, zoals https://www.almelo.nl/.',
        regex: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals de bestandsnaam zonder extensie.',
      };
      const target = fieldSchema ? referenceTarget(peel(fieldSchema).inner) : undefined;
      if (target && typeof input === 'string') return { ...base, ...notAnId(input, target, ids) };
      return {
        ...base,
        message:
          typeof input === 'string' ? `"${input}" heeft niet de juiste vorm` : 'de waarde heeft niet de juiste vorm',
        hint:
          (issue.format === 'email' && typeof input === 'string' ? emailHint(input) : undefined) ??
          formats[issue.format] ??
          described,
      };
    }
    // Rules of the schemas themselves (refine), which are written in Dutch.
    case 'custom':
      return { ...base, message: issue.message, hint: described };
    // zod's own messages are English: say it in Dutch, with what the field is for.
    default:
      return {
        ...base,
        message: input === undefined ? 'dit veld klopt niet' : `${describeInput(input)} klopt hier niet`,
        hint: described,
      };
  }
}

export interface ValidatedEntry {
  entry: RawEntry;
  data: Record<string, unknown>;
}

/** Validates every entry against its schema. References and duplicate ids are checked elsewhere, on every entry. */
export function validateEntries(entries: RawEntry[]): { valid: ValidatedEntry[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const valid: ValidatedEntry[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  for (const { collection, id } of entries) {
    if (!ids.has(collection)) ids.set(collection, new Set());
    ids.get(collection)!.add(id);
  }
  for (const entry of entries) {
    const schema = plainSchemas[entry.collection] as z.ZodType;
    // Astro reads a bare 2019-11-01 as a date: fine for a date field, refused (in English) by a text field.
    for (const { path, value, asText } of entry.plainDates ?? []) {
      const field = fieldAt(schema, path).schema;
      // Only where text belongs; a date, a number or a list gets the schema's own message.
      if (!field || !['text', 'choice', 'reference'].includes(kindOf(peel(field).inner).type)) continue;
      issues.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: `"${value}" leest de site als een datum, maar hier hoort tekst`,
        hint: `Zet de tekst tussen aanhalingstekens: ${asText}.`,
      });
    }
    // reportInput: the messages quote what the editor wrote, and tell a missing field from a wrong one.
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) valid.push({ entry, data: result.data as Record<string, unknown> });
    else for (const issue of result.error.issues) issues.push(toContentIssue(entry, schema, issue, ids));
  }
  return { valid, issues };
}
