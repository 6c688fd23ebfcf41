import { getRssString, type RSSOptions } from '@astrojs/rss';
import { Feed } from 'feed';
import { escapeHtml } from '../escape-html.ts';
import { newestFirst, type Edition } from './edition.ts';

/** What both feeds say about themselves. Every address is a full one, base path included. */
export interface FeedContext {
  title: string;
  description: string;
  /** The site's name, as the feeds' author: the newsletter has no single writer. */
  author: string;
  /** Full address of the site's home page (with base path). */
  homeUrl: string;
  /** Full address of the newsletter archive, which the feeds stand for. */
  archiveUrl: string;
  rssUrl: string;
  atomUrl: string;
}

/** Feeds are in Dutch, for readers that pick a language or hyphenation from it. */
export const feedLanguage = 'nl';

/**
 * The options for `@astrojs/rss`. Its `site` is only used for relative links, and it would leave
 * out the base path (`/jeugd/`): every link here is already absolute, base included.
 */
export function rssOptions(editions: readonly Edition[], context: FeedContext): RSSOptions {
  return {
    title: context.title,
    description: context.description,
    site: context.archiveUrl,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${feedLanguage}</language>`,
      `<atom:link href="${escapeXml(context.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: newestFirst(editions).map((edition) => ({
      title: `${edition.title} (${edition.edition})`,
      link: edition.url,
      pubDate: edition.date,
      // An RSS description is HTML to feed readers; the summary is plain text and must stay text.
      description: escapeHtml(edition.summary),
      content: edition.html,
    })),
  };
}

/** The RSS 2.0 feed of every edition, newest first, with each edition's full text. */
export function rssFeed(editions: readonly Edition[], context: FeedContext): Promise<string> {
  return getRssString(rssOptions(editions, context));
}

/** The Atom feed of every edition, newest first, with each edition's full text. */
export function atomFeed(editions: readonly Edition[], context: FeedContext): string {
  const ordered = newestFirst(editions);
  const feed = new Feed({
    id: context.archiveUrl,
    title: context.title,
    description: context.description,
    link: context.archiveUrl,
    language: feedLanguage,
    // Atom requires an update time: the latest edition or correction, so the feed is the same between builds.
    updated: new Date(Math.max(0, ...ordered.map((edition) => (edition.updated ?? edition.date).getTime()))),
    generator: false,
    feedLinks: { atom: context.atomUrl, rss: context.rssUrl },
    author: { name: context.author, link: context.homeUrl },
  });
  for (const edition of ordered) {
    feed.addItem({
      id: edition.url,
      // `feed` marks Atom titles and summaries type="html": plain text is escaped to stay text.
      title: escapeHtml(`${edition.title} (${edition.edition})`),
      link: edition.url,
      // A corrected edition shows as updated in a feed reader; it was published on its own date.
      date: edition.updated ?? edition.date,
      published: edition.date,
      description: escapeHtml(edition.summary),
      // `feed` puts the content in a CDATA section and escapes only the first "]]>": every one is escaped here.
      content: edition.html.replaceAll(']]>', ']]&gt;'),
    });
  }
  return withAtomLanguage(feed.atom1());
}

/** `feed` writes no language into Atom (it only uses it for RSS); Atom says it with xml:lang on the root. */
function withAtomLanguage(xml: string): string {
  const root = /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/;
  if (!root.test(xml)) throw new Error('Unexpected Atom output from "feed": cannot set xml:lang');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feedLanguage}">`);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
