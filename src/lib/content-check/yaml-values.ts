import type { z } from 'astro/zod';
import { isPair, isScalar, isSeq, Scalar, visit, type Document, type LineCounter } from 'yaml';
import type { CollectionName } from '../../schemas/index.ts';
import { plainSchemas } from '../schema/plain-schemas.ts';
import { fieldAt, kindOf, peel, type FieldKind } from '../schema/walk.ts';
import {
  invisibleName,
  isControlCharacter,
  isWronglyDecoded,
  strayCharacterHint,
  withoutInvisible,
} from './invisible.ts';
import type { ContentIssue } from './types.ts';
import { dottedPath } from './words.ts';

/** A key or a value in the fields, with its place in the data. */
interface FoundScalar {
  scalar: Scalar;
  /** Where it is in the data: `['members', 1, 'role']`; for a key, the place of its field. */
  path: (string | number)[];
  /** The field a value belongs to; undefined for an item of a list, and for a key. */
  key?: string;
  isKey: boolean;
}

/** Where a node is in the data (`['members', 1, 'role']`), from the nodes `visit` passes on the way to it. */
export function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const chain = [...ancestors, node];
  const path: (string | number)[] = [];
  chain.forEach((item, i) => {
    if (isPair(item) && isScalar(item.key)) path.push(String(item.key.value));
    else if (isSeq(item)) path.push(item.items.indexOf(chain[i + 1] as never));
  });
  return path;
}

/** Every key and value of the fields, in one walk. */
function scalarsOf(doc: Document): FoundScalar[] {
  const found: FoundScalar[] = [];
  visit(doc, {
    Scalar(place, scalar, ancestors) {
      const path = pathOf(ancestors, scalar);
      const key = place === 'value' && typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined;
      found.push({ scalar, path, key, isKey: place === 'key' });
    },
  });
  return found;
}

/** A value written without quotes, as a field's value or an item of a list. */
interface PlainValue extends FoundScalar {
  text: string;
}

/** Every unquoted text among the values; keys are left out (they hold no text to lose). */
function plainValues(found: readonly FoundScalar[]): PlainValue[] {
  return found.flatMap((value) =>
    !value.isKey && value.scalar.type === Scalar.PLAIN && typeof value.scalar.value === 'string'
      ? [{ ...value, text: value.scalar.value }]
      : [],
  );
}

