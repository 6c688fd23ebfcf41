import fs from 'node:fs';

/**
 * The parts ("chunks") of a PNG or WebP file, read without decoding the image: for what sharp does not
 * read (an animated PNG's frames) or should not change (a moving image's frames, when only its camera
 * data is taken out), and for reading camera data synchronously, as the content check runs.
 */

/** Up to `length` bytes from `position`: fewer at the end of the file. */
export type Read = (position: number, length: number) => Buffer;

export function readBytes(bytes: Uint8Array): Read {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (position, length) => buffer.subarray(position, position + length);
}

/** Reads from an open file; only the bytes asked for, so a large photo is not read whole. */
export function readFile(fd: number): Read {
  return (position, length) => {
    const bytes = Buffer.alloc(length);
    return bytes.subarray(0, fs.readSync(fd, bytes, 0, length, position));
  };
}

export interface Chunk {
  /** Four letters: IHDR, eXIf, IDAT for PNG; VP8X, EXIF, ANIM for WebP. */
  type: string;
  /** Where the chunk starts in the file, where its data starts, and where the next chunk starts. */
  start: number;
  data: number;
  length: number;
  end: number;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A JPEG starts with its start-of-image marker and a second marker (FF D8 FF). */
export function isJpeg(read: Read): boolean {
  return read(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
}

export function isPng(read: Read): boolean {
  return read(0, 8).equals(pngSignature);
}

export function isWebp(read: Read): boolean {
  const start = read(0, 12);
  return start.toString('latin1', 0, 4) === 'RIFF' && start.toString('latin1', 8, 12) === 'WEBP';
}

/** A PNG's chunks in order (length, type, data, checksum), up to IEND or where the file ends. */
export function* pngChunks(read: Read): Generator<Chunk> {
  for (let start = 8; ;) {
    const header = read(start, 8);
    if (header.length < 8) return;
    const length = header.readUInt32BE(0);
    const chunk = { type: header.toString('latin1', 4, 8), start, data: start + 8, length, end: start + 12 + length };
    yield chunk;
    if (chunk.type === 'IEND') return;
    start = chunk.end;
  }
}

/**
 * A WebP's chunks in order (type, little-endian length, data padded to an even length), up to the end
 * its RIFF header gives: bytes after that are no part of the image.
 */
export function* webpChunks(read: Read): Generator<Chunk> {
  const riff = read(4, 4);
  if (riff.length < 4) return;
  const riffEnd = 8 + riff.readUInt32LE(0);
  for (let start = 12; start + 8 <= riffEnd;) {
    const header = read(start, 8);
    if (header.length < 8) return;
    const length = header.readUInt32LE(4);
    const chunk = {
      type: header.toString('latin1', 0, 4),
      start,
      data: start + 8,
      length,
      end: start + 8 + length + (length % 2),
    };
    yield chunk;
    start = chunk.end;
  }
}
