import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastDropComments } from '../../src/lib/markdown/hast-drop-comments.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { features: markdownFeatures, hastPlugins: [hastDropComments()] })).html;

describe('hastDropComments', () => {
  it('leaves an editor’s note out of the page, on a line of its own, in a sentence and in HTML', async () => {
    const html = await render(
      [
        '<!-- Concept: bedragen nog niet openbaar -->',
        '',
        'De gemeente betaalt <!-- nakijken --> de kosten.',
        '',
        '<div>',
        '<!-- binnen HTML -->',
        '<p>Tekst in HTML.</p>',
        '</div>',
        '',
        '<!--',
        'Over meer',
        'regels.',
        '-->',
        '',
        'Laatste alinea.',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<!--|-->|Concept|nakijken|binnen HTML|Over meer/);
    expect(html).toContain('De gemeente betaalt  de kosten.');
    expect(html).toContain('<p>Tekst in HTML.</p>');
    expect(html).toContain('<p>Laatste alinea.</p>');
  });

  it('keeps what only looks like a comment: in code, and written with a backslash', async () => {
    const html = await render('Schrijf `<!-- notitie -->` zo.\n\n\\<!-- geen notitie -->\n');
    expect(html).toContain('<code>&lt;!-- notitie --&gt;</code>');
    // Smart punctuation makes the dashes of the text (not of the code) into en dashes.
    expect(html).toContain('<p>&lt;!– geen notitie –&gt;</p>');
  });
});
