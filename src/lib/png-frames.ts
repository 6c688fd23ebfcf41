import { isPng, pngChunks, type Read } from './image-chunks.ts';

/**
 * The number of frames of a PNG: more than 1 for an animated PNG (APNG), read from its animation
 * chunk (`acTL`), which comes before the image data. sharp reads only an APNG's first frame, so the
 * build would publish a fitted APNG as a still picture (src/lib/web-image.ts leaves it alone instead).
 * 1 for a still PNG, and for bytes that are no PNG or end early.
 */
export function pngFrameCount(read: Read): number {
  if (!isPng(read)) return 1;
  for (const chunk of pngChunks(read)) {
    if (chunk.type === 'IDAT') return 1;
    if (chunk.type === 'acTL') {
      const frames = read(chunk.data, 4);
      return frames.length === 4 ? Math.max(1, frames.readUInt32BE(0)) : 1;
    }
  }
  return 1;
}
