import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';
import sharp, { type Sharp } from 'sharp';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { webImages } from '../../src/integrations/web-images.ts';
import { contentCacheKey } from '../../src/lib/content-cache-key.ts';
import { hastBaseLinks } from '../../src/lib/markdown/hast-base-links.ts';
import { hastImageSizes, imageSizes } from '../../src/lib/markdown/hast-image-sizes.ts';
import { photoHasLocation } from '../../src/lib/photo-location.ts';
import { readBytes, webpChunks } from '../../src/lib/image-chunks.ts';
import { pngFrameCount } from '../../src/lib/png-frames.ts';
import {
  fitImageForWeb,
  maxImageWidth,
  narrowCopyOf,
  publishedImage,
  UnreadableImage,
  webImageSize,
} from '../../src/lib/web-image.ts';
import { renderMdx } from '../support/mdx-html.ts';
import { root } from '../support/builds.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A folder laid out as a built site (or public/): the media folder afbeeldingen/ in it. */
function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-beelden-'));
  temporary.push(dir);
  fs.mkdirSync(path.join(dir, 'afbeeldingen'));
  return dir;
}

const phonePhoto = fs.readFileSync(path.join(root, 'tests/fixtures/newsletter/telefoonfoto.jpg'));

async function plain(width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'gif'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 140 } } })
    .toFormat(format)
    .toBuffer();
}

/**
 * An animated PNG (APNG) of two frames, written chunk by chunk: sharp reads APNGs but writes none.
 * `animationAfterData` puts the animation chunk after the image data, where browsers ignore it;
 * `exif` adds an eXIf chunk (a TIFF block, as EXIF is without JPEG's "Exif" prefix); `afterData` adds
 * chunks right after the first frame's image data, where exiftool writes XMP.
 */
function animatedPng(
  width: number,
  height: number,
  {
    animationAfterData = false,
    exif,
    afterData = [],
  }: { animationAfterData?: boolean; exif?: Buffer; afterData?: [type: string, data: Buffer][] } = {},
): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(zlib.crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2], 8); // 8 bits per channel, RGB
  const pixels = (red: number) =>
    zlib.deflateSync(
      Buffer.concat(
        Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, red)])),
      ),
    );
  const frameControl = (sequence: number) => {
    const control = Buffer.alloc(26);
    control.writeUInt32BE(sequence, 0);
    control.writeUInt32BE(width, 4);
    control.writeUInt32BE(height, 8);
    control.writeUInt16BE(1, 20); // a delay of 1/2 s
    control.writeUInt16BE(2, 22);
    return control;
  };
  const animation = Buffer.alloc(8);
  animation.writeUInt32BE(2, 0); // two frames, played for ever
  const sequence = Buffer.alloc(4);
  sequence.writeUInt32BE(2);
  const before = [chunk('acTL', animation), chunk('fcTL', frameControl(0))];
  const data = chunk('IDAT', pixels(10));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(exif ? [chunk('eXIf', exif)] : []),
    ...(animationAfterData ? [data, ...before] : [...before, data]),
    ...afterData.map(([type, data]) => chunk(type, data)),
    chunk('fcTL', frameControl(1)),
    chunk('fdAT', Buffer.concat([sequence, pixels(200)])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A moving WebP of two frames (dark, then light red), made by sharp; `withMetadata` adds EXIF or XMP. */
async function movingWebp(
  width: number,
  height: number,
  withMetadata: (image: Sharp) => Sharp = (image) => image,
): Promise<Buffer> {
  const frame = (red: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: red, g: 0, b: 0 } } })
      .png()
      .toBuffer();
  return withMetadata(sharp([await frame(10), await frame(200)], { join: { animated: true } }))
    .webp()
    .toBuffer();
}

const put = (dir: string, name: string, bytes: Buffer | string) =>
  fs.writeFileSync(path.join(dir, 'afbeeldingen', name), bytes);
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, 'afbeeldingen', name));

describe('pngFrameCount', () => {
  it('counts the frames of an animated PNG, and 1 for anything else', async () => {
    expect(pngFrameCount(readBytes(animatedPng(20, 4)))).toBe(2);
    expect(pngFrameCount(readBytes(await plain(20, 4, 'png')))).toBe(1);
    // Browsers show a PNG whose animation chunk comes after its image data as a still picture.
    expect(pngFrameCount(readBytes(animatedPng(20, 4, { animationAfterData: true })))).toBe(1);
    expect(pngFrameCount(readBytes(await plain(20, 4, 'jpeg')))).toBe(1);
    expect(pngFrameCount(readBytes(animatedPng(20, 4).subarray(0, 40)))).toBe(1);
    expect(pngFrameCount(readBytes(Buffer.alloc(0)))).toBe(1);
  });
});

