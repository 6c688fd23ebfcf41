import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { publicFolder } from '../image-folder.ts';
import { narrowFileOf, publishedImage } from '../web-image.ts';

/**
 * How wide a photo in a text is shown, for the browser's choice from srcset: the text column, at most
 * --measure (src/styles/tokens.css; a unit test holds the two together), the screen's width below that.
 */
export const imageSizes = '(max-width: 42rem) 100vw, 42rem';

/** A URL as a srcset candidate: a comma or a space in it would end the candidate. */
const inSrcset = (url: string) => url.replace(/[,\s]/g, (sign) => encodeURIComponent(sign));

/**
 * Images of the media folder (public/afbeeldingen/) get the width and height they are published at
 * (src/lib/web-image.ts), so the browser keeps their place before they load and the text does not
 * jump; every image after the first loads only when the reader scrolls near it. A photo with a
 * narrow copy (narrowImageWidth) offers both, and the browser picks the one its screen needs. An
 * image whose size the text already gives, or that is not a readable file of the media folder, keeps
 * the size it has.
 * Runs after hastBaseLinks: a site path has the base in front by then. A factory: each document
 * gets a plugin of its own, which knows its first image while documents are compiled side by side.
 */
export function hastImageSizes(options: { base: string; publicDir: string }): HastPluginEntry {
  const { base, publicDir } = options;
  return () => {
    let first = true;
    return defineHastPlugin({
      name: 'kennisbank:image-sizes',
      element: {
        filter: ['img'],
        async visit(node, ctx) {
          const isFirst = first;
          first = false;
          if (!isFirst) ctx.setProperty(node, 'loading', 'lazy');
          ctx.setProperty(node, 'decoding', 'async');
          const src = node.properties?.src;
          if (node.properties?.width !== undefined || node.properties?.height !== undefined) return;
          if (typeof src !== 'string' || !src.startsWith(base) || src.startsWith('//')) return;
          const published = await publishedImage(publicDir, `/${src.slice(base.length)}`);
          if (!published) return;
          ctx.setProperty(node, 'width', String(published.size.width));
          ctx.setProperty(node, 'height', String(published.size.height));
          const folder = `${base}${publicFolder.slice(1)}/`;
          if (!published.narrow || !src.startsWith(folder)) return;
          const narrow = `${folder}${narrowFileOf(src.slice(folder.length))}`;
          ctx.setProperty(
            node,
            'srcSet',
            `${inSrcset(narrow)} ${published.narrow.width}w, ${inSrcset(src)} ${published.size.width}w`,
          );
          ctx.setProperty(node, 'sizes', imageSizes);
        },
      },
    });
  };
}
