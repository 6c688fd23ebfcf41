import { describe, expect, it } from 'vitest';
import { checkMarkup, findUnsafeMarkup } from '../../src/lib/content-check/markup.ts';
import { parseBody } from '../../src/lib/content-check/markdown.ts';
import type { CheckContext } from '../../src/lib/content-check/context.ts';
import type { RawEntry } from '../../src/lib/content-check/index.ts';

const messages = (body: string, format: 'md' | 'mdx' = 'md') =>
  findUnsafeMarkup(body, format).map((f) => `${f.line}: ${f.message}`);

describe('unsafe markup in Markdown bodies', () => {
  it('finds scripts, event handlers, javascript: links and embedded pages, on the right line', () => {
    const body = [
      'Een alinea.',
      '',
      '<script>alert(1)</script>',
      '',
      'Tekst met <img src=x onerror=alert(1)> erin.',
      '',
      '[klik](javascript:alert(1)) en <a href="jav&#x09;ascript:alert(1)">verstopt</a>',
      '',
      '<iframe src="https://example.org"></iframe>',
      '',
      '<p style="color:red">rood</p> <meta http-equiv="refresh" content="0;url=https://example.org">',
      '',
      '![plaatje](data:image/svg+xml,abc)',
    ].join('\n');
    expect(messages(body)).toEqual([
      '3: bevat een <script>; code in de inhoud mag niet',
      '5: het element <img> heeft het attribuut "onerror"; attributen die code uitvoeren mogen niet',
      '7: de link naar een javascript:-adres mag niet',
      '7: het element <a> heeft een javascript:-adres in "href"; zulke adressen mogen niet',
      '9: bevat een <iframe>; een pagina van een andere website insluiten mag niet',
      '11: het element <p> heeft een style-attribuut; eigen opmaak werkt niet op deze site',
      '11: bevat een <meta>; dat element hoort niet in de tekst van een pagina',
      '13: de afbeelding met een data:-adres mag niet',
    ]);
  });

  it('finds the same in MDX, where HTML is JSX', () => {
    const body =
      'Tekst <button onClick={() => alert(1)}>knop</button>\n\n<a href={"javascript:alert(1)"}>x</a>\n\n<script>{"alert(1)"}</script>\n';
    expect(messages(body, 'mdx')).toEqual([
      '1: het element <button> heeft het attribuut "onClick"; attributen die code uitvoeren mogen niet',
      '3: het element <a> heeft een javascript:-adres in "href"; zulke adressen mogen niet',
      '5: bevat een <script>; code in de inhoud mag niet',
    ]);
  });

  it('accepts ordinary Markdown, harmless HTML, and code that only shows markup', () => {
    const body = [
      '# Kop',
      '',
      'Een [link](https://example.org), een [pagina](/plannen/regie/) en [mail](mailto:a@example.org).',
      '',
      'Een `<script>` in code is tekst, net als &lt;script&gt;.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
      'Een <abbr title="voor- en vroegschoolse educatie">VVE</abbr> en een <br> mogen.',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
    ].join('\n');
    expect(messages(body)).toEqual([]);
    // The same text with one raw script outside code is caught.
    expect(messages(`${body}\n\n<script>alert(1)</script>`)).toEqual([
      '17: bevat een <script>; code in de inhoud mag niet',
    ]);
  });

  it('reports each finding against the file and its line in the file, as an error', () => {
    const entry = {
      collection: 'plans',
      id: 'x',
      path: '/x.md',
      file: 'content/plans/x.md',
      format: 'md',
      data: {},
      body: 'Tekst\n\n<script>x</script>\n',
      bodyLine: 6,
      lineOf: () => undefined,
    } satisfies RawEntry;
    const context = { entries: [entry], bodyOf: (e: RawEntry) => parseBody(e).body } as unknown as CheckContext;
    expect(checkMarkup(context)).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/plans/x.md',
        line: 8,
        message: 'bevat een <script>; code in de inhoud mag niet',
      }),
    ]);
  });
});
