import { XMLParser } from 'fast-xml-parser';
import { xmlErrors } from '../support/xml.ts';
import { describe, expect, it } from 'vitest';
import { atomFeed, rssFeed, type FeedContext } from '../../src/lib/newsletter/feeds.ts';
import { fixtureEdition } from '../fixtures/newsletter/edition.ts';

const context: FeedContext = {
  title: 'Nieuwsbrieven | Kennisbank Jeugd Twente',
  description: 'Testfeed',
  author: 'Kennisbank Jeugd Twente',
  homeUrl: 'https://voorbeeld.test/jeugd/',
  archiveUrl: 'https://voorbeeld.test/jeugd/nieuwsbrieven/',
  rssUrl: 'https://voorbeeld.test/jeugd/nieuwsbrieven/rss.xml',
  atomUrl: 'https://voorbeeld.test/jeugd/nieuwsbrieven/atom.xml',
};

const older = fixtureEdition({
  id: 'oud',
  title: 'Oude editie',
  date: new Date('2098-01-01T00:00:00Z'),
  url: 'https://voorbeeld.test/jeugd/nieuwsbrieven/oud/',
});
const newer = fixtureEdition();
const rssParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
const atomParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) });

describe('the RSS feed', async () => {
  const xml = await rssFeed([older, newer], context);
  const channel = rssParser.parse(xml).rss.channel;

  it('is well-formed XML in Dutch', () => {
    expect(xmlErrors(xml)).toEqual([]);
    expect(channel.language).toBe('nl');
    expect(channel.link).toBe(context.archiveUrl);
  });

  it('has every edition, newest first, with absolute links and the full text', () => {
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual([newer.url, older.url]);
    const first = channel.item[0];
    expect(first.title).toBe('Testeditie & co (Lente 2099)');
    expect(first.description).toBe(newer.summary);
    expect(first['content:encoded']).toContain('href="https://voorbeeld.test/jeugd/plannen/voorbeeldplan/"');
    expect(first['content:encoded']).not.toMatch(/(href|src)="\//);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed([older, newer], context);
  const feed = atomParser.parse(xml).feed;

  it('is well-formed XML in Dutch, with a self link and an author', () => {
    expect(xmlErrors(xml)).toEqual([]);
    expect(feed['@_xml:lang']).toBe('nl');
    expect(feed.link.find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href']).toBe(context.atomUrl);
    expect(feed.author.name).toBe(context.author);
    expect(feed.updated).toBe(newer.date.toISOString());
  });

  it('has every edition, newest first, with absolute links and the full text', () => {
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual([newer.url, older.url]);
    expect(feed.entry[0].content['#text']).toContain('href="https://voorbeeld.test/jeugd/plannen/voorbeeldplan/"');
  });
});

describe('the Atom feed after a correction', () => {
  it('marks a corrected edition as updated, keeps its publication date, and stays XML with any "]]>" in the text', () => {
    const corrected = fixtureEdition({
      ...older,
      updated: new Date('2099-06-01T00:00:00Z'),
      html: '<p>a ]]> b ]]> c</p>',
    });
    const xml = atomFeed([corrected, newer], context);
    expect(xmlErrors(xml)).toEqual([]);
    const feed = atomParser.parse(xml).feed;
    expect(feed.updated).toBe('2099-06-01T00:00:00.000Z');
    const entry = feed.entry.find((e: { id: string }) => e.id === older.url);
    expect(entry.updated).toBe('2099-06-01T00:00:00.000Z');
    expect(entry.published).toBe(older.date.toISOString());
    expect(entry.content['#text']).toBe('<p>a ]]&gt; b ]]&gt; c</p>');
  });
});
