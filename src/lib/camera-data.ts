import { isPng, isWebp, pngChunks, readBytes, webpChunks, type Read } from './image-chunks.ts';

/**
 * The chunks that make the picture, kept; every other chunk is about the picture (EXIF, XMP, text,
 * the time, or a kind this list does not know) and goes. A list of what stays, so that camera data
 * in a chunk of another name, or after the image data, cannot pass.
 */
const pngPicture = new Set([
  // The image, its palette and its frames.
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'acTL',
  'fcTL',
  'fdAT',
  // How its colours and pixels are shown.
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'cICP',
  'sBIT',
  'bKGD',
  'pHYs',
]);
const webpPicture = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L']);
/** The flags for EXIF and XMP in the VP8X chunk (byte 0 of its data). */
const vp8xMetadataFlags = 0x08 | 0x04;

/**
 * Whether a PNG or WebP holds chunks that are not the picture (see pngPicture), wherever they are:
 * sharp reports only the metadata it reads, which in a PNG is what comes before the image data.
 */
export function hasCameraData(read: Read): boolean {
  if (isPng(read)) return [...pngChunks(read)].some((chunk) => !pngPicture.has(chunk.type));
  if (isWebp(read)) return [...webpChunks(read)].some((chunk) => !webpPicture.has(chunk.type));
  return false;
}

/**
 * A moving PNG or WebP without its camera data (the place, the device, the time), its frames byte for
 * byte as they were: sharp would encode a moving WebP again and keep only an APNG's first frame.
 * Anything else is returned as it is.
 */
export function withoutCameraData(bytes: Buffer): Buffer {
  const read = readBytes(bytes);
  if (isPng(read)) {
    const kept = [bytes.subarray(0, 8)];
    for (const chunk of pngChunks(read)) {
      if (pngPicture.has(chunk.type)) kept.push(bytes.subarray(chunk.start, chunk.end));
    }
    return Buffer.concat(kept);
  }
  if (isWebp(read)) {
    const kept = [Buffer.from(bytes.subarray(0, 12))];
    for (const chunk of webpChunks(read)) {
      if (!webpPicture.has(chunk.type)) continue;
      const copy = Buffer.from(bytes.subarray(chunk.start, chunk.end));
      if (chunk.type === 'VP8X' && copy.length > 8) copy[8]! &= ~vp8xMetadataFlags;
      kept.push(copy);
    }
    const webp = Buffer.concat(kept);
    // The RIFF header gives the length of all that follows it.
    webp.writeUInt32LE(webp.length - 8, 4);
    return webp;
  }
  return bytes;
}
