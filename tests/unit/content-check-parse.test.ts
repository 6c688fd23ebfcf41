import type { Heading, Paragraph, Table, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content-check/index.ts';
import { parseBody } from '../../src/lib/content-check/markdown.ts';

const entry = (body: string, format: 'md' | 'mdx' = 'md'): RawEntry => ({
  collection: 'plans',
  id: 'x',
  path: `/x.${format}`,
  file: `content/plans/x.${format}`,
  format,
  data: {},
  body,
  bodyLine: 6,
  lineOf: () => undefined,
});

describe('parseBody, the content check’s parse of a text', () => {
  it('reads Markdown as the site renders it: GFM, smart punctuation, lines counted in the whole file', () => {
    const { body, issue } = parseBody(
      entry('## Wat is "VVE"?\n\n| a |\n| - |\n| 1 |\n\nHet \'jonge\' kind -- en meer...'),
    );
    expect(issue).toBeUndefined();
    const [heading, table, paragraph] = body!.tree.children as [Heading, Table, Paragraph];
    expect((heading.children[0] as Text).value).toBe('Wat is “VVE”?');
    expect(table.type).toBe('table');
    expect((paragraph.children[0] as Text).value).toBe('Het ‘jonge’ kind – en meer…');
    expect([heading, table, paragraph].map((node) => body!.lineOf(node))).toEqual([6, 8, 12]);
  });

  it('takes a --- at the top of a text for a line, not for a second set of fields', () => {
    const { body } = parseBody(entry('---\n\nTekst.\n\n---\n\nMeer tekst.'));
    expect(body!.tree.children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'paragraph',
      'thematicBreak',
      'paragraph',
    ]);
  });

  it('reads MDX with its elements and their attributes', () => {
    const { body } = parseBody(entry('Tekst.\n\n<Kader titel="Een titel">\nIn het kader.\n</Kader>', 'mdx'));
    const kader = body!.tree.children[1] as unknown as { type: string; name: string; attributes: object[] };
    expect(kader).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'Kader',
      attributes: [{ type: 'mdxJsxAttribute', name: 'titel', value: 'Een titel' }],
    });
    expect(body!.lineOf(kader)).toBe(8);
  });

  it('reports MDX that cannot be read on its line in the file, with the parser’s words (without its codes) last', () => {
    const { body, issue } = parseBody(entry('Tekst.\n\n<Kader>\nniet gesloten\n', 'mdx'));
    expect(body).toBeUndefined();
    expect(issue).toMatchObject({
      severity: 'error',
      file: 'content/plans/x.mdx',
      line: 8,
      message: 'de tekst is niet te lezen als MDX',
    });
    expect(issue?.hint).toMatch(/^In een \.mdx-bestand moet elke < en \{/);
    expect(issue?.hint).toMatch(/\(Technische melding: Expected a closing tag for `<Kader>` \(3:1\)\)$/);
  });

  it('says to write <br /> where an .mdx text has <br> as HTML writes it', () => {
    const { issue } = parseBody(entry('Eerste regel<br>tweede regel.\n', 'mdx'));
    expect(issue?.message).toBe('de tekst is niet te lezen als MDX');
    expect(issue?.hint).toMatch(
      /^Schrijf <br \/> in plaats van <br>: in een \.mdx-bestand krijgt een element zonder eind een \/ voor de >\. /,
    );
  });

  it('reports a broken export in MDX, which the build would stop on', () => {
    const { issue } = parseBody(entry('Tekst.\n\nexport const = 1\n', 'mdx'));
    expect(issue?.line).toBe(8);
    expect(issue?.message).toBe('de tekst is niet te lezen als MDX');
    expect(issue?.hint).toContain('(Technische melding: Could not parse esm');
    expect(parseBody(entry('export const jaar = 2019;\n\nTekst.', 'mdx')).issue).toBeUndefined();
  });
});
