import type { CheckContext } from './context.ts';
import { controlCharacterOffsets, invisibleName, strayCharacterHint } from './invisible.ts';
import type { ContentIssue } from './types.ts';
import { linesBefore } from './written-text.ts';

/**
 * Characters no text should hold (see isControlCharacter), in the text of a page: Word's Shift+Enter
 * and Ctrl+Enter come along as two of them when its text is pasted, and wrong decoding brings others.
 * Markdown passes them on: the page shows a box or nothing, and XML forbids them, so a newsletter
 * with one made its RSS and Atom feeds unreadable for every feed reader, while the build went on.
 * One error per line, at its line, with the words around the first one.
 */
export function checkBodyCharacters({ entries }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.format === 'yaml') continue;
    const { body } = entry;
    let lastLine = 0;
    for (const offset of controlCharacterOffsets(body)) {
      const line = entry.bodyLine + linesBefore(body, offset);
      if (line === lastLine) continue;
      lastLine = line;
      const char = body[offset]!;
      const lineStart = body.lastIndexOf('\n', offset - 1) + 1;
      const lineEnd = body.includes('\n', offset) ? body.indexOf('\n', offset) : body.length;
      issues.push({
        severity: 'error',
        file: entry.file,
        line,
        message: `er staat een ${invisibleName(char)} in de tekst: de pagina toont het als een vakje of helemaal niet${entry.collection === 'newsletters' ? `, en een nieuwsbrief met zo'n teken kunnen feedlezers en e-mailprogramma's niet openen` : ''}`,
        hint: strayCharacterHint(char, body.slice(lineStart, offset), body.slice(offset + 1, lineEnd)),
      });
    }
  }
  return issues;
}
