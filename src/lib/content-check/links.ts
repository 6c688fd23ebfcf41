import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isCollectionName } from '../../schemas/index.ts';
import { linkProblem, splitInternalLink } from '../links/site-index.ts';
import { isWebAddressWithoutScheme } from '../links/web-address.ts';
import { movedPages } from '../moved-pages.ts';
import { entryPath } from '../urls.ts';
import type { CheckContext } from './context.ts';
import { linkTargets, type LinkTarget } from './link-targets.ts';
import { hasInvisible } from './invisible.ts';
import { unsafeUrl } from './markup.ts';
import { isLocalHost, schemeOf } from '../links/scheme.ts';
import { closest } from './suggest.ts';
import type { ContentIssue, RawEntry } from './types.ts';
import { imagePath, isImageFile, mediaFolder } from '../image-folder.ts';
import { isDocumentFile } from '../document-files.ts';

const EXAMPLE = '/plannen/regie/';

/**
 * What to write for an image that is not there: the file with the same name in other capitals (a
 * computer that does not tell them apart shows it, the server does not), a file with a name close
 * to it, or where images go.
 */
function missingImageHint(sitePath: string, paths: readonly string[]): string {
  const files = paths.filter(isImageFile);
  // The same name with an accented letter stored as letter plus accent (as a Mac may save it): the
  // message would show two names that look the same, and the server tells them apart.
  if (files.some((known) => known !== sitePath && known.normalize('NFC') === sitePath.normalize('NFC')))
    return `Het bestand heet bijna zo: een letter met een accent staat er anders in, als letter met een los accent erachter (zo slaat een Mac een naam soms op). Geef het bestand een naam zonder accenten, zoals ${sitePath.normalize('NFD').replace(/\p{M}/gu, '')}, en pas het adres aan.`;
  const sameLetters = files.find((known) => known.toLowerCase() === sitePath.toLowerCase());
  if (sameLetters)
    return `Bedoelt u "${sameLetters}"? Let op de hoofdletters: voor de server zijn Foto.png en foto.png twee verschillende bestanden.`;
  const near = closest(sitePath, files);
  return `${near ? `Bedoelt u "${near}"? ` : ''}Zet de afbeelding in de map public/ en schrijf het adres vanaf die map, zoals ${imagePath('naam.png')} voor ${mediaFolder}/naam.png.`;
}

/** What to write for a file to download that is not there: a file with a name close to it, or where files go. */
function missingFileHint(sitePath: string, paths: readonly string[]): string {
  const near = closest(sitePath, paths.filter(isDocumentFile));
  return `${near ? `Bedoelt u "${near}"? ` : ''}Zet het bestand in de map public/ (bijvoorbeeld public${sitePath}) en schrijf het adres vanaf die map: ${sitePath}. Of link naar de website waar het bestand staat, met een adres dat begint met https://.`;
}

/**
 * A link that is meant for another website or an e-mail address but was written without its start,
 * as people copy it from a letterhead or a browser's address bar: "www.almelo.nl", "info@junis.nl".
 */
function otherAddressHint(url: string): string | undefined {
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(url)) return `Schrijf een e-mailadres met mailto: ervoor: mailto:${url}.`;
  if (isWebAddressWithoutScheme(url))
    return `Schrijf het volledige adres van de andere website, met https:// ervoor: https://${url}.`;
  return undefined;
}