describe('webImageSize', () => {
  it('keeps an image up to the widest the site publishes, and scales a wider one in proportion', () => {
    expect(webImageSize({ width: 600, height: 200 })).toEqual({ width: 600, height: 200 });
    expect(webImageSize({ width: maxImageWidth, height: 10 })).toEqual({ width: maxImageWidth, height: 10 });
    expect(webImageSize({ width: 4032, height: 3024 })).toEqual({ width: 1600, height: 1200 });
    expect(webImageSize({ width: 20_000, height: 1 })).toEqual({ width: 1600, height: 1 });
  });
});

describe('fitImageForWeb', () => {
  it("turns a phone's photo upright, makes it 1600 pixels wide and leaves out the place and the camera", async () => {
    const dir = site();
    put(dir, 'telefoon.jpg', phonePhoto);
    const before = await sharp(phonePhoto).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([2400, 1800, 6]);
    expect(before.exif?.toString('latin1')).toContain('Proeftelefoon');

    const done = await fitImageForWeb(dir, 'telefoon.jpg');
    expect(done).toMatchObject({
      file: 'telefoon.jpg',
      resized: true,
      cameraData: true,
      bytesBefore: phonePhoto.length,
    });
    const after = await sharp(read(dir, 'telefoon.jpg')).metadata();
    // Upright: the tag turned it a quarter, so it is taller than wide now, in its pixels.
    expect([after.format, after.width, after.height]).toEqual(['jpeg', 1600, 2133]);
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(done!.bytesAfter).toBe(read(dir, 'telefoon.jpg').length);
    // And a copy for phones beside it, upright and without camera data too.
    const narrow = await sharp(read(dir, '_800/telefoon.jpg')).metadata();
    expect([narrow.format, narrow.width, narrow.height, narrow.orientation, narrow.exif]).toEqual([
      'jpeg',
      800,
      1067,
      undefined,
      undefined,
    ]);
    expect(done!.narrow).toBe(true);
    // Once fitted, the file itself needs nothing more (it only gets its narrow copy again).
    const fitted = read(dir, 'telefoon.jpg');
    expect(await fitImageForWeb(dir, 'telefoon.jpg')).toMatchObject({
      resized: false,
      cameraData: false,
      narrow: true,
    });
    expect(read(dir, 'telefoon.jpg').equals(fitted)).toBe(true);
  });

  it('publishes the size it predicts for the HTML: sizes that do not divide evenly, large JPGs, a turned WebP', async () => {
    const turnedWebp = await sharp(await plain(2400, 1000, 'png'))
      .withMetadata({ orientation: 6 })
      .webp()
      .toBuffer();
    for (const [name, bytes] of [
      ['a.png', await plain(3001, 2001, 'png')],
      ['b.png', await plain(1601, 999, 'png')],
      ['c.png', await plain(5000, 7, 'png')],
      // sharp shrinks a JPEG this large while it reads it, in steps that round up.
      ['d.jpg', await plain(3401, 2003, 'jpeg')],
      ['e.webp', turnedWebp],
    ] as const) {
      const dir = site();
      put(dir, name, bytes);
      const predicted = await publishedImage(dir, `/afbeeldingen/${name}`);
      expect(await fitImageForWeb(dir, name)).toBeDefined();
      const { width, height } = await sharp(read(dir, name)).metadata();
      expect({ name, width, height }).toEqual({ name, ...predicted!.size });
      const narrow = await sharp(read(dir, `_800/${name}`)).metadata();
      expect({ name, width: narrow.width, height: narrow.height }).toEqual({ name, ...predicted!.narrow });
    }
    expect(await publishedImage(site(), '/afbeeldingen/e.webp')).toBeUndefined();
  });

  it('keeps a fitted photo in the cache it is given, and copies it from there in the next build', async () => {
    const cache = site();
    const first = site();
    put(first, 'telefoon.jpg', phonePhoto);
    const done = await fitImageForWeb(first, 'telefoon.jpg', cache);
    const [whole, narrow] = done!.cached;
    expect(fs.readFileSync(whole!).equals(read(first, 'telefoon.jpg'))).toBe(true);
    expect(fs.readFileSync(narrow!).equals(read(first, '_800/telefoon.jpg'))).toBe(true);
    // What the cache holds for this photo is what the next build publishes (here markers, to see it is used).
    fs.writeFileSync(whole!, 'uit de cache');
    fs.writeFileSync(narrow!, 'smal uit de cache');
    const second = site();
    put(second, 'telefoon.jpg', phonePhoto);
    expect(await fitImageForWeb(second, 'telefoon.jpg', cache)).toMatchObject({ cached: done!.cached });
    expect(read(second, 'telefoon.jpg').toString()).toBe('uit de cache');
    expect(read(second, '_800/telefoon.jpg').toString()).toBe('smal uit de cache');
  });

  it('leaves an image that is small enough and holds no camera data as it was, byte for byte', async () => {
    const dir = site();
    const png = await plain(600, 200, 'png');
    const webp = await plain(800, 600, 'webp');
    put(dir, 'schema.png', png);
    put(dir, 'klein.webp', webp);
    expect(await fitImageForWeb(dir, 'schema.png')).toBeUndefined();
    expect(await fitImageForWeb(dir, 'klein.webp')).toBeUndefined();
    expect(read(dir, 'schema.png').equals(png)).toBe(true);
    expect(read(dir, 'klein.webp').equals(webp)).toBe(true);
  });

  it('keeps the format: a WebP stays WebP, a PNG stays PNG (an e-mail shows only JPG, PNG and GIF)', async () => {
    const dir = site();
    put(dir, 'breed.webp', await plain(2000, 1000, 'webp'));
    put(
      dir,
      'met-gegevens.png',
      await sharp(await plain(400, 300, 'png'))
        .withExif({ IFD0: { Artist: 'Iemand' } })
        .png()
        .toBuffer(),
    );
    expect(await fitImageForWeb(dir, 'breed.webp')).toMatchObject({ resized: true, cameraData: false, narrow: true });
    expect(await fitImageForWeb(dir, 'met-gegevens.png')).toMatchObject({
      resized: false,
      cameraData: true,
      narrow: false,
    });
    expect(await sharp(read(dir, 'breed.webp')).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 800 });
    const png = await sharp(read(dir, 'met-gegevens.png')).metadata();
    expect([png.format, png.exif]).toEqual(['png', undefined]);
  });

  it('leaves a moving WebP as it is, however wide, and the HTML gets its own size', async () => {
    const dir = site();
    const moving = await movingWebp(2000, 100);
    put(dir, 'beweegt.webp', moving);
    expect(await fitImageForWeb(dir, 'beweegt.webp')).toBeUndefined();
    expect(read(dir, 'beweegt.webp').equals(moving)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'afbeeldingen/_800/beweegt.webp'))).toBe(false);
    expect((await publishedImage(dir, '/afbeeldingen/beweegt.webp'))?.size).toEqual({ width: 2000, height: 100 });
  });

  it('leaves a moving PNG (APNG) as it is, however wide: sharp would keep only its first frame', async () => {
    const dir = site();
    const moving = animatedPng(2000, 100);
    expect(await sharp(moving).metadata()).toMatchObject({ format: 'png', width: 2000 });
    put(dir, 'beweegt.png', moving);
    expect(await fitImageForWeb(dir, 'beweegt.png')).toBeUndefined();
    expect(read(dir, 'beweegt.png').equals(moving)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'afbeeldingen/_800/beweegt.png'))).toBe(false);
    expect((await publishedImage(dir, '/afbeeldingen/beweegt.png'))?.size).toEqual({ width: 2000, height: 100 });
    // Nor does `astro dev` offer a narrow still copy of it.
    expect(await narrowCopyOf(dir, 'beweegt.png')).toBeUndefined();
  });

  it('takes the camera data out of a moving PNG or WebP, and leaves its frames as they were', async () => {
    const dir = site();
    const file = (name: string) => path.join(dir, 'afbeeldingen', name);
    // The phone photo's EXIF block, with its place; sharp gives it with JPEG's "Exif" prefix.
    const tiff = (await sharp(phonePhoto).metadata()).exif!.subarray(6);
    put(dir, 'beweegt.png', animatedPng(2000, 100, { exif: tiff }));
    expect(photoHasLocation(file('beweegt.png'))).toBe(true);
    expect(await fitImageForWeb(dir, 'beweegt.png')).toMatchObject({ resized: false, cameraData: true, narrow: false });
    // The same bytes as the APNG made without it: every frame kept, nothing else changed.
    expect(read(dir, 'beweegt.png').equals(animatedPng(2000, 100))).toBe(true);
    expect(photoHasLocation(file('beweegt.png'))).toBe(false);

    const moving = await movingWebp(1800, 60, (image) => image.withExif({ IFD0: { Make: 'Proef' } }));
    put(dir, 'beweegt.webp', moving);
    expect(await sharp(moving).metadata()).toMatchObject({ pages: 2, exif: expect.any(Buffer) });
    expect(await fitImageForWeb(dir, 'beweegt.webp')).toMatchObject({
      resized: false,
      cameraData: true,
      narrow: false,
    });
    const published = await sharp(read(dir, 'beweegt.webp')).metadata();
    expect([published.pages, published.width, published.exif]).toEqual([2, 1800, undefined]);
    // The header (VP8X, the first chunk) no longer announces EXIF or XMP, which readers would look for.
    expect(read(dir, 'beweegt.webp').toString('latin1', 12, 16)).toBe('VP8X');
    expect(moving[20]! & 0x08).toBe(0x08);
    expect(read(dir, 'beweegt.webp')[20]! & 0x0c).toBe(0);
    // Its frames are the same bytes: only the EXIF chunk is gone (and its flag in the header).
    const frames = (webp: Buffer) =>
      webp.subarray(webp.indexOf('ANIM', 12, 'latin1'), webp.indexOf('EXIF', 12, 'latin1'));
    expect(read(dir, 'beweegt.webp').includes(frames(moving))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'afbeeldingen/_800/beweegt.webp'))).toBe(false);
    expect((await publishedImage(dir, '/afbeeldingen/beweegt.webp'))?.size).toEqual({ width: 1800, height: 60 });
  });

  it('finds camera data wherever a PNG or WebP holds it, and takes all of it out', async () => {
    const dir = site();
    const file = (name: string) => path.join(dir, 'afbeeldingen', name);
    const tiff = (await sharp(phonePhoto).metadata()).exif!.subarray(6);
    const text = (keyword: string, value: string) => Buffer.from(`${keyword}\0${value}`, 'latin1');
    const xmp = Buffer.concat([text('XML:com.adobe.xmp', ''), Buffer.from('\0\0\0\0<x:xmpmeta/>', 'latin1')]);
    // After the image data (where sharp may not look): a place (eXIf), XMP, a comment and a time.
    const after: [string, Buffer][] = [
      ['eXIf', tiff],
      ['iTXt', xmp],
      ['tEXt', text('Comment', 'Bij Jan thuis')],
      ['tIME', Buffer.from([7, 234, 12, 1, 9, 0, 0])],
    ];
    put(dir, 'beweegt.png', animatedPng(40, 10, { afterData: after }));
    expect(photoHasLocation(file('beweegt.png'))).toBe(true);
    expect(await fitImageForWeb(dir, 'beweegt.png')).toMatchObject({ cameraData: true });
    expect(read(dir, 'beweegt.png').equals(animatedPng(40, 10))).toBe(true);

    // A still PNG with its place after the image data is encoded again, without it.
    const still = await plain(40, 10, 'png');
    const end = still.length - 12; // the IEND chunk
    const tail = animatedPng(1, 1, { afterData: [['eXIf', tiff]] });
    const exifChunk = tail.subarray(
      tail.indexOf('eXIf', 8, 'latin1') - 4,
      tail.indexOf('eXIf', 8, 'latin1') + 8 + tiff.length,
    );
    put(dir, 'stil.png', Buffer.concat([still.subarray(0, end), exifChunk, still.subarray(end)]));
    expect(photoHasLocation(file('stil.png'))).toBe(true);
    expect(await fitImageForWeb(dir, 'stil.png')).toMatchObject({ resized: false, cameraData: true });
    expect(photoHasLocation(file('stil.png'))).toBe(false);

    // A moving WebP with XMP, and bytes after its end that are no part of it: what is published reads.
    const moving = await movingWebp(40, 10, (image) => image.withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'));
    const withTail = Buffer.concat([moving, Buffer.from('rommel aan het eind', 'latin1')]);
    const types = (webp: Buffer) => [...webpChunks(readBytes(webp))].map((chunk) => chunk.type);
    expect(types(withTail)).toEqual(types(moving));
    put(dir, 'beweegt.webp', withTail);
    expect(await fitImageForWeb(dir, 'beweegt.webp')).toMatchObject({ cameraData: true });
    const published = await sharp(read(dir, 'beweegt.webp')).metadata();
    expect([published.pages, published.xmp]).toEqual([2, undefined]);
  });

  it('leaves GIF and SVG as they are, however wide', async () => {
    const dir = site();
    const gif = await plain(2400, 100, 'gif');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"><rect width="3000" height="100"/></svg>';
    put(dir, 'beweegt.gif', gif);
    put(dir, 'lijn.svg', svg);
    expect(await fitImageForWeb(dir, 'beweegt.gif')).toBeUndefined();
    expect(await fitImageForWeb(dir, 'lijn.svg')).toBeUndefined();
    expect(read(dir, 'beweegt.gif').equals(gif)).toBe(true);
    expect(read(dir, 'lijn.svg').toString()).toBe(svg);
  });

  it('leaves files of other kinds in the media folder alone: a PDF, a .DS_Store', async () => {
    const dir = site();
    put(dir, 'verslag.pdf', '%PDF-1.7 geen afbeelding');
    put(dir, '.DS_Store', 'Mac');
    expect(await fitImageForWeb(dir, 'verslag.pdf')).toBeUndefined();
    expect(await fitImageForWeb(dir, '.DS_Store')).toBeUndefined();
  });

  it('stops at a JPG that holds a TIFF or HEIC, as a renamed scan or iPhone photo does', async () => {
    const dir = site();
    put(
      dir,
      'scan.jpg',
      await sharp(await plain(300, 200, 'png'))
        .tiff()
        .toBuffer(),
    );
    await expect(fitImageForWeb(dir, 'scan.jpg')).rejects.toThrow(UnreadableImage);
  });

  it('stops at a file that is no image, though its name says so, with what to do in Dutch', async () => {
    const dir = site();
    put(dir, 'kapot.jpg', 'geen afbeelding');
    const error = await fitImageForWeb(dir, 'kapot.jpg').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableImage);
    expect((error as Error).message).toMatch(
      /^public\/afbeeldingen\/kapot\.jpg is geen afbeelding die de site kan tonen, .*Sla de afbeelding opnieuw op als JPG/,
    );
  });
});

