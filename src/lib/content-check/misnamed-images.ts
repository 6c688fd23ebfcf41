import fs from 'node:fs';
import path from 'node:path';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { mediaFolder, saveAsWebImage } from '../image-folder.ts';
import { isMisnamedImage, unreadableImageReason } from '../web-image.ts';

/**
 * Files of the media folder named as a JPG, PNG or WebP that hold something else (a photo from an
 * iPhone, HEIC, renamed to .jpg), used in a text or not: the build fits every such file and stops
 * at this one (src/lib/web-image.ts), so the check says so first, in the pull request.
 */
export function checkMisnamedImages({ root }: CheckContext): ContentIssue[] {
  const folder = path.join(root, mediaFolder);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => isMisnamedImage(file))
    .sort()
    .map((file) => ({
      severity: 'error',
      file: path.relative(root, file).split(path.sep).join('/'),
      message: `dit bestand ${unreadableImageReason}`,
      hint: saveAsWebImage,
    }));
}
