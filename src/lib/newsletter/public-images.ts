import fs from 'node:fs';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { imageSources, type ImageSize } from './images.ts';

/** The file a URL path (percent-encoded) names under `root`; undefined for a malformed encoding, such as a bare "%". */
function fileIn(root: string, urlPath: string): string | undefined {
  try {
    return path.join(root, decodeURIComponent(urlPath));
  } catch {
    return undefined;
  }
}

/**
 * The sizes of the images in `html` that are files of the site's `public/` folder (where editors
 * put them: /afbeeldingen/foto.jpg, under the base path once rendered), read from the files
 * themselves. Images elsewhere, or whose file cannot be read as an image, are left out.
 */
export async function publicImageSizes(
  html: string,
  { base, publicDir }: { base: string; publicDir: string },
): Promise<Map<string, ImageSize>> {
  const sizes = new Map<string, ImageSize>();
  const root = path.resolve(publicDir);
  for (const src of imageSources(html)) {
    if (!src.startsWith(base) || src.startsWith('//')) continue;
    const file = fileIn(root, src.slice(base.length).split(/[?#]/)[0]!);
    if (!file || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
    try {
      const { width, height } = await imageMetadata(fs.readFileSync(file), src);
      sizes.set(src, { width, height });
    } catch {
      // Not an image Astro can read: the e-mail keeps the image at the column's width.
    }
  }
  return sizes;
}