describe('narrowCopyOf (astro dev)', () => {
  it('makes the same narrow copy the build writes, and none for an image without one', async () => {
    const dir = site();
    put(dir, 'foto 1.jpg', phonePhoto);
    put(dir, 'schema.png', await plain(600, 200, 'png'));
    const copy = await narrowCopyOf(dir, 'foto%201.jpg');
    const { width, height, exif } = await sharp(copy!.bytes).metadata();
    expect([copy!.type, width, height, exif]).toEqual(['image/jpeg', 800, 1067, undefined]);
    const built = site();
    put(built, 'foto 1.jpg', phonePhoto);
    await fitImageForWeb(built, 'foto 1.jpg');
    expect(copy!.bytes.equals(read(built, '_800/foto 1.jpg'))).toBe(true);
    put(dir, 'breed.png', await plain(1000, 500, 'png'));
    expect((await narrowCopyOf(dir, 'breed.png'))?.type).toBe('image/png');
    expect(await narrowCopyOf(dir, 'schema.png')).toBeUndefined();
    put(dir, 'kapot.jpg', 'geen foto');
    expect(await narrowCopyOf(dir, 'kapot.jpg')).toBeUndefined();
    expect(await narrowCopyOf(dir, '../../etc/passwd')).toBeUndefined();
  });
});

