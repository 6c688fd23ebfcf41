import type { Code, Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';
import { linesBefore, offsetsOf, quoteFrom, scannable } from './written-text.ts';

/**
 * Two asterisks that open bold: at the start of a word (after a space, an opening bracket or quote, or
 * at the start), so not after the backslash of an escape. Bold that was read leaves no asterisks in its text, so such a pair left in
 * a text has no partner, or a space between it and the text ("** Let op**"). Asterisks after a letter
 * ("Almelo**", a footnote) or inside a word are left alone.
 */
const openingAsterisks = /(?<=^|[\s([{"'“‘«–—-])\*\*/u;

/**
 * Bullets as Word, a PDF or a web page paste them ("• eerste punt"), at the start of a line after the
 * markers of a quote or a list item. Markdown makes no list of them: the lines run together into one
 * paragraph, bullets and all. (\uf0b7 is the bullet of Word's Symbol font. A middle dot is left alone:
 * "Almelo · Hengelo" on two lines reads as meant.)
 */
const pastedBullet = /^[ \t>]*([•▪◦●\uf0b7])[ \t\u00a0]*\S/mu;

/**
 * A list item as Word pastes it: its dash, asterisk, plus or number followed by a non-breaking space
 * ("-\u00a0eerste punt") where Markdown needs an ordinary space or a tab. Markdown makes no list of
 * it: the lines run together into one paragraph, markers and all.
 */
const markerWithHardSpace = /^[ \t>]*([-*+]|\d{1,9}[.)])\u00a0[ \t\u00a0]*(?=\S)/mu;

/** The name of a list marker, for "na het streepje". */
const markerName = (marker: string) =>
  marker === '-' ? 'het streepje' : marker === '*' ? 'het sterretje' : marker === '+' ? 'het plusteken' : 'het nummer';

/** A tab, a bullet or a non-breaking space anywhere: only a paragraph with one is read further. */
const pastedSigns = /[\t•▪◦●\uf0b7\u00a0]/u;

/**
 * The lines of a paragraph (their offsets) that are rows of a table pasted from Excel or Word: two or
 * more cells with text, separated by tabs. Markdown makes no table of them; the rows run together into
 * one paragraph, the tabs shown as spaces. Two such lines make a table.
 */
function pastedTableRows(text: string): number[] {
  const rows: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.split('\t').filter((cell) => cell.trim() !== '').length >= 2) rows.push(offset);
    offset += line.length + 1;
  }
  return rows;
}

/** A tab, shown in a quote: in a message it would look like any space. */
const showTabs = (text: string) => text.replace(/\t+/g, ' ⇥ ');

/**
 * A block of code that was no code: text indented by four spaces or a tab, as Word or an e-mail
 * pastes a paragraph, which Markdown shows as code (the site's pages have none). Code between lines
 * of ``` or ~~~ (fenced) is written on purpose, and passes.
 */
function indentedCode(source: string, node: Code, line: number | undefined, inList: boolean) {
  const place = offsetsOf(node);
  if (!place) return undefined;
  const written = source.slice(place.start, place.end);
  if (/^[ \t]*(```|~~~)/.test(written)) return undefined;
  const indent = /^[ \t]*/.exec(written)![0];
  const firstLine = node.value.replace(/^\s*\n/, '').trimStart();
  return {
    line,
    message: `"${quoteFrom(firstLine, 0)}" wordt code in plaats van gewone tekst: de regel begint met ${indent.includes('\t') ? 'een tab' : 'vier of meer spaties'}, en dan toont de pagina de tekst in een ander lettertype, zonder de regels af te breken`,
    hint: inList
      ? 'Hoort de tekst bij het punt van de lijst erboven, laat hem dan even ver inspringen als de tekst van dat punt (na "- " zijn dat twee spaties). Anders: haal de spaties of de tab aan het begin van de regels weg.'
      : 'Haal de spaties of de tab aan het begin van de regels weg.',
  };
}

/**
 * A heading written with a line of --- or === under it (a "setext" heading): a sentence with "---"
 * on the very next line, meant as the sentence and a line under it, becomes a heading instead. The
 * site's headings are written with #-signs, so one made this way is as good as always a mistake.
 */
function underlinedHeading(source: string, node: Heading, line: number | undefined) {
  const place = offsetsOf(node);
  if (!place) return undefined;
  const written = source.slice(place.start, place.end);
  // A heading with #-signs is one line; the text of one with a line under it may start with # as well.
  if (!written.includes('\n')) return undefined;
  const sign = node.depth === 1 ? '===' : '---';
  const words = quoteFrom(toString(node).replace(/\s+/g, ' ').trim(), 0);
  return {
    line,
    message: `"${quoteFrom(written, 0)}" wordt een kop: direct op de regel eronder staat ${sign}, en dan maakt Markdown van de tekst erboven een kop`,
    hint:
      node.depth === 1
        ? `Haal de regel met ${sign} weg. Bedoelt u een kop, schrijf dan "## ${words}".`
        : `Bedoelt u een lijn onder de tekst, zet dan een lege regel boven ${sign}. Bedoelt u een kop, schrijf dan "## ${words}" en haal de regel met ${sign} weg.`,
  };
}

/**
 * Formatting that Markdown did not read, so the page shows the signs instead of what they were for:
 * bold whose asterisks have no partner, and a list or a table pasted with its bullets, tabs or
 * non-breaking spaces, which becomes one paragraph. And text that Markdown read as something else than
 * was meant: a paragraph indented as Word pastes it, which becomes code, and a sentence with --- on
 * the next line, which becomes a heading.
 */
export function checkUnreadFormatting({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    // The end of the last link passed: its text is an address as often as words (an autolink).
    let linkEnd = -1;
    // Code in a list item: text meant for the item, indented too far.
    const inList = new Set<Nodes>();
    eachNode(body.tree, (node) => {
      if (node.type === 'listItem') for (const child of node.children) inList.add(child);
      const misread =
        node.type === 'code'
          ? indentedCode(entry.body, node, body.lineOf(node), inList.has(node))
          : node.type === 'heading'
            ? underlinedHeading(entry.body, node, body.lineOf(node))
            : undefined;
      if (misread) issues.push({ severity: 'error', file: entry.file, ...misread });
      if (node.type === 'link' || node.type === 'linkReference') linkEnd = offsetsOf(node)?.end ?? linkEnd;
      if (node.type === 'text' ? !node.value.includes('**') : node.type !== 'paragraph') return;
      const place = offsetsOf(node);
      if (!place || place.start < linkEnd) return;
      const written = entry.body.slice(place.start, place.end);
      const lineAt = (index: number) => {
        const line = body.lineOf(node);
        return line === undefined ? undefined : line + linesBefore(written, index);
      };
      if (node.type === 'text') {
        const found = openingAsterisks.exec(written);
        if (!found) return;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: lineAt(found.index),
          message: `"${quoteFrom(written, found.index)}" wordt niet vet: de sterretjes hebben geen paar, of er staat een spatie tussen de sterretjes en de tekst, dus de pagina toont ze`,
          hint: 'Zet twee sterretjes direct voor en direct na de tekst die vet moet, zonder spatie: **zo**. Staat er vlak voor de sluitende sterretjes een leesteken, zet dan een spatie na de sterretjes: **Let op:** de tekst. Bedoelt u de sterretjes zelf, schrijf dan \\*\\*.',
        });
        return;
      }
      if (!pastedSigns.test(written)) return;
      // Read with code and HTML blanked (written-text.ts): a tab or a bullet in `code` is the code's own.
      const scanned = scannable(written, node, place);
      const rows = pastedTableRows(scanned);
      if (rows.length >= 2) {
        // A warning: two lines of text with a stray tab each look the same, and the page only shows a space there.
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: lineAt(rows[0]!),
          message: `"${showTabs(quoteFrom(written, rows[0]!))}" wordt geen tabel: staan hier cellen met tabs naast elkaar (zoals ze uit Excel of Word meekomen)? Dan lopen de regels door in één alinea`,
          hint: 'Schrijf een tabel in Markdown: elke rij op een eigen regel, de cellen tussen |, en onder de eerste rij een regel met --- per kolom, zoals | Naam | Rol | en daaronder | --- | --- | en | Jan | Voorzitter |.',
        });
        return;
      }
      const bullet = pastedBullet.exec(scanned);
      if (!bullet) {
        const marker = markerWithHardSpace.exec(scanned);
        if (!marker) return;
        const markerAt = marker.index + marker[0].indexOf(marker[1]!);
        const name = markerName(marker[1]!);
        issues.push({
          severity: 'error',
          file: entry.file,
          line: lineAt(markerAt),
          message: `"${quoteFrom(written, markerAt)}" wordt geen lijst: na ${name} staat een harde spatie in plaats van een gewone, dus de regels lopen door in één alinea, met de tekens erin`,
          hint: `Schrijf "${marker[1]} ${quoteFrom(written, marker.index + marker[0].length)}", met een gewone spatie na ${name}. Doe dat bij elk punt van de lijst.`,
        });
        return;
      }
      const bulletAt = bullet.index + bullet[0].indexOf(bullet[1]!);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: lineAt(bulletAt),
        message: `"${quoteFrom(written, bulletAt)}" wordt geen lijst: Markdown maakt geen lijst van regels met opsommingstekens (zoals ze uit Word of een website meekomen), dus de regels lopen door in één alinea, met de tekens erin`,
        hint: 'Begin elk item van een lijst met een streepje en een spatie ("- eerste punt"), elk op een eigen regel, met een lege regel boven de lijst.',
      });
    });
  }
  return issues;
}
