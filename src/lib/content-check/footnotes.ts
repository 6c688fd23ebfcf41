import type { FootnoteDefinition } from 'mdast';
import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import type { ContentIssue } from './types.ts';

/**
 * Footnotes that Markdown leaves out without a word: a second note with the same name (only the
 * first is shown), and a note that no [^name] in the text refers to (the page shows no notes without
 * a reference). A [^name] without its note is an unread link (unread-links.ts).
 */
export function checkFootnotes({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    const referred = new Set<string>();
    const notes: FootnoteDefinition[] = [];
    eachNode(body.tree, (node) => {
      if (node.type === 'footnoteReference') referred.add(node.identifier);
      if (node.type === 'footnoteDefinition') notes.push(node);
    });
    const first = new Map<string, FootnoteDefinition>();
    for (const note of notes) {
      const name = `[^${note.label ?? note.identifier}]`;
      const earlier = first.get(note.identifier);
      if (earlier) {
        const line = body.lineOf(earlier);
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(note),
          message: `de voetnoot ${name} staat er twee keer: de pagina toont alleen de eerste${line === undefined ? '' : ` (regel ${line})`}, en laat deze weg`,
          hint: 'Geef elke voetnoot een eigen nummer of naam ([^1], [^2], …), en zet dat ook in de tekst waar de voetnoot bij hoort.',
        });
        continue;
      }
      first.set(note.identifier, note);
      if (!referred.has(note.identifier))
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(note),
          message: `de voetnoot ${name} staat niet op de pagina: nergens in de tekst staat ${name}`,
          hint: `Zet ${name} in de tekst, direct achter het woord waar de voetnoot bij hoort, zoals "het plan${name}". Of haal de voetnoot weg.`,
        });
    }
  }
  return issues;
}