describe('publishedImage', () => {
  it('reads the size of an image of the media folder as the site shows it, and nothing outside it', async () => {
    const dir = site();
    put(dir, 'foto 1.jpg', phonePhoto);
    put(dir, 'lijn.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"></svg>');
    fs.writeFileSync(path.join(dir, 'logo.png'), await plain(2000, 500, 'png'));
    expect(await publishedImage(dir, '/afbeeldingen/foto%201.jpg')).toMatchObject({
      size: { width: 1600, height: 2133 },
      narrow: { width: 800, height: 1067 },
    });
    // Only the media folder's photos are fitted; an SVG keeps its own size.
    expect(await publishedImage(dir, '/afbeeldingen/lijn.svg')).toEqual({
      size: { width: 3000, height: 100 },
      fitted: false,
      resized: false,
      cameraData: false,
    });
    expect(await publishedImage(dir, '/logo.png')).toBeUndefined();
    expect(await publishedImage(dir, '/afbeeldingen/bestaat-niet.png')).toBeUndefined();
    expect(await publishedImage(dir, '/afbeeldingen/100%.png')).toBeUndefined();
    expect(await publishedImage(dir, '/../etc/passwd')).toBeUndefined();
  });
});

describe('hastImageSizes', () => {
  async function render(markdown: string, base: string, publicDir: string) {
    const { html } = await markdownToHtml(markdown, {
      hastPlugins: [hastBaseLinks({ base }), hastImageSizes({ base, publicDir })],
    });
    return cheerio.load(html, null, false);
  }

  it('gives images of public/ their published size; every image after the first loads when scrolled to', async () => {
    const dir = site();
    put(dir, 'telefoon.jpg', phonePhoto);
    put(dir, 'schema.png', await plain(600, 200, 'png'));
    const $ = await render(
      '![Foto](/afbeeldingen/telefoon.jpg)\n\n![Schema](/afbeeldingen/schema.png)\n\n![Elders](https://extern.test/a.png)\n\n![Weg](/afbeeldingen/weg.png)',
      '/jeugd/',
      dir,
    );
    expect(
      $('img')
        .map((_, img) => [
          [
            $(img).attr('src'),
            $(img).attr('width'),
            $(img).attr('height'),
            $(img).attr('loading'),
            $(img).attr('decoding'),
            $(img).attr('srcset'),
          ],
        ])
        .get(),
    ).toEqual([
      [
        '/jeugd/afbeeldingen/telefoon.jpg',
        '1600',
        '2133',
        undefined,
        'async',
        '/jeugd/afbeeldingen/_800/telefoon.jpg 800w, /jeugd/afbeeldingen/telefoon.jpg 1600w',
      ],
      ['/jeugd/afbeeldingen/schema.png', '600', '200', 'lazy', 'async', undefined],
      ['https://extern.test/a.png', undefined, undefined, 'lazy', 'async', undefined],
      ['/jeugd/afbeeldingen/weg.png', undefined, undefined, 'lazy', 'async', undefined],
    ]);
    // The browser picks from the srcset by the width the photo takes: the text column, at most --measure.
    expect($('img').first().attr('sizes')).toBe(imageSizes);
    const measure = /--measure:\s*([\d.]+rem)/.exec(
      fs.readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8'),
    )![1];
    expect(imageSizes).toBe(`(max-width: ${measure}) 100vw, ${measure}`);
  });

  it("writes a comma in a photo's name so that it does not split the srcset", async () => {
    const dir = site();
    put(dir, 'zomer,2099.jpg', phonePhoto);
    const $ = await render('![Foto](/afbeeldingen/zomer,2099.jpg)', '/', dir);
    expect($('img').attr('srcset')).toBe(
      '/afbeeldingen/_800/zomer%2C2099.jpg 800w, /afbeeldingen/zomer%2C2099.jpg 1600w',
    );
  });

  it('counts the first image per text, also when texts are rendered side by side', async () => {
    const dir = site();
    put(dir, 'schema.png', await plain(600, 200, 'png'));
    // One plugin entry for all texts, as in astro.config.mjs.
    const hastPlugins = [hastImageSizes({ base: '/', publicDir: dir })];
    const texts = await Promise.all(
      [1, 2, 3].map(async () =>
        cheerio.load(
          (await markdownToHtml('![Een](/afbeeldingen/schema.png) ![Twee](/afbeeldingen/schema.png)', { hastPlugins }))
            .html,
          null,
          false,
        ),
      ),
    );
    for (const $ of texts)
      expect(
        $('img')
          .map((_, img) => $(img).attr('loading') ?? 'eager')
          .get(),
      ).toEqual(['eager', 'lazy']);
  });

  it('works in MDX too', async () => {
    const dir = site();
    put(dir, 'schema.png', await plain(600, 200, 'png'));
    const html = await renderMdx('![Schema](/afbeeldingen/schema.png)', {
      hastPlugins: [hastBaseLinks({ base: '/' }), hastImageSizes({ base: '/', publicDir: dir })],
    });
    expect(html).toMatch(/<img[^>]*width="600"[^>]*height="200"/);
  });
});

