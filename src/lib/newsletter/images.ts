import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { ImageSize } from '../web-image.ts';

/**
 * The sources of images without alt text. Mail clients block images by default and show the alt text
 * in their place, and screen readers read it: in a newsletter every image needs one.
 */
export function imagesWithoutAlt(html: string): string[] {
  const missing: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    const alt = node.properties.alt;
    if (typeof alt !== 'string' || alt.trim() === '') missing.push(String(node.properties.src ?? '(zonder bron)'));
  });
  return missing;
}

/** Image formats every common mail client shows; Outlook and Gmail show no SVG, Outlook no WebP or AVIF. */
const mailFormats = /\.(jpe?g|png|gif)$/i;

/** Whether every common mail client shows the image at `src` (a full address or a path), judged by its file name. */
export function isMailImageFormat(src: string): boolean {
  const pathname = URL.canParse(src) ? new URL(src).pathname : src.split(/[?#]/)[0]!;
  return mailFormats.test(pathname);
}

/** The sources of images in a format many mail clients do not show. */
export function imagesNotForMail(html: string): string[] {
  const unsupported: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    const src = String(node.properties.src ?? '');
    if (!isMailImageFormat(src)) unsupported.push(src);
  });
  return unsupported;
}

/** The sources of the images in `html`, each once, in order. */
export function imageSources(html: string): string[] {
  const sources = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'img' && typeof node.properties.src === 'string') sources.add(node.properties.src);
  });
  return [...sources];
}

/**
 * Gives each image without a width the size `sizeOf` knows for its source. Markdown cannot give an
 * image a size, so without this fitImagesToColumn would stretch a small logo across the whole
 * column; with it, a small image keeps its own size, and a blocked image keeps its place.
 */
export function withKnownSizes(html: string, sizeOf: (src: string) => ImageSize | undefined): string {
  const tree = fromHtml(html, { fragment: true });
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'img' || numeric(node.properties.width) !== undefined) return;
    const size = typeof node.properties.src === 'string' ? sizeOf(node.properties.src) : undefined;
    if (!size) return;
    node.properties.width = String(size.width);
    node.properties.height = String(size.height);
    changed = true;
  });
  return changed ? toHtml(tree, { allowDangerousHtml: true }) : html;
}

function numeric(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Sizes images for an e-mail column of `columnWidth` pixels. Outlook for Windows ignores CSS
 * `max-width` and shows an image at its full size, so the width must be an attribute; other clients
 * get `max-width: 100%` too, for narrow screens. Images without a known width (see withKnownSizes)
 * fill the column.
 */
export function fitImagesToColumn(html: string, columnWidth: number): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    const width = numeric(node.properties.width);
    const height = numeric(node.properties.height);
    const fitted = width === undefined || width > columnWidth ? columnWidth : width;
    node.properties.width = String(fitted);
    if (height !== undefined && width !== undefined)
      node.properties.height = String(Math.round((height * fitted) / width));
    else delete node.properties.height;
    // srcset and sizes let clients pick a file wider than the column; mail clients hardly support them.
    delete node.properties.srcSet;
    delete node.properties.sizes;
    delete node.properties.loading;
    delete node.properties.decoding;
    node.properties.style = `display:block;width:100%;max-width:${fitted}px;height:auto;border:0;`;
  });
  return toHtml(tree, { allowDangerousHtml: true });
}
