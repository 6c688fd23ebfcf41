import fs from 'node:fs';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { mediaFolder, publicFolder } from './image-folder.ts';

/**
 * Photos as editors add them: straight from a phone or camera, 4,000 pixels wide and several MB, with
 * the place where they were taken in them (GPS) and turned by a tag instead of in their pixels. The
 * build publishes every JPG, PNG and WebP in the media folder (image-folder.ts) at most this wide,
 * turned the right way and without that camera data (fitImageForWeb); the file in public/ stays as
 * the editor added it. The text column is 42rem (672 px): this is enough for a screen with twice
 * as many pixels, and for print.
 */
export const maxImageWidth = 1600;

/** The formats fitted: the ones cameras, phones and screenshots make. GIF (often moving) and SVG stay as they are. */
const fittedFormats = new Set(['jpeg', 'png', 'webp']);

/** An image's size in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** The size an image of `size` (turned the right way) is published at: at most maxImageWidth wide, in proportion. */
export function webImageSize(size: ImageSize): ImageSize {
  if (size.width <= maxImageWidth) return size;
  return { width: maxImageWidth, height: Math.max(1, Math.round((size.height * maxImageWidth) / size.width)) };
}

/** Whether the build fits the image at this site path (/afbeeldingen/foto.jpg) of this format for the web. */
export function isFittedImage(sitePath: string, format: string | undefined): boolean {
  return sitePath.startsWith(`${publicFolder}/`) && fittedFormats.has(format === 'jpg' ? 'jpeg' : (format ?? ''));
}

/**
 * The file of public/ that a site path (percent-encoded, without the base: /afbeeldingen/foto%201.jpg)
 * names; undefined for a path outside public/, a malformed encoding or no such file.
 */
export function publicFileOf(publicDir: string, sitePath: string): string | undefined {
  const root = path.resolve(publicDir);
  let file: string;
  try {
    file = path.join(root, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  } catch {
    return undefined;
  }
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return file;
}

/**
 * The size an image of public/ is shown at on the site, turned the right way and fitted as the build
 * fits it; undefined when the file cannot be read as an image (the build reports that: fitImageForWeb).
 */
export async function publishedImageSize(publicDir: string, sitePath: string): Promise<ImageSize | undefined> {
  const file = publicFileOf(publicDir, sitePath);
  if (!file) return undefined;
  try {
    const { width, height, format } = await imageMetadata(fs.readFileSync(file), sitePath);
    return isFittedImage(sitePath, format) ? webImageSize({ width, height }) : { width, height };
  } catch {
    return undefined;
  }
}

/** What fitImageForWeb did to one file. */
export interface FittedImage {
  /** Its path under the built site's root, as in the media folder: afbeeldingen/foto.jpg. */
  file: string;
  bytesBefore: number;
  bytesAfter: number;
  /** Wider than maxImageWidth: made smaller. */
  resized: boolean;
  /** It held camera data (EXIF, XMP or IPTC: the place, the camera, the time), now left out. */
  cameraData: boolean;
}

/** A file in the media folder that is no image a browser can show, though its name says so. */
export class UnreadableImage extends Error {
  readonly file: string;
  constructor(file: string) {
    super(
      `${mediaFolder}/${file} is geen afbeelding die de site kan lezen. Sla haar opnieuw op als JPG (foto) of PNG ` +
        '(schema, logo), bijvoorbeeld met "Opslaan als" in een fotoprogramma, en vervang het bestand. Een foto van een ' +
        'iPhone (HEIC) met alleen een andere naam wordt zo ook een echte JPG.',
    );
    this.name = 'UnreadableImage';
    this.file = file;
  }
}

/**
 * Fits one image of the built site's media folder for the web, in place: turned the right way, at
 * most maxImageWidth wide, without camera data, in its own format (a newsletter's e-mail shows only
 * JPG, PNG and GIF). An image that needs none of that is left byte for byte as it was. Returns what
 * was done, or undefined for an image left alone; throws UnreadableImage for a file sharp cannot read.
 * sharp (Astro's image library) is loaded only when there are images to fit.
 */
export async function fitImageForWeb(outDir: string, file: string): Promise<FittedImage | undefined> {
  const { default: sharp } = await import('sharp');
  const target = path.join(outDir, publicFolder, file);
  const input = fs.readFileSync(target);
  let metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch {
    throw new UnreadableImage(file);
  }
  const { format, width, orientation, exif, xmp, iptc, pages } = metadata;
  // A moving WebP is left as it is, like a GIF.
  if (!isFittedImage(`${publicFolder}/${file}`, format) || (pages ?? 1) > 1) return undefined;
  const turned = (orientation ?? 1) >= 5;
  const shownWidth = turned ? metadata.height : width;
  const resized = shownWidth > maxImageWidth;
  const cameraData = Boolean(exif || xmp || iptc);
  if (!resized && !cameraData && (orientation ?? 1) === 1) return undefined;
  // rotate() turns the pixels as the orientation tag says; sharp writes no metadata unless asked.
  let image = sharp(input).rotate().resize({ width: maxImageWidth, withoutEnlargement: true });
  image =
    format === 'jpeg'
      ? image.jpeg({ quality: 82, mozjpeg: true })
      : format === 'png'
        ? image.png({ compressionLevel: 9 })
        : image.webp({ quality: 82 });
  let output: Buffer;
  try {
    output = await image.toBuffer();
  } catch {
    throw new UnreadableImage(file);
  }
  fs.writeFileSync(target, output);
  return { file, bytesBefore: input.length, bytesAfter: output.length, resized, cameraData };
}
