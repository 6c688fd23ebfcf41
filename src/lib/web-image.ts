import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Metadata } from 'sharp';
import { mediaFolder, publicFolder, saveAsWebImage } from './image-folder.ts';
import { hasCameraData, withoutCameraData } from './camera-data.ts';
import { isJpeg, isPng, isWebp, readBytes, readFile } from './image-chunks.ts';
import { pngFrameCount } from './png-frames.ts';

/**
 * Photos as editors add them: straight from a phone or camera, 4,000 pixels wide and several MB, with
 * the place where they were taken in them (GPS) and turned by a tag instead of in their pixels. The
 * build publishes every JPG, PNG and WebP in the media folder (image-folder.ts) at most this wide,
 * turned the right way and without that camera data (fitImageForWeb); the file in public/ stays as
 * the editor added it. The text column is 42rem (672 px): this is enough for a screen with twice
 * as many pixels, and for print.
 */
export const maxImageWidth = 1600;

/**
 * Phones get a copy this wide of every photo wider than it (the page offers both, the browser picks
 * one for its screen): a fraction of the bytes on a phone with an ordinary screen.
 */
export const narrowImageWidth = 800;

/** Where the narrow copy of a file of the media folder goes, in the same folder: _800/foto.jpg. */
export function narrowFileOf(file: string): string {
  return `_${narrowImageWidth}/${file}`;
}

/** The files fitted, by their name; a file of another kind in the media folder (a PDF, a .DS_Store) is left alone. */
const fittedFile = /\.(jpe?g|png|webp)$/i;
/** Whether the build fits a file of the media folder, by its name (a hidden file, such as ._foto.jpg of a Mac, it leaves). */
function isFittedFile(file: string): boolean {
  return fittedFile.test(file) && !path.basename(file).startsWith('.');
}
/** What such a file must hold, as sharp names it: a HEIC or TIFF renamed to .jpg is no image for the web. */
const fittedFormats = new Set<string>(['jpeg', 'png', 'webp']);

/** An image's size in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** The size an image of `size` (turned the right way) is published at: at most maxImageWidth wide, in proportion. */
export function webImageSize(size: ImageSize): ImageSize {
  return size.width <= maxImageWidth ? size : scaledTo(size, maxImageWidth);
}

type ImageFacts = Pick<
  Metadata,
  'format' | 'width' | 'height' | 'autoOrient' | 'orientation' | 'pages' | 'exif' | 'xmp' | 'iptc' | 'isPalette'
> & {
  /** A PNG or WebP with chunks besides the picture (camera-data.ts), which sharp may not report. */
  cameraChunks?: boolean;
};

/** How the build publishes an image: the rule for both the HTML's sizes and the files, so they cannot differ. */
export interface Publishing {
  /** The size of the published file. */
  size: ImageSize;
  /** The size of its narrow copy (narrowImageWidth), for an image wider than that. */
  narrow?: ImageSize;
  /** The build writes a fitted file instead of the original. */
  fitted: boolean;
  resized: boolean;
  cameraData: boolean;
}

const scaledTo = (size: ImageSize, width: number): ImageSize => ({
  width,
  height: Math.max(1, Math.round((size.height * width) / size.width)),
});

/**
 * How the build publishes an image with these facts (imageFacts). A GIF and an SVG are published as
 * they are; a moving PNG or WebP keeps its size and its frames, and loses only its camera data
 * (withoutCameraData, which takes its turning tag too: it is shown as stored). Neither gets a narrow copy.
 */
export function publishing(facts: ImageFacts): Publishing {
  const upright = facts.autoOrient ?? { width: facts.width, height: facts.height };
  if (!fittedFormats.has(facts.format)) return { size: upright, fitted: false, resized: false, cameraData: false };
  const cameraData = Boolean(facts.exif || facts.xmp || facts.iptc || facts.cameraChunks);
  if ((facts.pages ?? 1) > 1)
    return { size: { width: facts.width, height: facts.height }, fitted: cameraData, resized: false, cameraData };
  const size = webImageSize(upright);
  const resized = size.width !== upright.width;
  return {
    size,
    ...(size.width > narrowImageWidth ? { narrow: scaledTo(size, narrowImageWidth) } : {}),
    fitted: resized || cameraData || (facts.orientation ?? 1) !== 1,
    resized,
    cameraData,
  };
}

