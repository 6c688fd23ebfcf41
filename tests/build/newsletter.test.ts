import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { simpleParser, type StructuredHeader } from 'mailparser';
import { xmlErrors } from '../support/xml.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { buildNames, builds, root } from '../support/builds.ts';
import { fileFor, htmlFiles, load } from '../support/dist.ts';
import { htmlValidator } from '../support/html-validator.ts';

/** The site address build-once.ts builds with. */
const siteUrl = 'https://kennisbank.example';
const newsletters = checkContent({ root }).entries.filter(({ entry }) => entry.collection === 'newsletters');
const editions = newsletters.map(({ entry }) => entry.id).sort();
const titles = new Map(newsletters.map(({ entry, data }) => [entry.id, String(data.title)]));

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const rssParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
const atomParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) });

/**
 * The site's HTML rules, less what e-mail needs: layout tables with width, cellpadding and bgcolor
 * attributes (Outlook ignores the CSS for them) and role="presentation", which more screen readers
 * know than role="none".
 */
const emailValidator = htmlValidator({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'no-inline-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'no-deprecated-attr': 'off',
    'presentation-role-style': 'off',
  },
});

/** Every address a plain-text e-mail writes out between < and >; html-to-text writes a mailto: link as the bare address. */
function urlsInText(text: string): string[] {
  return [...text.matchAll(/<([^<>\s]+)>/g)].map(([, url]) => (/^[^:/]+@[^/]+$/.test(url!) ? `mailto:${url}` : url!));
}

/** Every URL in an HTML fragment's href and src attributes. */
function urlsIn(html: string): string[] {
  const $ = cheerio.load(html);
  return $('[href], [src]')
    .map((_, el) => $(el).attr('href') ?? $(el).attr('src')!)
    .get();
}

