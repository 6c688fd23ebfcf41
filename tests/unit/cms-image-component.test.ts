import { describe, expect, it } from 'vitest';
import {
  imageComponent,
  imageFields,
  imageFromMarkdown,
  imagePattern,
  imageToMarkdown,
} from '../../src/lib/cms/client/image-component.ts';

const h = (type: string, props: Record<string, unknown> | null) => ({ type, props });

describe("the editor's image block (in place of Decap's English one)", () => {
  it('is named in Dutch, as CONTRIBUTING names it, under the id the configuration asks for', () => {
    const block = imageComponent(h);
    expect(block.id).toBe('image');
    expect(block.label).toBe('Afbeelding');
    expect(imageFields.map((field) => field.label)).toEqual([
      'Afbeelding',
      'Beschrijving (alt-tekst)',
      'Titel (niet nodig)',
    ]);
    for (const field of imageFields) expect(field.label).not.toMatch(/image|alt text|title/i);
  });

  // A title with escaped quotes in it Decap's pattern reads as part of the address (Decap's own block does
  // the same); what matters is that the page's Markdown comes back unchanged.
  it('reads and writes Markdown as Decap does, and gives back every image unchanged', () => {
    for (const markdown of [
      '![Een schema van de vier niveaus](/afbeeldingen/schema.png)',
      '![](/afbeeldingen/leeg.png)',
      '![Foto](/afbeeldingen/foto.jpg "Met \\"aanhalingstekens\\"")',
    ]) {
      const block = imageFromMarkdown(markdown.match(imagePattern));
      expect(block).toBeDefined();
      expect(imageToMarkdown(block!)).toBe(markdown);
    }
    expect(imageFromMarkdown('![Foto](/a.png "Titel")'.match(imagePattern))).toEqual({
      image: '/a.png',
      alt: 'Foto',
      title: 'Titel',
    });
    expect(imageFromMarkdown('Geen afbeelding'.match(imagePattern))).toBeUndefined();
  });

  it('shows the image with its description in the preview', () => {
    const preview = imageComponent(h).toPreview({ image: '/a.png', alt: 'Foto' }, (path) => `/site${path}`, {
      find: () => undefined,
    });
    expect(preview).toEqual({ type: 'img', props: { src: '/site/a.png', alt: 'Foto', title: '' } });
  });
});
