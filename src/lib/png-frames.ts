/**
 * The number of frames of a PNG: more than 1 for an animated PNG (APNG), read from its animation
 * chunk (`acTL`), which comes before the image data. sharp reads only an APNG's first frame, so the
 * build would publish a fitted APNG as a still picture (src/lib/web-image.ts leaves it alone instead).
 * 1 for a still PNG, and for bytes that are no PNG or end early.
 */
export function pngFrameCount(png: Uint8Array): number {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(pngSignature)) return 1;
  // Chunks: length (4 bytes), type (4), data, checksum (4).
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT' || type === 'IEND') return 1;
    if (type === 'acTL') return offset + 12 <= bytes.length ? Math.max(1, bytes.readUInt32BE(offset + 8)) : 1;
    offset += 12 + length;
  }
  return 1;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