/** sharp, Astro's image library, loaded when an image is read. Slightly damaged files that browsers still show pass. */
async function sharpOf(input: Buffer | string) {
  const { default: sharp } = await import('sharp');
  return sharp(input, { failOn: 'error' });
}

/**
 * sharp's facts about an image (its bytes, or its file: then only what they need is read), with what
 * sharp does not see of a PNG or WebP: an animated PNG's frames (sharp reads only the first, and the
 * build would publish that alone), and camera data in any chunk (sharp reports a PNG's only before
 * its image data). Throws when it is no image sharp reads.
 */
async function imageFacts(input: Buffer | string): Promise<ImageFacts> {
  const facts = await (await sharpOf(input)).metadata();
  if (facts.format !== 'png' && facts.format !== 'webp') return facts;
  const fd = typeof input === 'string' ? fs.openSync(input, 'r') : undefined;
  try {
    const read = fd === undefined ? readBytes(input as Buffer) : readFile(fd);
    const frames = facts.format === 'png' ? pngFrameCount(read) : 1;
    return { ...facts, pages: Math.max(facts.pages ?? 1, frames), cameraChunks: hasCameraData(read) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The file of the media folder that a site path (percent-encoded, without the base:
 * /afbeeldingen/foto%201.jpg) names; undefined for a path elsewhere, a malformed encoding or no such file.
 */
export function mediaFileOf(publicDir: string, sitePath: string): string | undefined {
  const folder = path.join(path.resolve(publicDir), publicFolder);
  let file: string;
  try {
    file = path.join(path.resolve(publicDir), decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  } catch {
    return undefined;
  }
  if (!file.startsWith(folder + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return file;
}

/**
 * How an image of the media folder is published (see publishing), for the HTML; undefined for an
 * image elsewhere, or a file that cannot be read as an image (the build reports that: fitImageForWeb).
 */
export async function publishedImage(publicDir: string, sitePath: string): Promise<Publishing | undefined> {
  const file = mediaFileOf(publicDir, sitePath);
  if (!file) return undefined;
  try {
    return publishing(await imageFacts(file));
  } catch {
    return undefined;
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** What fitImageForWeb did to one file. */
export interface FittedImage {
  /** Its path in the media folder: foto.jpg, or zomer/foto.jpg. */
  file: string;
  bytesBefore: number;
  bytesAfter: number;
  /** Wider than maxImageWidth: made smaller. */
  resized: boolean;
  /** It held camera data (EXIF, XMP or IPTC: the place, the camera, the time), now left out. */
  cameraData: boolean;
  /** Its narrow copy was written (narrowFileOf). */
  narrow: boolean;
  /** The files of the cache it used (see fitImageForWeb). */
  cached: string[];
}

/** Why a file of the media folder cannot be published: the build's error and the content check's alike. */
export const unreadableImageReason =
  'is geen afbeelding die de site kan tonen, hoewel de naam dat zegt (een foto van een iPhone, HEIC, heet soms .jpg)';

/**
 * Whether a file of the media folder will be fitted (fitImageForWeb) and starts as no image the
 * build can fit: a HEIC or TIFF renamed to .jpg. Read from its first bytes only, synchronously, for
 * the content check; a file that starts right but is broken further on only the build finds.
 */
export function isMisnamedImage(file: string): boolean {
  if (!isFittedFile(file)) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const read = readFile(fd);
    return !(isJpeg(read) || isPng(read) || isWebp(read));
  } finally {
    fs.closeSync(fd);
  }
}

/** A file in the media folder that is no image a browser can show, though its name says so. */
export class UnreadableImage extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`${mediaFolder}/${file} ${unreadableImageReason}. ${saveAsWebImage}`);
    this.name = 'UnreadableImage';
    this.file = file;
  }
}

/** The image turned upright, at `to`, without metadata (sharp writes none unless asked), in its own format. */
async function encodeAt(input: Buffer, facts: ImageFacts, to: ImageSize): Promise<Buffer> {
  const image = (await sharpOf(input)).rotate().resize({ width: to.width, height: to.height, fit: 'fill' });
  return (
    facts.format === 'jpeg'
      ? image.jpeg({ quality: 82, mozjpeg: true })
      : facts.format === 'png'
        ? image.png({ compressionLevel: 9, palette: facts.isPalette })
        : image.webp({ quality: 82 })
  ).toBuffer();
}

/**
 * The narrow copy of an image of public/'s media folder, made on request, as `astro dev` serves it
 * (the build writes it: fitImageForWeb), with its media type. `file` is its path in the folder as in
 * a URL (percent-encoded); undefined when the image has no narrow copy or cannot be read.
 */
export async function narrowCopyOf(
  publicDir: string,
  file: string,
): Promise<{ bytes: Buffer; type: string } | undefined> {
  const source = mediaFileOf(publicDir, `${publicFolder}/${file}`);
  if (!source || !fittedFile.test(source)) return undefined;
  try {
    const input = fs.readFileSync(source);
    const facts = await imageFacts(input);
    const { narrow } = publishing(facts);
    return narrow ? { bytes: await encodeAt(input, facts, narrow), type: `image/${facts.format}` } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fits one image of the built site's media folder for the web, in place (see publishing): turned the
 * right way, at most maxImageWidth wide, without camera data, in its own format (a newsletter's
 * e-mail shows only JPG, PNG and GIF), and writes its narrow copy beside it. An image that needs
 * none of that is left byte for byte as it was. Returns what was done, or undefined for a file left
 * alone; throws UnreadableImage for a JPG, PNG or WebP that holds no such image. What it encodes is
 * kept in `cacheDir` by the hash of the original: the next build copies it instead of encoding again.
 */
export async function fitImageForWeb(
  outDir: string,
  file: string,
  cacheDir?: string,
): Promise<FittedImage | undefined> {
  if (!isFittedFile(file)) return undefined;
  const target = path.join(outDir, publicFolder, file);
  const input = fs.readFileSync(target);
  let facts: ImageFacts;
  try {
    facts = await imageFacts(input);
  } catch {
    throw new UnreadableImage(file);
  }
  if (!fittedFormats.has(facts.format)) throw new UnreadableImage(file);
  const { size, narrow, fitted, resized, cameraData } = publishing(facts);
  if (!fitted && !narrow) return undefined;
  const hash = createHash('sha256').update(input).digest('hex');
  const cached: string[] = [];
  /** The original at `to`, from the cache or encoded (and then cached). */
  const encoded = async (to: ImageSize, suffix: string): Promise<Buffer> => {
    const kept = cacheDir ? path.join(cacheDir, `${hash}${suffix}${path.extname(file).toLowerCase()}`) : undefined;
    if (kept) cached.push(kept);
    // Another build with the same cache (a copy of the project sharing node_modules) may prune it meanwhile.
    const found = kept ? readIfThere(kept) : undefined;
    if (found) return found;
    const output = await encodeAt(input, facts, to).catch(() => {
      throw new UnreadableImage(file);
    });
    if (kept) {
      // Whole or not at all: a build reading it meanwhile never gets half a photo.
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.writeFileSync(`${kept}.${process.pid}`, output);
      fs.renameSync(`${kept}.${process.pid}`, kept);
    }
    return output;
  };
  const moving = (facts.pages ?? 1) > 1;
  const output = !fitted ? input : moving ? withoutCameraData(input) : await encoded(size, '');
  if (fitted) fs.writeFileSync(target, output);
  if (narrow) {
    const narrowTarget = path.join(outDir, publicFolder, narrowFileOf(file));
    fs.mkdirSync(path.dirname(narrowTarget), { recursive: true });
    fs.writeFileSync(narrowTarget, await encoded(narrow, `-${narrow.width}`));
  }
  return {
    file,
    bytesBefore: input.length,
    bytesAfter: output.length,
    resized,
    cameraData,
    narrow: Boolean(narrow),
    cached,
  };
}