describe('the content cache key', () => {
  it('changes when an image of the media folder changes: the HTML holds its size', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-sleutel-'));
    temporary.push(project);
    for (const place of ['astro.config.mjs', 'src/integrations', 'src/schemas', 'src/lib', 'content'])
      fs.cpSync(path.join(root, place), path.join(project, place), { recursive: true });
    const content = path.join(project, 'content');
    const media = path.join(project, 'public/afbeeldingen');
    fs.mkdirSync(media, { recursive: true });
    fs.writeFileSync(path.join(media, 'schema.png'), await plain(600, 200, 'png'));
    const before = contentCacheKey(content, project);
    fs.writeFileSync(path.join(media, 'schema.png'), await plain(800, 200, 'png'));
    expect(contentCacheKey(content, project)).not.toBe(before);
  });
});

describe('the build step (webImages)', () => {
  /** The integration after Astro's config hook, as Astro runs it; `run` calls one of its other hooks. */
  async function configured(config: { cache: string; base: string; publicDir: string }) {
    const { hooks } = webImages();
    const run = (name: keyof typeof hooks, options: object) => (hooks[name] as (o: object) => unknown)(options);
    await run('astro:config:done', {
      config: {
        cacheDir: pathToFileURL(`${config.cache}/`),
        base: config.base,
        publicDir: pathToFileURL(`${config.publicDir}/`),
      },
    });
    return run;
  }

  /** Runs the build step on a built site in `out` with its cache in `cache`; what it logged. */
  async function runBuildStep(out: string, cache: string): Promise<string[]> {
    const logged: string[] = [];
    const run = await configured({ cache, base: '/', publicDir: out });
    await run('astro:build:done', {
      dir: pathToFileURL(`${out}/`),
      logger: { info: (message: string) => logged.push(message) },
    });
    return logged;
  }

  it('fits the photos, says what it did in Dutch, and keeps in its cache only what this build used', async () => {
    const out = site();
    const cache = site();
    put(out, 'telefoon.jpg', phonePhoto);
    put(out, 'schema.png', await plain(600, 200, 'png'));
    const folder = path.join(cache, 'web-images');
    fs.mkdirSync(folder);
    const stale = path.join(folder, `${'0'.repeat(64)}.jpg`);
    const staleNarrow = path.join(folder, `${'2'.repeat(64)}-800.jpg`);
    fs.writeFileSync(staleNarrow, 'een smalle kopie van een foto die er niet meer is');
    const beingWritten = path.join(folder, `${'1'.repeat(64)}.jpg.4242`);
    fs.writeFileSync(stale, 'een foto die er niet meer is');
    fs.writeFileSync(beingWritten, 'een andere build schrijft nog');
    const logged = await runBuildStep(out, cache);
    expect(logged).toEqual([
      expect.stringMatching(
        /^Afbeeldingen geschikt gemaakt voor het web: 1 \(27 kB werd \d+ kB\); 1 verkleind tot 1600 pixels breed, uit 1 de gegevens van de camera \(zoals de plaats\) gehaald, 1 met een kopie van 800 pixels breed voor telefoons\.$/,
      ),
    ]);
    expect((await sharp(read(out, 'telefoon.jpg')).metadata()).width).toBe(1600);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(staleNarrow)).toBe(false);
    expect(fs.existsSync(beingWritten)).toBe(true);
    // The photo and its narrow copy.
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.jpg'))).toHaveLength(2);
  });

  it('serves the narrow copies in `astro dev`, under the base path, and passes on every other request', async () => {
    const publicDir = site();
    put(publicDir, 'telefoon.jpg', phonePhoto);
    const run = await configured({ cache: site(), base: '/jeugd/', publicDir });
    type Middleware = (request: { url: string }, response: object, next: () => void) => void;
    let middleware: Middleware | undefined;
    await run('astro:server:setup', {
      server: { middlewares: { use: (fn: Middleware) => (middleware = fn) } },
    });
    const ask = (url: string) =>
      new Promise<{ status?: number; type?: string; body?: Buffer; passed: boolean }>((resolve) => {
        const answer: { status?: number; type?: string } = {};
        middleware!(
          { url },
          {
            writeHead: (status: number, headers: Record<string, string>) =>
              Object.assign(answer, { status, type: headers['content-type'] }),
            end: (body: Buffer) => resolve({ ...answer, body, passed: false }),
          },
          () => resolve({ passed: true }),
        );
      });
    const served = await ask('/jeugd/afbeeldingen/_800/telefoon.jpg');
    expect([served.status, served.type, served.passed]).toEqual([200, 'image/jpeg', false]);
    expect((await sharp(served.body!).metadata()).width).toBe(800);
    expect((await ask('/jeugd/afbeeldingen/_800/bestaat-niet.jpg')).passed).toBe(true);
    expect((await ask('/jeugd/afbeeldingen/telefoon.jpg')).passed).toBe(true);
  });

  it("stops the build when the media folder has files in the build's own folder for narrow copies", async () => {
    const out = site();
    fs.mkdirSync(path.join(out, 'afbeeldingen/_800'));
    put(out, '_800/eigen.jpg', await plain(40, 30, 'jpeg'));
    const error = (await runBuildStep(out, site()).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain(
      '- public/afbeeldingen/_800/ is de map waarin de site zelf de kopieën voor telefoons zet, maar er staan al bestanden in (eigen.jpg).',
    );
  });

  it('stops the build at every file that is no image, named at once, without a stack trace', async () => {
    const out = site();
    put(out, 'kapot.jpg', 'geen afbeelding');
    put(out, 'ook-kapot.png', 'ook niet');
    const error = (await runBuildStep(out, site()).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toMatch(
      /^De site kan niet alle afbeeldingen tonen:\n\n- public\/afbeeldingen\/kapot\.jpg is geen/,
    );
    expect(error.message).toContain('\n- public/afbeeldingen/ook-kapot.png is geen');
    expect(error.stack).toBe('');
  });
});

/** The WebP with its EXIF chunk's "Exif" prefix taken out, as tools other than sharp write it. */
function webpExifWithoutPrefix(webp: Buffer): Buffer {
  const at = webp.indexOf('EXIF', 12, 'latin1');
  const length = webp.readUInt32LE(at + 4);
  expect(webp.toString('latin1', at + 8, at + 14)).toBe('Exif\0\0');
  const chunk = Buffer.alloc(8);
  chunk.write('EXIF', 0, 'latin1');
  chunk.writeUInt32LE(length - 6, 4);
  const padding = (length - 6) % 2 ? [Buffer.alloc(1)] : [];
  const end = at + 8 + length + (length % 2);
  const out = Buffer.concat([
    webp.subarray(0, at),
    chunk,
    webp.subarray(at + 14, at + 8 + length),
    ...padding,
    webp.subarray(end),
  ]);
  out.writeUInt32LE(out.length - 8, 4);
  return out;
}

/**
 * The start of a JPEG with an EXIF block made by hand: the first directory points to a GPS directory
 * that holds a latitude; in either byte order, with or without a JFIF segment before it.
 */
function jpegWithGps({ bigEndian, jfifFirst }: { bigEndian: boolean; jfifFirst: boolean }): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 12 + 4);
  const u16 = (value: number, at: number) =>
    bigEndian ? tiff.writeUInt16BE(value, at) : tiff.writeUInt16LE(value, at);
  const u32 = (value: number, at: number) =>
    bigEndian ? tiff.writeUInt32BE(value, at) : tiff.writeUInt32LE(value, at);
  tiff.write(bigEndian ? 'MM' : 'II', 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  // The first directory: one entry, GPSInfo (0x8825), pointing at the GPS directory at 26.
  u16(1, 8);
  u16(0x8825, 10);
  u16(4, 12);
  u32(1, 14);
  u32(26, 18);
  // The GPS directory: one entry, GPSLatitude (2), its value somewhere in the block.
  u16(1, 26);
  u16(2, 28);
  u16(5, 30);
  u32(3, 32);
  u32(8, 36);
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff]), exif]);
  const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), ...(jfifFirst ? [jfif] : []), app1, Buffer.from([0xff, 0xd9])]);
}

