import type { CheckContext } from './context.ts';
import { eachNode } from './each-node.ts';
import { htmlTags, isJsxElement, jsxAttribute } from './markdown.ts';
import type { ContentIssue } from './types.ts';
import { isMailImageFormat } from '../newsletter/images.ts';
import { imagePath, isImageFile, saveAsWebImage } from '../image-folder.ts';

const MARKDOWN_HINT = `Schrijf tussen de blokhaken wat er op de afbeelding te zien is, voor wie haar niet kan zien, bijvoorbeeld ![Schema met de drie ontwikkeltafels en hun thema's](${imagePath('schema.png')}).`;
const TAG_HINT = `Geef de afbeelding een alt="…" met wat er te zien is, voor wie haar niet kan zien, of schrijf haar in Markdown: ![Schema met de drie ontwikkeltafels en hun thema's](${imagePath('schema.png')}).`;

/**
 * Alt texts that only say that there is an image ("foto", "afbeelding 2"): a screen reader already
 * says "afbeelding", and the reader still does not know what it shows.
 */
const vagueAlt =
  /^((een|de|het|an?|the) )?(foto|afbeelding|plaatje|beeld|illustratie|figuur|logo|schema|grafiek|tekening|image|img|picture|photo)( \d+)?$/;

/** Alt text that is empty, only a file name ("IMG_2041.jpg") or only a word for "image" tells a screen-reader user nothing. */
function missingAlt(alt: string | true | null | undefined): 'leeg' | 'bestandsnaam' | 'vaag' | undefined {
  if (alt === undefined) return undefined; // an MDX expression: its value is not known before the build
  if (alt === null || alt === true || alt.trim() === '') return 'leeg';
  if (!/\s/.test(alt.trim()) && isImageFile(alt.trim())) return 'bestandsnaam';
  const words = alt
    .trim()
    .toLowerCase()
    .replace(/[\s.:;!?…]+$/u, '')
    .replace(/\s+/g, ' ');
  return vagueAlt.test(words) ? 'vaag' : undefined;
}

/**
 * The file type of an image's address, in capitals ("HEIC"), when it names a file that is no image
 * browsers show (image-folder.ts): what a phone (an iPhone saves HEIC), a scanner (TIFF) or an office
 * program (PDF) saves. An address without a file type is left to the check of links.
 */
function notForWebType(src: string): string | undefined {
  const pathname = (URL.canParse(src) ? new URL(src).pathname : src.split(/[?#]/)[0]!).replace(/\/+$/, '');
  const type = /\.([a-z0-9]+)$/i.exec(pathname)?.[1];
  return type && !isImageFile(pathname) ? type.toUpperCase() : undefined;
}

const MAIL_FORMAT_HINT =
  'Sla de afbeelding op als PNG (schema, logo) of JPG (foto) en verwijs naar dat bestand. Outlook en Gmail tonen geen SVG, Outlook ook geen WebP of AVIF.';

/**
 * Images without a text alternative (WCAG 1.1.1), images in a file type browsers do not show (a
 * photo from an iPhone, HEIC), and in a newsletter images that mail clients do not show: each edition
 * is also sent as an e-mail, and its build would stop on them later, without a line to point to.
 */
export function checkImages({ entries, bodyOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    const report = (node: object, src: string, alt: string | true | null | undefined, hint: string) => {
      const type = notForWebType(src);
      if (type) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `de afbeelding "${src}" is een ${type}-bestand: browsers tonen dat niet (overal) als afbeelding, dus de lezer ziet op die plek niets`,
          hint: saveAsWebImage,
        });
      } else if (entry.collection === 'newsletters' && src !== '' && !src.startsWith('[') && !isMailImageFormat(src)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: body.lineOf(node),
          message: `de afbeelding "${src}" is geen JPG, PNG of GIF: veel mailprogramma's tonen haar dan niet in de e-mail van deze nieuwsbrief`,
          hint: MAIL_FORMAT_HINT,
        });
      }
      const problem = missingAlt(alt);
      if (!problem) return;
      issues.push({
        severity: 'error',
        file: entry.file,
        line: body.lineOf(node),
        message:
          problem === 'leeg'
            ? `de afbeelding "${src}" heeft geen alt-tekst (beschrijving)`
            : problem === 'bestandsnaam'
              ? `de alt-tekst van de afbeelding "${src}" is alleen een bestandsnaam`
              : `de alt-tekst "${String(alt).trim()}" van de afbeelding "${src}" zegt alleen dat er een afbeelding is, niet wat erop te zien is`,
        hint,
      });
    };
    eachNode(body.tree, (node) => {
      if (node.type === 'image' || node.type === 'imageReference') {
        report(
          node,
          node.type === 'image' ? node.url : `[${node.label ?? node.identifier}]`,
          node.alt ?? null,
          MARKDOWN_HINT,
        );
      } else if (node.type === 'html') {
        for (const img of htmlTags(node.value, 'img'))
          report(node, String(img.get('src') ?? ''), img.get('alt') ?? null, TAG_HINT);
      } else if (isJsxElement(node) && (node.name === 'img' || node.name === 'Image')) {
        report(node, String(jsxAttribute(node, 'src') ?? ''), jsxAttribute(node, 'alt'), TAG_HINT);
      }
    });
  }
  return issues;
}
