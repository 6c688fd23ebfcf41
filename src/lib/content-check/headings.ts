import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import { isJsxElement } from './markdown.ts';
import type { ContentIssue } from './types.ts';
import { linesBefore, offsetsOf, quoteFrom, scannable } from './written-text.ts';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * A line that was meant as a heading but has no space after its #-signs ("##Over ons", or a
 * non-breaking space as Word puts it there): Markdown reads it as text, so the page shows the signs.
 * Read in the scannable source (written-text.ts): after the markers of a quote or the indent of a
 * list item, and never in code, HTML, a link or an escaped `\#` (all blanked there, as \0).
 */
const unspacedHeading = /^[ \t>]*(#{1,6})([^ \t\n#\0])/gm;

/**
 * Headings that skip a level. The page title is the only level-1 heading, so a body starts at `##`
 * and goes down one level at a time; screen-reader users navigate by this outline (WCAG 1.3.1).
 * And headings without a word: a screen reader announces an empty heading, and the site can make
 * no anchor for one ("## ???" got id="", which is no valid HTML).
 */
export function checkHeadings({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    let previous = 1;
    const topLevel = new Set<Nodes>(body.tree.children);
    const sections = new Map<string, number | undefined>();
    eachNode(body.tree, (node) => {
      if (node.type === 'paragraph') {
        issues.push(...unspacedHeadings(entry.file, entry.body, node, body.lineOf(node)));
        // Only a paragraph of its own: in a list, "- **Basis**" is a label, not a heading.
        const bold = topLevel.has(node) ? boldAsHeading(node) : undefined;
        if (bold)
          issues.push({
            severity: 'warning',
            file: entry.file,
            line: body.lineOf(node),
            message: `"${bold}" is een regel die alleen vet is: hij ziet eruit als een kop, maar wie een schermlezer gebruikt, hoort geen kop en kan er niet naartoe springen`,
            hint: `Is het een kop, schrijf dan "## ${bold.replace(/\s*:$/, '')}"${previous >= 2 ? ' (of ### als hij onder de kop erboven valt)' : ''}. Is het geen kop, maak dan niet de hele regel vet.`,
          });
      }
      let depth: number | undefined;
      if (node.type === 'heading') depth = node.depth;
      else if (isJsxElement(node) && /^h[1-6]$/.test(node.name ?? '')) depth = Number(node.name!.slice(1));
      if (depth === undefined) return;
      const line = body.lineOf(node);
      // Raw HTML (`## <span></span>`) is no text a reader hears.
      const text = node.type === 'heading' ? toString(node, { includeHtml: false }).trim() : undefined;
      if (text !== undefined && !/[\p{L}\p{N}]/u.test(text)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: text === '' ? 'een kop zonder tekst' : `de kop "${text}" heeft geen letters of cijfers`,
          hint: 'Schrijf in de kop in een paar woorden waar de tekst eronder over gaat, of haal de regel weg.',
        });
      }
      // One underlined with === is reported as such (unread-formatting.ts), with the fix that fits it.
      const underlined = node.type === 'heading' && (node.position?.end.line ?? 0) > (node.position?.start.line ?? 0);
      if (depth === 1 && !underlined) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: 'een kop van niveau 1 (#) in de tekst; de titel van de pagina is al de kop van niveau 1',
          hint: 'Begin koppen in de tekst met ## (niveau 2), en gebruik ### voor een kop daaronder.',
        });
      } else if (depth > previous + 1) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line,
          message: `deze kop springt van niveau ${previous} naar niveau ${depth} (${hashes(depth)}) en slaat een niveau over`,
          hint: `Gebruik hier ${hashes(previous + 1)}: een kop is hoogstens één niveau dieper dan de kop erboven${previous === 1 ? ' (de titel van de pagina is niveau 1)' : ''}.`,
        });
      }
      previous = depth;
      // A newsletter lists its ## headings under "In dit nummer" (EditionContents.astro): two of one
      // name show twice there, and a reader cannot tell which is which.
      if (entry.collection === 'newsletters' && depth === 2 && text) {
        const key = text.toLocaleLowerCase('nl');
        const first = sections.get(key);
        if (!sections.has(key)) sections.set(key, line);
        else
          issues.push({
            severity: 'warning',
            file: entry.file,
            line,
            message: `er is al een kop "${text}"${first === undefined ? '' : ` (regel ${first})`}: onder "In dit nummer" staan ze dan twee keer, en de lezer weet niet welke welke is`,
            hint: 'Geef elke kop een eigen naam, die zegt waar dat stuk over gaat, zoals "Nieuws uit Almelo" en "Nieuws uit Hengelo".',
          });
      }
    });
  }
  return issues;
}