/** A link to a content file ("../plans/regie.md", "/content/plans/regie.md") instead of its page: the page it meant. */
function pageForFile(url: string, entries: readonly RawEntry[]): string | undefined {
  const segments = url
    .split(/[?#]/, 1)[0]!
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  const last = segments.pop();
  if (!last) return undefined;
  const id = last.replace(/\.(md|mdx|yaml|yml)$/i, '');
  const folder = segments.pop();
  const candidates = entries.filter((e) => e.id === id);
  const match =
    candidates.find((e) => e.collection === folder) ?? (candidates.length === 1 ? candidates[0] : undefined);
  return match ? entryPath(match.collection, match.id) : undefined;
}

/** The schemes a reader's browser or phone opens from a page. */
const openedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * An address as written that no reader can follow, whatever page it means: a character that does not
 * show (a hard space copied along; the parser keeps it, and the link leads to ".../%C2%A0"), a scheme
 * no browser opens ("htps://", a path on the editor's own computer), or the editor's own computer as
 * `npm run dev` shows it (localhost).
 */
function addressProblem(url: string, written: string): { problem: string; hint: string } | undefined {
  if (hasInvisible(written) || written !== written.trim())
    return {
      problem: 'heeft een teken in het adres dat u niet ziet: de link werkt dan niet',
      hint: 'Haal dat teken weg, of typ het adres opnieuw.',
    };
  // ("https://…") or (“https://…”), as Word or a habit from other fields puts quotes around it.
  const quoted = /^["'“”‘’„](.*)["'“”‘’]$/su.exec(url);
  if (quoted)
    return {
      problem: 'staat tussen aanhalingstekens, en die horen dan bij het adres: de link werkt niet',
      hint: `Haal de aanhalingstekens weg: schrijf (${quoted[1]}).`,
    };
  const scheme = schemeOf(url);
  if (scheme === undefined) return undefined;
  if (/^[a-z]$/.test(scheme) || scheme === 'file')
    return {
      problem: 'is een bestand op een eigen computer: bezoekers van de site kunnen het niet openen',
      hint: `Zet het bestand op de site (afbeeldingen in ${mediaFolder}/) en schrijf het adres vanaf de hoofdmap, of link naar de pagina op een andere website met https://.`,
    };
  // Links that run code are the markup check's (markup.ts), with a message of their own.
  if (unsafeUrl(url)) return undefined;
  if (!openedSchemes.has(scheme))
    return {
      problem: `begint met "${scheme}:", en dat opent een browser niet`,
      hint: 'Begin een adres van een andere website met https://, een e-mailadres met mailto: en een telefoonnummer met tel:.',
    };
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  if (!URL.canParse(url) || !/^https?:\/\/[^/]/i.test(url))
    return {
      problem: 'is geen volledig webadres',
      hint: 'Schrijf het adres zoals de browser het toont, met https:// ervoor, bijvoorbeeld https://www.hengelo.nl/.',
    };
  const { hostname, pathname, search, hash } = new URL(url);
  if (isLocalHost(hostname))
    return {
      problem: 'gaat naar uw eigen computer (zoals npm run dev de site toont): bezoekers van de site komen nergens',
      hint: `Schrijf het adres vanaf de hoofdmap van de site: ${pathname}${search}${hash}.`,
    };
  return undefined;
}

function anchorList(anchors: ReadonlySet<string>): string {
  const list = [...anchors].filter((a) => a !== 'inhoud');
  if (list.length === 0) return 'Die pagina heeft geen koppen om naar te linken; laat het deel vanaf # weg.';
  if (list.length > 12) return '';
  return `Plekken op die pagina: ${list.map((a) => `#${a}`).join(', ')}.`;
}

/** Links and images that point at pages, anchors or files of the site that do not exist. */
export function checkLinks({ entries, bodyOf, site }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const body = bodyOf(entry);
    if (!body) continue;
    const ownPath = entryPath(entry.collection, entry.id);
    const problem = (target: LinkTarget, message: string, hint: string) =>
      issues.push({ severity: 'error', file: entry.file, line: body.lineOf(target.node), message, hint });

    for (const target of linkTargets(body.tree)) {
      const url = target.url.trim();
      const noun = target.kind === 'image' ? 'de afbeelding' : 'de link';
      // "#" alone is a placeholder, as a text editor or a template leaves it: a link to nothing in particular.
      if (url === '' || url === '#') {
        // The text of a Markdown link, to find it by; an <a> in HTML is found by its line.
        const node = target.node as Nodes;
        const text = node.type === 'link' ? toString(node).trim() : '';
        problem(
          target,
          url === ''
            ? `${noun} heeft geen adres`
            : `${noun}${text ? ` "${text}"` : ''} heeft als adres alleen "#": er staat nog geen echt adres`,
          target.kind === 'image'
            ? `Zet het adres van de afbeelding tussen de ronde haakjes, bijvoorbeeld ![Wat er te zien is](${imagePath('naam.png')}).`
            : `Zet het adres tussen de ronde haakjes, bijvoorbeeld [tekst](${EXAMPLE}).`,
        );
        continue;
      }
      // An image from another website: the pages load nothing from elsewhere (img-src 'self' in
      // src/lib/security/csp.ts, so no visitor is shown to another site), so a browser shows none.
      // (A data: address is refused by the markup check.)
      if (target.kind === 'image' && /^(https?:)?\/\//i.test(url)) {
        problem(
          target,
          `de afbeelding "${url}" staat op een andere website, en de site laadt niets van andere websites: de lezer ziet op die plek niets`,
          `Sla de afbeelding op in ${mediaFolder}/ en schrijf het adres vanaf de hoofdmap, zoals ![wat er te zien is](${imagePath('naam.png')}).`,
        );
        continue;
      }
      const written = addressProblem(url, target.url);
      if (written) {
        problem(target, `${noun} "${target.url}" ${written.problem}`, written.hint);
        continue;
      }
      // Other websites, e-mail and phone links are not checked further: the check works offline.
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;

      if (!url.startsWith('/') && !url.startsWith('#')) {
        const meant = pageForFile(url, entries);
        problem(
          target,
          `${noun} "${url}" is geen adres op deze site`,
          target.kind === 'image'
            ? `Zet de afbeelding in de map public/ (bijvoorbeeld ${mediaFolder}/naam.png) en schrijf het adres vanaf de hoofdmap: ${imagePath('naam.png')}.`
            : meant
              ? /\.(md|mdx|ya?ml)$/i.test(url.split(/[?#]/, 1)[0]!)
                ? `Schrijf het adres van de pagina, niet van het bestand: "${meant}".`
                : `Begin het adres met een /: "${meant}".`
              : (otherAddressHint(url) ??
                `Begin een adres op deze site met een /, zoals ${EXAMPLE}, of schrijf een volledig webadres dat begint met https://.`),
        );
        continue;
      }

      // An <a> or <img> in MDX is JavaScript, which the site's link plugin cannot reach: under a sub-path
      // (/jeugd/) its "/plannen/regie/" would lead nowhere. Markdown's own links get the sub-path.
      if (target.jsx && url.startsWith('/')) {
        problem(
          target,
          `${noun} "${url}" staat in een <${target.kind === 'image' ? 'img' : 'a'}>-onderdeel, dat op een site in een submap niet werkt`,
          target.kind === 'image'
            ? `Schrijf de afbeelding in Markdown: ![wat er te zien is](${url}).`
            : `Schrijf de link in Markdown: [tekst](${url}).`,
        );
        continue;
      }

      const { sitePath, anchor } = splitInternalLink(url, ownPath);
      // A folder without a page of its own (/teams/): the reader gets there, one page later, and
      // without the place after # (src/lib/moved-pages.ts).
      const moved = movedPages.find((page) => page.from === sitePath);
      if (moved) {
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: body.lineOf(target.node),
          message: `de link "${url}" gaat naar een map zonder eigen pagina: de lezer komt via een tussenpagina op ${moved.label}`,
          hint: `Link direct naar "${moved.to}".`,
        });
        continue;
      }
      const found = linkProblem(site, sitePath, anchor);
      if (!found) continue;
      if (found.kind === 'no-page') {
        const pathPart = url.split(/[?#]/, 1)[0]!;
        const meant = pageForFile(pathPart, entries);
        const firstSegment = pathPart.split('/')[1] ?? '';
        const suggestion =
          meant ??
          (firstSegment === 'content' || isCollectionName(firstSegment) ? undefined : closest(sitePath, site.paths()));
        problem(
          target,
          target.kind === 'image'
            ? `de afbeelding "${url}" bestaat niet`
            : `de link "${url}" gaat naar ${isDocumentFile(sitePath) ? 'een bestand dat' : 'een pagina die'} niet bestaat`,
          target.kind === 'image'
            ? missingImageHint(sitePath, site.paths())
            : isDocumentFile(sitePath)
              ? missingFileHint(sitePath, site.paths())
              : `${suggestion ? `Bedoelt u "${suggestion}${anchor ? `#${anchor}` : ''}"? ` : ''}Een pagina van deze site heeft een adres als ${EXAMPLE}: de map van de soort pagina (plannen, mensen, begrippen, …) en de bestandsnaam zonder extensie.`,
        );
        continue;
      }
      const suggestion = closest(anchor, found.anchors);
      problem(
        target,
        `de link "${url}" wijst naar een plek op de pagina die niet bestaat (#${anchor})`,
        [
          suggestion ? `Bedoelt u "#${suggestion}"?` : '',
          'Het deel na # is de tekst van een kop in kleine letters, met streepjes in plaats van spaties, bijvoorbeeld #stand-van-zaken-november-2019; bij een begrip is het de bestandsnaam, bijvoorbeeld /begrippen/#vve.',
          anchorList(found.anchors),
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
  }
  return issues;
}
