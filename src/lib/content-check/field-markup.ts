import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { quoteFrom } from './written-text.ts';
import { dottedPath } from './words.ts';
import { holdsText } from './yaml-values.ts';

/** Markup that a field's text keeps as typed: the site shows fields as plain text, signs and all. */
const fieldMarkup: readonly { pattern: RegExp; what: (found: string) => string; hint: (found: string) => string }[] = [
  {
    // **vet** or __vet__, as in the text below the fields.
    pattern: /(\*\*|__)(?=\S)[^*_]*?\S\1/u,
    what: (found) => `de tekens ${found.slice(0, 2)} (vet in de tekst van een pagina)`,
    hint: () =>
      'Haal de sterretjes of lage streepjes weg: in een veld kan tekst niet vet. Zet wat vet moet in de tekst onder de velden.',
  },
  {
    // [tekst](/plannen/regie/): a link as in the text below the fields.
    pattern: /\[[^\]\n]+\]\([^)\s]+\)/u,
    what: (found) => `"${found}" als tekst, zonder link`,
    hint: () =>
      'Schrijf in een veld alleen de woorden, zonder [ ] en het adres. Een link zet u in de tekst onder de velden.',
  },
  {
    // &amp; &nbsp; &#8211;: HTML's way of writing a sign, as a web page or a tool copies it.
    pattern: /&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});/iu,
    what: (found) => `"${found}" zoals het er staat`,
    hint: (found) =>
      `Schrijf het teken zelf in plaats van ${found}, zoals & in plaats van &amp; of een gewone spatie in plaats van &nbsp;.`,
  },
  {
    // <br>, <b>, </i>: HTML tags.
    pattern: /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iu,
    what: (found) => `"${found}" als tekst`,
    hint: () =>
      'Haal de HTML weg: in een veld staat alleen gewone tekst, op één regel. Wilt u een nieuwe regel of opmaak, zet die dan in de tekst onder de velden.',
  },
];

/** Every text value in the data, with its path. */
function textValues(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textValues(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textValues(item, [...path, key]));
  return [];
}

/**
 * Markdown or HTML in a field (`summary: "**Let op:** …"`, `title: "Regie &amp; samenwerking"`,
 * `<br>`): the site shows a field as plain text, so the page, the overviews and the search results
 * show the signs. As a tool that writes HTML or Markdown copies text into a field.
 */
export function checkFieldMarkup({ entries }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { text, path } of textValues(entry.data)) {
      if (path.length === 0 || !holdsText(entry.collection, path)) continue;
      for (const { pattern, what, hint } of fieldMarkup) {
        const found = pattern.exec(text);
        if (!found) continue;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(path),
          field: dottedPath(path),
          message: `de site toont dit veld als gewone tekst, dus ook ${what(found[0])}: "${text.length <= 60 ? text : quoteFrom(text, found.index, 60)}"`,
          hint: hint(found[0]),
        });
        break;
      }
    }
  }
  return issues;
}