/**
 * The text of a paragraph that is one short run of bold and nothing else ("**Over ons**"), as Word
 * users make a heading: it looks like one, but it is no heading for a screen reader. A sentence (it
 * ends with a full stop) or a long text is bold for emphasis, and passes.
 */
function boldAsHeading(paragraph: Nodes): string | undefined {
  if (!('children' in paragraph)) return undefined;
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const bold = parts[0];
  if (parts.length !== 1 || bold?.type !== 'strong') return undefined;
  // Bold around a link or an image is a way to make it stand out: its heading would lose the link.
  if (bold.children.some((child) => child.type !== 'text' && child.type !== 'emphasis')) return undefined;
  const text = toString(bold).trim();
  return text !== '' && text.length <= 80 && !/[.!?…]$/.test(text) ? text : undefined;
}

/**
 * Lines of a paragraph that start like a heading without the space. Two or more #-signs are always
 * meant as a heading; one may be a hashtag ("#jeugd"), so that is a warning that escaping silences,
 * and one before a number ("#1 in Twente") is left alone.
 */
function unspacedHeadings(file: string, source: string, node: Nodes, line: number | undefined): ContentIssue[] {
  const place = offsetsOf(node);
  if (!place) return [];
  const text = source.slice(place.start, place.end);
  if (!text.includes('#')) return [];
  const scanned = scannable(text, node, place, { linkTextRead: false });
  const issues: ContentIssue[] = [];
  for (const match of scanned.matchAll(unspacedHeading)) {
    const [found, signs, next] = match as unknown as [string, string, string];
    const one = signs.length === 1;
    if (one && /\d/.test(next)) continue;
    const signsAt = match.index + found.length - 1 - signs.length;
    const wordsAt = signsAt + signs.length;
    const lineEnd = scanned.indexOf('\n', wordsAt);
    const blankAt = scanned.indexOf('\0', wordsAt);
    const wordsEnd = Math.min(lineEnd === -1 ? text.length : lineEnd, blankAt === -1 ? text.length : blankAt);
    const words = quoteFrom(text.slice(wordsAt, wordsEnd).trim(), 0);
    const spaceOfWord = /\s/.test(next);
    const heading = `${one ? '##' : signs} ${words}`;
    issues.push({
      severity: one ? 'warning' : 'error',
      file,
      line: line === undefined ? undefined : line + linesBefore(text, signsAt),
      message: `"${quoteFrom(text, signsAt)}" wordt geen kop: na ${one ? 'het #-teken' : 'de #-tekens'} staat ${spaceOfWord ? 'een harde spatie in plaats van een gewone' : 'geen spatie'}, dus de pagina toont ${one ? 'het' : 'ze'} als tekst`,
      hint: one
        ? `Bedoelt u een kop, schrijf dan "${heading}" (koppen in de tekst beginnen bij ##). Bedoelt u het teken # zelf, zoals in een hashtag, schrijf dan \\${text.slice(signsAt).split(/\s/, 1)[0]}: dan verdwijnt deze waarschuwing.`
        : `Schrijf "${heading}", met een gewone spatie na ${signs}.`,
    });
  }
  return issues;
}
