import { z } from 'astro/zod';
import { buildSchemas, collectionNames, plainReference, type CollectionName } from '../../schemas';
import { allowedKeys, fieldAt } from './schema-walk';
import { closest } from './suggest';
import type { ContentIssue, RawEntry } from './types';

/** What a reference field holds after validation in the check: where it points. */
export class ReferenceValue {
  constructor(
    readonly collection: CollectionName,
    readonly id: string,
  ) {}
}

const checkSchemas = buildSchemas((collection) =>
  plainReference(collection).transform((id) => new ReferenceValue(collection, id as string)),
);

/** Dutch names of the collections, for messages ("die persoon bestaat niet"). */
const collectionNouns: Record<CollectionName, string> = {
  tables: 'ontwikkeltafel',
  plans: 'plan',
  newsletters: 'nieuwsbrief',
  practices: 'praktijkvoorbeeld',
  teams: 'team',
  people: 'persoon',
  organisations: 'organisatie',
  glossary: 'begrip',
  sources: 'bron',
  supportLevels: 'ondersteuningsniveau',
};

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'een groep velden',
  date: 'een datum (JJJJ-MM-DD)',
  boolean: 'ja of nee (true of false)',
};

function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describeInput(input: unknown): string {
  if (input instanceof Date) return 'een ongeldige datum';
  if (Array.isArray(input)) return 'een lijst';
  if (input === null) return 'niets';
  if (typeof input === 'object') return 'een groep velden';
  if (typeof input === 'number') return `het getal ${input}`;
  return `"${String(input)}"`;
}

/** Turns one zod issue into a message an editor can act on. */
function toContentIssue(entry: RawEntry, schema: z.ZodType, issue: z.core.$ZodIssue): ContentIssue {
  const path = issue.path;
  const field = dottedPath(path);
  const { description } = fieldAt(schema, path);
  const base = { severity: 'error' as const, file: entry.file, line: entry.lineOf(path as (string | number)[]), field: field || undefined };
  const described = description ? `Het veld is bedoeld voor: ${description}` : undefined;

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
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return { ...base, message: 'dit verplichte veld ontbreekt', hint: described ?? 'Vul het veld in.' };
      }
      if (issue.expected === 'date') {
        return { ...base, message: `${describeInput(input)} is geen geldige datum`, hint: 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2023-01-24.' };
      }
      return {
        ...base,
        message: `hier hoort ${typeNames[issue.expected] ?? issue.expected}, maar er staat ${describeInput(input)}`,
        hint: described,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const input = String((issue as { input?: unknown }).input ?? '');
      const suggestion = closest(input, options);
      return {
        ...base,
        message: `"${input}" is geen toegestane waarde`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Kies uit: ${options.join(', ')}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return { ...base, message: `de lijst moet minstens ${String(issue.minimum)} item(s) hebben`, hint: described };
      }
      if (issue.origin === 'string') {
        return { ...base, message: `de tekst is te kort (minstens ${String(issue.minimum)} tekens)`, hint: described };
      }
      return { ...base, message: `de waarde is te klein (minstens ${String(issue.minimum)})`, hint: described };
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        return { ...base, message: `de tekst is te lang (hoogstens ${String(issue.maximum)} tekens)`, hint: described ?? 'Maak de tekst korter.' };
      }
      return { ...base, message: `de waarde is te groot (hoogstens ${String(issue.maximum)})`, hint: described };
    }
    case 'invalid_format': {
      const formats: Record<string, string> = {
        email: 'Schrijf een e-mailadres, bijvoorbeeld naam@organisatie.nl.',
        url: 'Schrijf een volledig webadres dat begint met https://.',
        regex: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals de bestandsnaam zonder extensie.',
      };
      return { ...base, message: 'de waarde heeft niet de juiste vorm', hint: formats[issue.format] ?? described };
    }
    default:
      return { ...base, message: issue.message, hint: described };
  }
}

/** Finds every reference in validated data, with the field path it sits at. */
function collectReferences(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: ReferenceValue }[] {
  if (value instanceof ReferenceValue) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectReferences(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => collectReferences(item, [...path, key]));
  }
  return [];
}

export interface ValidatedEntry {
  entry: RawEntry;
  data: Record<string, unknown>;
}

/** Validates every entry against its schema, then every reference against the entries that exist. */
export function validateEntries(entries: RawEntry[]): { valid: ValidatedEntry[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const valid: ValidatedEntry[] = [];
  const ids = new Map<CollectionName, Map<string, RawEntry>>(collectionNames.map((c) => [c, new Map()]));

  for (const entry of entries) {
    const seen = ids.get(entry.collection)!;
    const other = seen.get(entry.id);
    if (other) {
      issues.push({
        severity: 'error',
        file: entry.file,
        message: `het id "${entry.id}" bestaat al (${other.file}); twee bestanden kunnen niet hetzelfde id hebben`,
        hint: 'Geef een van de twee bestanden een andere naam, of voeg ze samen.',
      });
      continue;
    }
    seen.set(entry.id, entry);
  }

  for (const entry of entries) {
    const schema = checkSchemas[entry.collection] as z.ZodType;
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(toContentIssue(entry, schema, issue));
      continue;
    }
    valid.push({ entry, data: result.data as Record<string, unknown> });
  }

  for (const { entry, data } of valid) {
    for (const { path, ref } of collectReferences(data)) {
      const targets = ids.get(ref.collection)!;
      if (targets.has(ref.id)) continue;
      const suggestion = closest(ref.id, targets.keys());
      issues.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: `verwijst naar "${ref.id}", maar die ${collectionNouns[ref.collection]} bestaat niet`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf de naam van een bestand in content/${ref.collection}/ zonder extensie, of maak dat bestand eerst aan.`,
      });
    }
  }
  return { valid, issues };
}