/** A line of YAML with `text` between double quotes: `key: "…"` for a field, `- "…"` for an item of a list. */
export function quotedLine(key: string | number | undefined, text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${typeof key === 'string' && key !== '' ? `${key}: ` : '- '}"${escaped}"`;
}

/** What js-yaml, Astro's YAML reader, takes for a date or a time (its YAML 1.1 timestamp patterns). */
const YAML_TIMESTAMP =
  /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;

/** Quotes from Word or TextEdit: “Regie” stays with its curly quotes, which the site then shows as part of the text. */
export const CURLY = /^[“‘„‚].*[”’“‘]$/s;

/** A bare date or time in the fields, which validate.ts holds against the field it is in. */
export interface PlainDate {
  path: (string | number)[];
  value: string;
  /** The value as it should be written if it is meant as text. */
  asText: string;
}

/**
 * Whether the field at `path` holds text (also a choice or an id): there a bare date, or a number
 * written with a digit Astro's reader drops, is not what the editor meant.
 */
export function holdsText(collection: CollectionName, path: readonly (string | number)[]): boolean {
  const kind = kindAt(collection, path);
  return kind !== undefined && ['text', 'choice', 'reference'].includes(kind.type);
}

/** Whether the field at `path` of a collection's entries holds a date (JJJJ-MM-DD), by its schema. */
export function holdsDate(collection: CollectionName, path: readonly (string | number)[]): boolean {
  return kindAt(collection, path)?.type === 'date';
}

/** What the field at `path` of a collection's entries holds, by its schema; undefined for no such field. */
export function kindAt(collection: CollectionName, path: readonly (string | number)[]): FieldKind | undefined {
  const field = fieldAt(plainSchemas[collection] as z.ZodType, path).schema;
  return field === undefined ? undefined : kindOf(peel(field).inner);
}

/**
 * What an unquoted value may do that the editor did not mean:
 * - text after " #" is a comment, so `title: Thema #1 regie` reads as "Thema" (Astro reads it the same way);
 * - curly quotes around a value stay part of the text;
 * - a bare date or time becomes a date in Astro's reader (js-yaml), while this check's keeps it as text:
 *   returned, for validate.ts to refuse where the field is no date;
 * - a number that is not written as its value is (0123 is 123, 1.50 is 1.5), where `textAt` says
 *   the field holds text: said here with the text as written, since the schema's message only knows
 *   the number (`place: "123"`, without the 0). This check then reads the value as that text, so the
 *   schema does not say it a second time.
 */
export function checkPlainValues(
  doc: Document,
  counter: LineCounter,
  text: string,
  file: string,
  lineOffset: number,
  textAt: (path: (string | number)[]) => boolean = () => false,
): { issues: ContentIssue[]; plainDates: PlainDate[] } {
  const issues: ContentIssue[] = [];
  const plainDates: PlainDate[] = [];
  const found = scalarsOf(doc);
  const where = ({ scalar, path }: FoundScalar) => ({
    file,
    line: counter.linePos(scalar.range?.[0] ?? 0).line + lineOffset,
    field: dottedPath(path) || undefined,
  });
  for (const value of plainValues(found)) {
    const { scalar, path } = value;
    if (!scalar.range) continue;
    const at = where(value);
    const end = text.indexOf('\n', scalar.range[1]);
    const rest = text.slice(scalar.range[1], end === -1 ? undefined : end);
    if (/^[ \t]+#/.test(rest)) {
      issues.push({
        severity: 'error',
        ...at,
        message: `na " #" leest de site niets meer (dat is een opmerking): er staat nu alleen "${value.text}"`,
        hint: `Is " #…" een opmerking, zet die dan op een eigen regel of haal hem weg. Hoort het bij de tekst, zet dan de hele tekst tussen aanhalingstekens: ${quotedLine(value.key, `${String(scalar.source ?? value.text)}${rest}`.trim())}.`,
      });
    }
    if (CURLY.test(value.text)) {
      issues.push({
        severity: 'warning',
        ...at,
        message: `de tekst staat tussen krulaanhalingstekens (${value.text.at(0)} ${value.text.at(-1)}), die de site als deel van de tekst toont`,
        hint: `Gebruik rechte aanhalingstekens: ${quotedLine(value.key, value.text.slice(1, -1))}.`,
      });
    }
    if (YAML_TIMESTAMP.test(value.text))
      plainDates.push({ path, value: value.text, asText: quotedLine(value.key, value.text) });
  }
  for (const number of found) {
    const { scalar, path } = number;
    const written = scalar.source;
    if (number.isKey || scalar.type !== Scalar.PLAIN || typeof scalar.value !== 'number') continue;
    if (written === undefined || written === String(scalar.value) || !textAt(path)) continue;
    issues.push({
      severity: 'error',
      ...where(number),
      message: `hier hoort tekst, maar er staat het getal ${written}, en dat leest de site als ${String(scalar.value)}`,
      hint: `Zet de tekst tussen aanhalingstekens: ${quotedLine(path.at(-1), written)}.`,
    });
    scalar.value = written;
  }
  return { issues, plainDates };
}

/**
 * Whether js-yaml, the build's reader, refuses the character (its captureSegment): between quotes a
 * control character below a space, except a tab ("expected valid JSON character"); elsewhere also
 * DEL, U+0080 to U+009F except U+0085, and U+FFFE and U+FFFF ("the stream contains non-printable
 * characters"). In a comment it takes them all.
 */
function refusedByBuild(code: number, quoted: boolean): boolean {
  const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (quoted) return control;
  return control || (code >= 0x7f && code <= 0x9f && code !== 0x85) || code === 0xfffe || code === 0xffff;
}

/**
 * Characters in the fields that js-yaml, the build's reader, refuses (see refusedByBuild), which
 * this check's reader takes: the build would stop on them in English. Each is said at its line and
 * field, by its name (Word's Shift+Enter comes along as one), with what to write. So are U+0080 to
 * U+009F anywhere, which only wrong decoding brings (Word's “ as U+0093). Comments are left alone:
 * the build skips them.
 */
export function checkRefusedCharacters(
  doc: Document,
  counter: LineCounter,
  text: string,
  file: string,
  lineOffset: number,
): ContentIssue[] {
  const spots: number[] = [];
  for (let i = 0; i < text.length; i++) if (isControlCharacter(text[i]!)) spots.push(i);
  if (spots.length === 0) return [];
  // A line with nothing but such a character reads as a field name of its own: no field to name.
  const found = scalarsOf(doc).filter(
    ({ scalar }) => scalar.range && withoutInvisible(text.slice(scalar.range[0], scalar.range[1])).trim() !== '',
  );
  const holder = (offset: number) =>
    found.findLast(({ scalar }) => offset >= scalar.range![0] && offset < scalar.range![1]);
  const issues: ContentIssue[] = [];
  for (const offset of spots) {
    const char = text[offset]!;
    const code = text.charCodeAt(offset);
    const at = holder(offset);
    const quoted = at?.scalar.type === Scalar.QUOTE_DOUBLE || at?.scalar.type === Scalar.QUOTE_SINGLE;
    const breaks = refusedByBuild(code, quoted);
    // Where the build takes a wrongly decoded one, the page shows a box or nothing.
    if (!breaks && !isWronglyDecoded(char)) continue;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    // Outside every key and value, a # at the start or after a space opens a comment.
    const before = text.slice(lineStart, offset);
    if (
      !at &&
      [...before].some((c, i) => c === '#' && (i === 0 || /[ \t]/.test(before[i - 1]!)) && !holder(lineStart + i))
    )
      continue;
    const lineEnd = text.includes('\n', offset) ? text.indexOf('\n', offset) : text.length;
    // The text of the key or value on this line, without its quotes.
    const from = at ? Math.max(lineStart, at.scalar.range![0] + (quoted ? 1 : 0)) : lineStart;
    const to = at ? Math.min(lineEnd, at.scalar.range![1] - (quoted ? 1 : 0)) : lineEnd;
    const place = !at ? 'op deze regel' : at.isKey ? 'in de veldnaam' : 'in de tekst';
    const field = at ? dottedPath(at.path) : '';
    issues.push({
      severity: 'error',
      file,
      line: counter.linePos(offset).line + lineOffset,
      ...(field ? { field } : {}),
      message: `er staat een ${invisibleName(char) ?? 'verborgen teken'} ${place}, ${breaks ? 'en daardoor kan de site het bestand niet lezen' : 'en dat toont de site als een vakje of helemaal niet'}`,
      hint: strayCharacterHint(char, text.slice(from, offset), text.slice(offset + 1, to)),
    });
  }
  return issues;
}
