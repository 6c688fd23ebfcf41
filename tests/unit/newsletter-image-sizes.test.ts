import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { fitImagesToColumn, imageSources, withKnownSizes } from '../../src/lib/newsletter/images.ts';
import { publicImageSizes } from '../../src/lib/newsletter/public-images.ts';

/** A GIF of `width` by `height` pixels. */
function gif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 255 } } })
    .gif()
    .toBuffer();
}

const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-public-'));
fs.mkdirSync(path.join(publicDir, 'afbeeldingen'));
fs.writeFileSync(path.join(publicDir, 'afbeeldingen/logo.gif'), await gif(150, 60));
fs.writeFileSync(path.join(publicDir, 'afbeeldingen/foto breed.gif'), await gif(1200, 800));
fs.writeFileSync(path.join(publicDir, 'afbeeldingen/kapot.png'), 'geen afbeelding');
afterAll(() => fs.rmSync(publicDir, { recursive: true, force: true }));

describe("an e-mail's images at their own size", () => {
  const html = [
    '<img src="/jeugd/afbeeldingen/logo.gif" alt="Logo">',
    '<img src="/jeugd/afbeeldingen/foto%20breed.gif" alt="Foto">',
    '<img src="/jeugd/afbeeldingen/kapot.png" alt="Kapot">',
    '<img src="/jeugd/afbeeldingen/bestaat-niet.gif" alt="Weg">',
    '<img src="/jeugd/../geheim.gif" alt="Buiten de map">',
    '<img src="/jeugd/afbeeldingen/100%.gif" alt="Een kale procentteken">',
    '<img src="https://extern.test/beeld.png" alt="Extern">',
    '<img src="/jeugd/afbeeldingen/logo.gif" alt="Logo nog eens">',
  ].join('');

  it('lists each source once, in order', () => {
    expect(imageSources(html)).toEqual([
      '/jeugd/afbeeldingen/logo.gif',
      '/jeugd/afbeeldingen/foto%20breed.gif',
      '/jeugd/afbeeldingen/kapot.png',
      '/jeugd/afbeeldingen/bestaat-niet.gif',
      '/jeugd/../geheim.gif',
      '/jeugd/afbeeldingen/100%.gif',
      'https://extern.test/beeld.png',
    ]);
  });

  it("reads the sizes of the site's own image files under the base path, and of nothing else", async () => {
    const sizes = await publicImageSizes(html, { base: '/jeugd/', publicDir });
    expect(Object.fromEntries(sizes)).toEqual({
      '/jeugd/afbeeldingen/logo.gif': { width: 150, height: 60 },
      '/jeugd/afbeeldingen/foto%20breed.gif': { width: 1200, height: 800 },
    });
  });

  it('shows a small image at its own width and scales a wide one to the column, with its height', async () => {
    const sizes = await publicImageSizes(html, { base: '/jeugd/', publicDir });
    const fitted = fitImagesToColumn(
      withKnownSizes(html, (src) => sizes.get(src)),
      552,
    );
    expect(fitted).toContain('src="/jeugd/afbeeldingen/logo.gif" alt="Logo" width="150" height="60"');
    expect(fitted).toContain('max-width:150px');
    expect(fitted).toContain('alt="Foto" width="552" height="368"');
    // Unknown sizes still fill the column, as before.
    expect(fitted).toContain('src="https://extern.test/beeld.png" alt="Extern" width="552" style');
  });

  it('keeps a width the HTML already gives', () => {
    expect(withKnownSizes('<img src="a.gif" width="40">', () => ({ width: 150, height: 60 }))).toBe(
      '<img src="a.gif" width="40">',
    );
  });
});
