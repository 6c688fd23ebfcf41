import fs from 'node:fs';

/**
 * Whether a JPEG holds the place where it was taken (EXIF GPS with a latitude), read from its first
 * 64 kB, where a JPEG keeps its EXIF. The build leaves that out of what it publishes
 * (src/lib/web-image.ts); the content check warns that the file in the repository still has it.
 * Read synchronously, as the content check runs: sharp, which reads it too, is asynchronous.
 */
export function jpegHasLocation(file: string): boolean {
  const bytes = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return exifHasLatitude(bytes.subarray(0, length));
}

/** EXIF's tags: the pointer from the first directory to the GPS directory, and the latitude in it. */
const gpsDirectory = 0x8825;
const gpsLatitude = 0x0002;

function exifHasLatitude(jpeg: Buffer): boolean {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return false;
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    // Fill bytes, then the start of the image data: no metadata after it.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return false;
    const size = jpeg.readUInt16BE(offset + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', offset + 4, offset + 10) === 'Exif\0\0') {
      const tiff = jpeg.subarray(offset + 10, offset + 2 + size);
      const gps = tagValue(tiff, directoryOffset(tiff), gpsDirectory);
      return gps !== undefined && tagValue(tiff, gps, gpsLatitude) !== undefined;
    }
    offset += 2 + size;
  }
  return false;
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