describe.each(buildNames)('newsletter publishing in the %s build', (name) => {
  const { dir, base } = builds[name];
  const prefix = `${siteUrl}${base}`;

  it('has newsletter editions to test with', () => {
    expect(editions.length).toBeGreaterThan(0);
  });

  describe('the RSS feed', () => {
    const xml = read(dir, 'nieuwsbrieven/rss.xml');
    const channel = rssParser.parse(xml).rss.channel;

    it('is well-formed XML, in Dutch, for the archive under the base path', () => {
      expect(xmlErrors(xml)).toEqual([]);
      expect(channel.language).toBe('nl');
      expect(channel.link).toBe(`${prefix}nieuwsbrieven/`);
      expect(xml).toContain(`<atom:link href="${prefix}nieuwsbrieven/rss.xml" rel="self"`);
    });

    it('has every edition, linked absolutely with the base path, with its full text', () => {
      const links = channel.item.map((item: { link: string }) => item.link).sort();
      expect(links).toEqual(editions.map((id) => `${prefix}nieuwsbrieven/${id}/`));
      for (const item of channel.item) {
        expect(item.guid['#text']).toBe(item.link);
        const urls = urlsIn(item['content:encoded']);
        expect(urls.length).toBeGreaterThan(0);
        expect(
          urls.filter((url) => !/^(https?|mailto):/.test(url)),
          item.link,
        ).toEqual([]);
        expect(
          urls.filter((url) => url.startsWith(siteUrl) && !url.startsWith(prefix)),
          item.link,
        ).toEqual([]);
      }
    });
  });

  describe('the Atom feed', () => {
    const xml = read(dir, 'nieuwsbrieven/atom.xml');
    const feed = atomParser.parse(xml).feed;

    it('is well-formed XML, in Dutch, with a self link under the base path', () => {
      expect(xmlErrors(xml)).toEqual([]);
      expect(feed['@_xml:lang']).toBe('nl');
      expect(feed.link.find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href']).toBe(
        `${prefix}nieuwsbrieven/atom.xml`,
      );
    });

    it('has every edition, linked absolutely with the base path, with its full text', () => {
      const links = feed.entry.map((entry: { link: { '@_href': string }[] }) => entry.link[0]!['@_href']).sort();
      expect(links).toEqual(editions.map((id) => `${prefix}nieuwsbrieven/${id}/`));
      for (const entry of feed.entry) {
        const urls = urlsIn(entry.content['#text']);
        expect(urls.filter((url) => !/^(https?|mailto):/.test(url))).toEqual([]);
      }
    });
  });

  it('makes both feeds discoverable from the head of every page', () => {
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const $ = load(dir, file);
      const rss = $('head link[rel="alternate"][type="application/rss+xml"]').attr('href');
      const atom = $('head link[rel="alternate"][type="application/atom+xml"]').attr('href');
      expect(rss, file).toBe(`${base}nieuwsbrieven/rss.xml`);
      expect(atom, file).toBe(`${base}nieuwsbrieven/atom.xml`);
    }
  });

  describe.each(editions)('edition %s', async (id) => {
    const pageFile = `nieuwsbrieven/${id}/index.html`;
    const $page = load(dir, pageFile);
    const emailFile = `nieuwsbrieven/${id}/email.html`;
    const html = read(dir, emailFile);
    const $ = cheerio.load(html);
    const text = read(dir, `nieuwsbrieven/${id}/email.txt`);
    const draftFile = `nieuwsbrieven/${id}/email.eml`;
    const draft = fs.readFileSync(path.join(dir, draftFile));
    const parsed = await simpleParser(draft);
    // The edition's own headings: in the article's text, not the page's "In dit nummer" box.
    const headings = $page('main .prose h2, main .prose h3, main .prose h4, main .prose h5, main .prose h6')
      .not('.edition-contents h2')
      .map((_, el) => $page(el).text().trim())
      .get();

    it('has a page with "In dit nummer" linking to each section of the edition', () => {
      const sections = $page('main .prose > h2')
        .map((_, el) => $page(el).attr('id'))
        .get();
      const contents = $page('nav.edition-contents a')
        .map((_, el) => $page(el).attr('href'))
        .get();
      expect(sections.length).toBeGreaterThan(0);
      expect(contents).toEqual(sections.map((slug) => `#${slug}`));
      expect($page('nav.edition-contents h2').text()).toBe('In dit nummer');
    });

    it('shows its edition label and date, and links to its e-mail versions', () => {
      expect($page('.facts').text()).toMatch(/Editie\s*\S/);
      expect($page('.facts time[datetime]')).toHaveLength(1);
      const email = $page('a').filter((_, el) => $page(el).text().trim() === 'E-mailversie');
      expect(email.attr('href')).toBe(`${base}nieuwsbrieven/${id}/email.html`);
      expect(fileFor(dir, base, email.attr('href')!)).toBe(emailFile);
    });

    it('links to its e-mail draft, to download and open in a mail program', () => {
      const link = $page('.edition-formats a[download]');
      expect(link).toHaveLength(1);
      expect(link.text().trim()).toBe('concept-e-mail (.eml)');
      expect(link.attr('href')).toBe(`${base}nieuwsbrieven/${id}/email.eml`);
      expect(link.attr('download')).toBe(`${id}.eml`);
      expect(fileFor(dir, base, link.attr('href')!)).toBe(draftFile);
      expect($page('.edition-formats').text()).toContain('vul de ontvangers in');
    });

    it('has an e-mail draft with the title as subject, the HTML of email.html and the text of email.txt', () => {
      expect(titles.get(id)).toBeTruthy();
      expect(parsed.subject).toBe(titles.get(id));
      expect(parsed.html).toBe(html);
      expect(parsed.text).toBe(text);
      expect((parsed.headers.get('content-type') as StructuredHeader).value).toBe('multipart/alternative');
      expect(parsed.headers.get('x-unsent')).toBe('1');
      expect(parsed.headers.has('date')).toBe(false);
    });

    it('has an e-mail draft whose links and images are all absolute, under the site address and base path', () => {
      const urls = [...urlsIn(parsed.html || ''), ...urlsInText(parsed.text ?? '')];
      expect(urls.length).toBeGreaterThan(10);
      expect(urls.filter((url) => !/^(https?|mailto):/.test(url))).toEqual([]);
      expect(urls.filter((url) => url.startsWith(siteUrl) && !url.startsWith(prefix))).toEqual([]);
      const own = [...new Set(urls.filter((url) => url.startsWith(prefix)))];
      expect(own).toContain(`${prefix}nieuwsbrieven/${id}/`);
      expect(own.filter((url) => !fileFor(dir, base, new URL(url).pathname))).toEqual([]);
    });

    it('writes out the full address of each link in its text when printed', () => {
      const links = $page('main .prose a[href]').not('.edition-contents a, .edition-formats a');
      const internal = links.filter((_, el) => $page(el).attr('href')!.startsWith(base));
      expect(internal.length).toBeGreaterThan(0);
      internal.each((_, el) => expect($page(el).attr('data-print-href')).toBe(`${siteUrl}${$page(el).attr('href')}`));
    });

    it('has an HTML e-mail without scripts, stylesheets or relative links, with alt text on every image', () => {
      expect($('script')).toHaveLength(0);
      expect($('link')).toHaveLength(0);
      expect($('[data-pagefind-body]')).toHaveLength(0);
      const urls = urlsIn(html);
      expect(urls.length).toBeGreaterThan(10);
      expect(urls.filter((url) => !/^(https?|mailto):/.test(url))).toEqual([]);
      expect(urls.filter((url) => url.startsWith(siteUrl) && !url.startsWith(prefix))).toEqual([]);
      $('img').each((_, img) => expect($(img).attr('alt')?.trim()).toBeTruthy());
      expect($('table.container').attr('width')).toBe('600');
    });

    it('has an HTML e-mail that is valid HTML', async () => {
      const report = await emailValidator.validateString(html, emailFile);
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(problems).toEqual([]);
    });

    it('has an HTML e-mail with the summary as preheader and a link to the web version', () => {
      const summary = $page('meta[name="description"]').attr('content')!;
      expect($('body > .preheader').text()).toContain(summary);
      expect($(`a[href="${prefix}nieuwsbrieven/${id}/"]`).length).toBeGreaterThan(0);
    });

    it('has e-mail links that lead to pages of this build', () => {
      const internal = [...new Set(urlsIn(html).filter((url) => url.startsWith(prefix)))];
      expect(internal.length).toBeGreaterThan(0);
      const missing = internal.filter((url) => !fileFor(dir, base, new URL(url).pathname));
      expect(missing).toEqual([]);
    });

    it('has a plain-text e-mail with every heading and every link of the edition', () => {
      expect(headings.length).toBeGreaterThan(0);
      const lines = text.split('\n').map((line) => line.trim());
      for (const heading of headings) expect(lines, heading).toContain(heading);
      const flat = text.replace(/\s+/g, ' ');
      const links = [
        ...new Set(
          $('a[href]')
            .map((_, el) => $(el).attr('href')!)
            .get(),
        ),
      ];
      for (const link of links)
        expect(flat.includes(link) || flat.includes(link.replace(/^mailto:/, '')), link).toBe(true);
    });

    it('keeps the e-mail versions and the draft out of the sitemap', () => {
      const sitemaps = fs.readdirSync(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
      const all = sitemaps.map((file) => read(dir, file)).join('');
      expect(all).toContain(`${prefix}nieuwsbrieven/${id}/</loc>`);
      expect(all).not.toContain('email');
    });
  });

  it('lists the editions in the archive by year, newest year first', () => {
    const $ = load(dir, 'nieuwsbrieven/index.html');
    const years = $('main h2')
      .map((_, el) => Number($(el).text()))
      .get();
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const linked = $('main a[href*="/nieuwsbrieven/"]')
      .map((_, el) => $(el).attr('href'))
      .get();
    for (const id of editions) expect(linked).toContain(`${base}nieuwsbrieven/${id}/`);
  });
});
