import path from 'node:path';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getSite, type Entry } from '../site.ts';
import { siteName } from '../site-meta.ts';
import { absoluteHref, entryPath } from '../urls.ts';
import type { Edition } from './edition.ts';
import type { EmailContext } from './email.ts';
import { emailSizeWarning } from './email-size.ts';
import { editionParts, type DraftParts } from './eml.ts';
import type { FeedContext } from './feeds.ts';
import { withKnownSizes } from './images.ts';
import { absolutiseLinks } from './links.ts';
import { publicImageSizes } from './public-images.ts';

/**
 * An edition's text as the site shows it, as one HTML string. Rendering through Astro's container
 * gives the same result for .md and .mdx, with images processed and links under the base path.
 */
async function renderedHtml(container: AstroContainer, entry: Entry<'newsletters'>) {
  const { Content, headings } = await render(entry);
  const html = await container.renderToString(Content);
  // The images' own sizes, for the e-mail (images.ts); Astro builds from the project's root.
  const sizes = await publicImageSizes(html, { base: import.meta.env.BASE_URL, publicDir: path.resolve('public') });
  return { html: withKnownSizes(html, (src) => sizes.get(src)), headings };
}

async function load(): Promise<Edition[]> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const site = await getSite();
  return Promise.all(
    site.list('newsletters').map(async (entry) => {
      const url = absoluteHref(entryPath('newsletters', entry.id));
      const { html, headings } = await renderedHtml(container, entry);
      return {
        id: entry.id,
        title: entry.data.title,
        edition: entry.data.edition,
        date: entry.data.date,
        ...(entry.data.updated ? { updated: entry.data.updated } : {}),
        datePrecision: entry.data.datePrecision,
        summary: entry.data.summary,
        html: absolutiseLinks(html, url),
        headings: headings.map(({ depth, slug, text }) => ({ depth, slug, text })),
        url,
      } satisfies Edition;
    }),
  );
}

let editions: Promise<Edition[]> | undefined;

/** Every newsletter edition, newest first, loaded once per build for the pages, feeds and e-mails. */
export function getEditions(): Promise<Edition[]> {
  editions ??= load();
  return editions;
}

/** One edition by id; an unknown id is a programming error in a route. */
export async function getEdition(id: string): Promise<Edition> {
  const edition = (await getEditions()).find((candidate) => candidate.id === id);
  if (!edition) throw new Error(`No newsletter edition "${id}"`);
  return edition;
}

const emails = new Map<string, Promise<DraftParts>>();

/**
 * One edition's e-mail, made once per build: `email.html`, `email.txt` and the draft (`email.eml`)
 * publish the same parts, and inlining the styles alone takes about 0.1 s an edition.
 */
export function getEmailParts(id: string): Promise<DraftParts> {
  let parts = emails.get(id);
  if (!parts) {
    parts = getEdition(id).then((edition) => {
      const made = editionParts(edition, emailContext);
      // In the build's output, once per edition: a warning, as the site itself is fine.
      const warning = emailSizeWarning(id, made.html);
      if (warning) console.warn(warning);
      return made;
    });
    emails.set(id, parts);
  }
  return parts;
}

export const emailContext: EmailContext = {
  siteName,
  homeUrl: absoluteHref('/'),
  archiveUrl: absoluteHref('/nieuwsbrieven/'),
};

export const feedContext: FeedContext = {
  title: `Nieuwsbrieven | ${siteName}`,
  description: 'De nieuwsbrieven van de drie ontwikkeltafels jeugd in Twente, met de volledige tekst van elke editie.',
  author: siteName,
  homeUrl: absoluteHref('/'),
  archiveUrl: absoluteHref('/nieuwsbrieven/'),
  rssUrl: absoluteHref('/nieuwsbrieven/rss.xml'),
  atomUrl: absoluteHref('/nieuwsbrieven/atom.xml'),
};