describe('photoHasLocation', () => {
  it('finds the place in a phone photo, and none once the build fitted it, nor in a JPEG without GPS', async () => {
    const dir = site();
    const file = path.join(dir, 'afbeeldingen', 'telefoon.jpg');
    put(dir, 'telefoon.jpg', phonePhoto);
    expect(photoHasLocation(file)).toBe(true);
    await fitImageForWeb(dir, 'telefoon.jpg');
    expect(photoHasLocation(file)).toBe(false);
    // Camera data, but no place.
    put(
      dir,
      'camera.jpg',
      await sharp(await plain(40, 30, 'jpeg'))
        .withExif({ IFD0: { Make: 'Proef' } })
        .jpeg()
        .toBuffer(),
    );
    expect(photoHasLocation(path.join(dir, 'afbeeldingen', 'camera.jpg'))).toBe(false);
    // As an iPhone writes it (big-endian EXIF) and as many Android phones do (a JFIF segment first).
    put(dir, 'iphone.jpg', jpegWithGps({ bigEndian: true, jfifFirst: false }));
    put(dir, 'android.jpg', jpegWithGps({ bigEndian: false, jfifFirst: true }));
    expect(photoHasLocation(path.join(dir, 'afbeeldingen', 'iphone.jpg'))).toBe(true);
    expect(photoHasLocation(path.join(dir, 'afbeeldingen', 'android.jpg'))).toBe(true);
    // Cut off halfway through its EXIF, or no JPEG at all: no place, and no error.
    put(dir, 'half.jpg', phonePhoto.subarray(0, 120));
    put(dir, 'tekst.jpg', 'geen foto');
    expect(photoHasLocation(path.join(dir, 'afbeeldingen', 'half.jpg'))).toBe(false);
    expect(photoHasLocation(path.join(dir, 'afbeeldingen', 'tekst.jpg'))).toBe(false);
  });

  it('finds it in a PNG (eXIf) and a WebP (EXIF, after the image data), and none once the build fitted them', async () => {
    const dir = site();
    const withPlace = sharp(phonePhoto).resize(1800).keepExif();
    put(dir, 'scherm.png', await withPlace.clone().png().toBuffer());
    put(dir, 'gedeeld.webp', await withPlace.clone().webp().toBuffer());
    const file = (name: string) => path.join(dir, 'afbeeldingen', name);
    expect(photoHasLocation(file('scherm.png'))).toBe(true);
    expect(photoHasLocation(file('gedeeld.webp'))).toBe(true);
    // sharp puts JPEG's "Exif" prefix before a WebP's EXIF block; other tools write the block alone.
    put(dir, 'zonder-voorvoegsel.webp', webpExifWithoutPrefix(read(dir, 'gedeeld.webp')));
    expect(photoHasLocation(file('zonder-voorvoegsel.webp'))).toBe(true);
    await fitImageForWeb(dir, 'scherm.png');
    await fitImageForWeb(dir, 'gedeeld.webp');
    expect(photoHasLocation(file('scherm.png'))).toBe(false);
    expect(photoHasLocation(file('gedeeld.webp'))).toBe(false);
    // Camera data without a place.
    const camera = sharp(await plain(40, 30, 'png')).withExif({ IFD0: { Make: 'Proef' } });
    put(dir, 'camera.png', await camera.clone().png().toBuffer());
    put(dir, 'camera.webp', await camera.clone().webp().toBuffer());
    expect(photoHasLocation(file('camera.png'))).toBe(false);
    expect(photoHasLocation(file('camera.webp'))).toBe(false);
    // Cut off before its EXIF: no place, and no error.
    put(dir, 'half.webp', read(dir, 'camera.webp').subarray(0, 30));
    expect(photoHasLocation(file('half.webp'))).toBe(false);
  });
});
