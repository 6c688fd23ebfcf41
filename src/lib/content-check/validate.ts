import type { z } from 'astro/zod';
import { plainSchemas } from '../schema/plain-schemas';
import { allowedKeys, fieldAt } from '../schema/walk';
import { closest } from './suggest';
import { dottedPath } from './words';
import type { ContentIssue, RawEntry } from './types';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
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

/** Turns one zod issue into a message an editor can act on. */
function toContentIssue(entry: RawEntry, schema: z.ZodType, issue: z.core.$ZodIssue): ContentIssue {
  const path = issue.path;
  const field = dottedPath(path);
  const { description } = fieldAt(schema, path);
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
    const options = issue.code === 'invalid_value' ? ` Kies uit: ${issue.values.map(String).join(', ')}.` : '';
    return { ...base, message: 'dit veld is nog leeg', hint: `${described ?? 'Vul het veld in.'}${options}` };
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
        return { ...base, message: 'dit verplichte veld ontbreekt', hint: described ?? 'Vul het veld in.' };
      }
      if (issue.expected === 'date') {
        if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
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
      return {
        ...base,
        message: `hier hoort ${typeNames[issue.expected] ?? issue.expected}, maar er staat ${describeInput(input)}`,
        hint: described,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const written = String(input ?? '');
      const suggestion = closest(written, options);
      return {
        ...base,
        message: `"${written}" is geen toegestane waarde`,
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
        url: 'Schrijf een volledig webadres dat begint met https://.',
        regex: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals de bestandsnaam zonder extensie.',
      };
      return { ...base, message: 'de waarde heeft niet de juiste vorm', hint: formats[issue.format] ?? described };
    }
    default:
      return { ...base, message: issue.message, hint: described };
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
  for (const entry of entries) {
    const schema = plainSchemas[entry.collection] as z.ZodType;
    // reportInput: the messages quote what the editor wrote, and tell a missing field from a wrong one.
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) valid.push({ entry, data: result.data as Record<string, unknown> });
    else for (const issue of result.error.issues) issues.push(toContentIssue(entry, schema, issue));
  }
  return { valid, issues };
}
