import { isPng, isWebp, pngChunks, readBytes, webpChunks } from './image-chunks.ts';

/** PNG chunks about the picture rather than of it: EXIF, text (XMP, comments, "Raw profile type exif"), the time. */
const pngMetadata = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);
/** WebP chunks of camera data, and their flags in the VP8X chunk (byte 0 of its data). */
const webpMetadata = new Set(['EXIF', 'XMP ']);
const vp8xMetadataFlags = 0x08 | 0x04;

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
      if (!pngMetadata.has(chunk.type)) kept.push(bytes.subarray(chunk.start, chunk.end));
    }
    return Buffer.concat(kept);
  }
  if (isWebp(read)) {
    const kept = [Buffer.from(bytes.subarray(0, 12))];
    for (const chunk of webpChunks(read)) {
      if (webpMetadata.has(chunk.type)) continue;
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
