import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { quoteFrom } from './written-text.ts';
import { dottedPath } from './words.ts';
import { holdsText, kindAt } from './yaml-values.ts';

/** Markup that a field's text keeps as typed: the site shows fields as plain text, signs and all. */
const fieldMarkup: readonly { pattern: RegExp; what: (found: string) => string; hint: (found: string) => string }[] = [
  {
    // **vet** or __vet__, as in the text below the fields: at the start of a word, closed at the end of one.
    pattern: /(?<![\p{L}\p{N}*_])(\*\*|__)(?=[\p{L}\p{N}])[^*_]*?[^\s*_]\1(?![\p{L}\p{N}*_])/u,
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
    // &amp; &nbsp; &#8211;: HTML's way of writing a sign, as a web page or a tool copies it. Only the
    // names tools write, so "Onderwijs&Jeugd;" is left alone.
    pattern:
      /&(?:amp|nbsp|quot|apos|lt|gt|ndash|mdash|hellip|euro|lsquo|rsquo|ldquo|rdquo|[a-zA-Z](?:uml|acute|grave|circ|cedil)|#\d{2,6}|#x[0-9a-fA-F]{2,5});/u,
    what: (found) => `"${found}" zoals het er staat`,
    hint: (found) =>
      `Schrijf het teken zelf in plaats van ${found}, zoals & in plaats van &amp; of een gewone spatie in plaats van &nbsp;.`,
  },
  {
    // <br>, <b>, </i>: the tags of HTML a tool copies along, and code pasted on purpose (<script>). Other
    // words between < and > ("Beste <naam>") are words.
    pattern:
      /<\/?(?:br|hr|b|i|u|s|em|strong|mark|del|ins|q|abbr|code|pre|p|span|a|sup|sub|div|img|small|font|ul|ol|li|h[1-6]|table|tr|td|th|blockquote|script|style|iframe|object|embed|svg|link|meta)(?:\s[^<>]*)?\/?>/iu,
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
      // A web or e-mail address has a form of its own, which the schema checks.
      const kind = kindAt(entry.collection, path);
      if (kind?.type === 'text' && kind.format && kind.format !== 'id') continue;
      for (const { pattern, what, hint } of fieldMarkup) {
        const found = pattern.exec(text);
        if (!found) continue;
        // A text on more lines (summary: >) on one line in the message.
        const shown = text.replace(/\s+/g, ' ').trim();
        issues.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(path),
          field: dottedPath(path),
          message: `de site toont dit veld als gewone tekst, dus ook ${what(found[0])}: "${shown.length <= 60 ? shown : quoteFrom(shown, shown.indexOf(found[0]), 60)}"`,
          hint: hint(found[0]),
        });
        break;
      }
    }
  }
  return issues;
}
