import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { changedContent, fixtureBuilds } from '../support/builds.ts';
import { htmlFiles, load } from '../support/dist.ts';

/**
 * Images as editors add them (tests/support/builds.ts): a photo straight from a phone in a plan, and a
 * newsletter's PNG, in the changed-content build under /jeugd/.
 */
const { dir, base } = fixtureBuilds.changed;

describe("a phone's photo in the media folder", () => {
  it('is published upright, 1600 pixels wide, without the place it was taken or the camera', async () => {
    const published = fs.readFileSync(path.join(dir, 'afbeeldingen/telefoonfoto.jpg'));
    const original = fs.readFileSync(changedContent.publicFiles['afbeeldingen/telefoonfoto.jpg']);
    expect((await sharp(original).metadata()).exif?.toString('latin1')).toContain('Proeftelefoon');
    const { format, width, height, orientation, exif, xmp } = await sharp(published).metadata();
    expect({ format, width, height, orientation, exif, xmp }).toEqual({
      format: 'jpeg',
      width: 1600,
      height: 2133,
      orientation: undefined,
      exif: undefined,
      xmp: undefined,
    });
    expect(published.length).toBeLessThan(original.length);
    // Its copy for phones, half as wide, also without camera data.
    const narrow = await sharp(fs.readFileSync(path.join(dir, 'afbeeldingen/_800/telefoonfoto.jpg'))).metadata();
    expect([narrow.width, narrow.height, narrow.exif]).toEqual([800, 1067, undefined]);
  });

  it('is shown in its text at that size, so the text keeps its place while it loads', () => {
    const $ = load(dir, 'plannen/regie/index.html');
    const image = $(`main img[src="${base}afbeeldingen/telefoonfoto.jpg"]`);
    expect(image).toHaveLength(1);
    expect(image.attr('alt')).toBe('Een verzonnen foto van een telefoon, in blauw');
    expect([image.attr('width'), image.attr('height'), image.attr('decoding')]).toEqual(['1600', '2133', 'async']);
    expect(image.attr('srcset')).toBe(
      `${base}afbeeldingen/_800/telefoonfoto.jpg 800w, ${base}afbeeldingen/telefoonfoto.jpg 1600w`,
    );
    // The first image of a text loads at once: it may be what the reader sees first.
    expect(image.attr('loading')).toBeUndefined();
  });
});

describe("a newsletter's image", () => {
  it('gets its own size on the page: small enough, it is published as it was', () => {
    const $ = load(dir, 'nieuwsbrieven/zomer-2099/index.html');
    const image = $(`main img[src="${base}afbeeldingen/testbeeld.png"]`);
    expect([image.attr('width'), image.attr('height')]).toEqual(['600', '200']);
    expect(
      fs
        .readFileSync(path.join(dir, 'afbeeldingen/testbeeld.png'))
        .equals(fs.readFileSync(changedContent.publicFiles['afbeeldingen/testbeeld.png'])),
    ).toBe(true);
  });
});

describe('the srcset of every page', () => {
  it('names files the build has, under the base path, each with its real width', async () => {
    const problems: string[] = [];
    let candidates = 0;
    for (const file of htmlFiles(dir)) {
      const $ = load(dir, file);
      for (const img of $('img[srcset]').toArray()) {
        for (const candidate of $(img).attr('srcset')!.split(',')) {
          const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
          candidates += 1;
          if (!url.startsWith(base)) {
            problems.push(`${file}: ${url} is outside ${base}`);
            continue;
          }
          const target = path.join(dir, decodeURIComponent(url.slice(base.length)));
          if (!fs.existsSync(target)) {
            problems.push(`${file}: ${url} does not exist`);
            continue;
          }
          const { width } = await sharp(target).metadata();
          if (descriptor !== `${width}w`) problems.push(`${file}: ${url} says ${descriptor}, is ${width}w`);
        }
      }
    }
    // The phone's photo and its narrow copy, at least.
    expect(candidates).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  });
});
