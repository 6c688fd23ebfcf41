/**
 * The image block of the text editor ("＋" → "Afbeelding"), in place of Decap's own, whose labels are
 * fixed in English ("Image", "Alt Text", "Title"). It reads and writes Markdown exactly as Decap's
 * does (the same pattern and output), so a page's images survive a round trip through the editor;
 * only what the editor sees is new: Dutch labels, and the description asked for as the site's guide
 * and content check ask for it.
 */

type View = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: View[]) => View;

export interface ImageBlock {
  image?: string;
  alt?: string;
  title?: string;
}

/** `![alt](address "title")`, the title optional: Decap's own pattern, so both read the same images. */
export const imagePattern = /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/;

export function imageFromMarkdown(match: RegExpMatchArray | null): ImageBlock | undefined {
  return match ? { image: match[2], alt: match[1], title: match[4] } : undefined;
}

export function imageToMarkdown({ alt, image, title }: ImageBlock): string {
  return `![${alt ?? ''}](${image ?? ''}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
}

/** The fields of the block, in the words of CONTRIBUTING ("Afbeeldingen"). */
export const imageFields = [
  { label: 'Afbeelding', name: 'image', widget: 'image', media_library: { allow_multiple: false } },
  {
    label: 'Beschrijving (alt-tekst)',
    name: 'alt',
    widget: 'string',
    hint: 'Wat er op de afbeelding te zien is, voor wie haar niet kan zien. Verplicht.',
  },
  {
    label: 'Titel (niet nodig)',
    name: 'title',
    widget: 'string',
    required: false,
    hint: 'Verschijnt alleen als de muis op de afbeelding staat. Laat meestal leeg.',
  },
];

/** The block as `CMS.registerEditorComponent` takes it; `h` is React's createElement from Decap's bundle. */
export function imageComponent(h: CreateElement) {
  return {
    id: 'image',
    label: 'Afbeelding',
    pattern: imagePattern,
    fields: imageFields,
    fromBlock: imageFromMarkdown,
    toBlock: imageToMarkdown,
    toPreview: (
      { alt, image, title }: ImageBlock,
      getAsset: (path: string | undefined, field: unknown) => unknown,
      fields?: { find(test: (field: { get(key: string): unknown }) => boolean): unknown },
    ) => {
      const imageField = fields?.find((field) => field.get('widget') === 'image');
      const src = getAsset(image, imageField);
      return h('img', { src: src ? String(src) : '', alt: alt ?? '', title: title ?? '' });
    },
  };
}
