import { isPair, isScalar, isSeq, Scalar, visit, type Document, type LineCounter } from 'yaml';
import type { ContentIssue } from './types.ts';
import { dottedPath } from './words.ts';

/** A value written without quotes, as a field's value or an item of a list. */
interface PlainValue {
  scalar: Scalar;
  text: string;
  /** Where it is in the data: `['members', 1, 'role']`. */
  path: (string | number)[];
  /** The field it belongs to; undefined for an item of a list. */
  key?: string;
}

/** Every unquoted value of the fields, in one walk; keys are left out (they hold no text to lose). */
function plainValues(doc: Document): PlainValue[] {
  const found: PlainValue[] = [];
  visit(doc, {
    Scalar(place, scalar, ancestors) {
      if (place === 'key' || scalar.type !== Scalar.PLAIN || typeof scalar.value !== 'string') return;
      const chain = [...ancestors, scalar];
      const path: (string | number)[] = [];
      chain.forEach((node, i) => {
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node)) path.push(node.items.indexOf(chain[i + 1] as never));
      });
      const key = place === 'value' && typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined;
      found.push({ scalar, text: scalar.value, path, key });
    },
  });
  return found;
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
const CURLY = /^[“‘„‚].*[”’“‘]$/s;

/** A bare date or time in the fields, which validate.ts holds against the field it is in. */
export interface PlainDate {
  path: (string | number)[];
  value: string;
  /** The value as it should be written if it is meant as text. */
  asText: string;
}

/**
 * What an unquoted value may do that the editor did not mean:
 * - text after " #" is a comment, so `title: Thema #1 regie` reads as "Thema" (Astro reads it the same way);
 * - curly quotes around a value stay part of the text;
 * - a bare date or time becomes a date in Astro's reader (js-yaml), while this check's keeps it as text:
 *   returned, for validate.ts to refuse where the field is no date.
 */
export function checkPlainValues(
  doc: Document,
  counter: LineCounter,
  text: string,
  file: string,
  lineOffset: number,
): { issues: ContentIssue[]; plainDates: PlainDate[] } {
  const issues: ContentIssue[] = [];
  const plainDates: PlainDate[] = [];
  for (const value of plainValues(doc)) {
    const { scalar, path } = value;
    if (!scalar.range) continue;
    const at = { file, line: counter.linePos(scalar.range[0]).line + lineOffset, field: dottedPath(path) || undefined };
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
  return { issues, plainDates };
}
