import { imageSources } from './images.ts';
import { publishedImage, type ImageSize } from '../web-image.ts';

/**
 * The sizes of the images in `html` that are files of the site's `public/` folder (where editors
 * put them: /afbeeldingen/foto.jpg, under the base path once rendered), as the site publishes them
 * (src/lib/web-image.ts). Images elsewhere, or whose file cannot be read as an image, are left out:
 * the e-mail keeps those at the column's width.
 */
export async function publicImageSizes(
  html: string,
  { base, publicDir }: { base: string; publicDir: string },
): Promise<Map<string, ImageSize>> {
  const sizes = new Map<string, ImageSize>();
  for (const src of imageSources(html)) {
    if (!src.startsWith(base) || src.startsWith('//')) continue;
    const size = (await publishedImage(publicDir, `/${src.slice(base.length)}`))?.size;
    if (size) sizes.set(src, size);
  }
  return sizes;
}
