import fs from 'node:fs';
import { isPng, isWebp, pngChunks, readFile, webpChunks, type Read } from './image-chunks.ts';

/**
 * Whether a photo holds the place where it was taken: EXIF with a GPS latitude, in a JPEG (its APP1
 * segment, in the first 64 kB), a PNG (its eXIf chunk) or a WebP (its EXIF chunk, which comes after
 * the image data). The build leaves that out of what it publishes (src/lib/web-image.ts); the content
 * check warns that the file in the repository still has it. False for a file of another kind, or
 * one cut off. Read synchronously, as the content check runs: sharp, which reads it too, is asynchronous.
 */
export function photoHasLocation(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const tiff = exifOf(readFile(fd));
    return tiff !== undefined && tiffHasLatitude(tiff);
  } finally {
    fs.closeSync(fd);
  }
}

/** The largest EXIF block read: EXIF in a JPEG is at most 64 kB, and a photo's is a few kB. */
const maxExif = 1024 * 1024;

/** The EXIF block (TIFF) of a JPEG, PNG or WebP; undefined when it has none. */
function exifOf(read: Read): Buffer | undefined {
  const start = read(0, 2);
  if (start[0] === 0xff && start[1] === 0xd8) return jpegExif(read(0, 64 * 1024));
  if (isPng(read)) {
    for (const chunk of pngChunks(read))
      if (chunk.type === 'eXIf') return read(chunk.data, Math.min(chunk.length, maxExif));
  } else if (isWebp(read)) {
    for (const chunk of webpChunks(read)) {
      if (chunk.type !== 'EXIF') continue;
      const exif = read(chunk.data, Math.min(chunk.length, maxExif));
      // Some tools write the block with JPEG's "Exif" prefix in front of it.
      return exif.toString('latin1', 0, 6) === 'Exif\0\0' ? exif.subarray(6) : exif;
    }
  }
  return undefined;
}

/** A JPEG's segments up to its image data; EXIF is an APP1 segment that starts with "Exif". */
function jpegExif(jpeg: Buffer): Buffer | undefined {
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    // Fill bytes, then the start of the image data: no metadata after it.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const size = jpeg.readUInt16BE(offset + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', offset + 4, offset + 10) === 'Exif\0\0')
      return jpeg.subarray(offset + 10, offset + 2 + size);
    offset += 2 + size;
  }
  return undefined;
}

/** EXIF's tags: the pointer from the first directory to the GPS directory, and the latitude in it. */
const gpsDirectory = 0x8825;
const gpsLatitude = 0x0002;

function tiffHasLatitude(tiff: Buffer): boolean {
  const gps = tagValue(tiff, directoryOffset(tiff), gpsDirectory);
  return gps !== undefined && tagValue(tiff, gps, gpsLatitude) !== undefined;
}

/** The byte order of a TIFF block (EXIF's form): "II" little-endian, "MM" big-endian. */
function reader(tiff: Buffer) {
  const little = tiff.toString('latin1', 0, 2) === 'II';
  return {
    u16: (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)),
    u32: (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)),
  };
}

function directoryOffset(tiff: Buffer): number | undefined {
  return tiff.length >= 8 ? reader(tiff).u32(4) : undefined;
}

/** The value (or offset) of `tag` in the directory at `at`; undefined when it is not there or the block is cut off. */
function tagValue(tiff: Buffer, at: number | undefined, tag: number): number | undefined {
  if (at === undefined || at + 2 > tiff.length) return undefined;
  const { u16, u32 } = reader(tiff);
  const count = u16(at);
  for (let i = 0; i < count; i++) {
    const entry = at + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === tag) return u32(entry + 8);
  }
  return undefined;
}
