import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { fixtureBuilds } from '../support/builds.ts';
import { fragments } from '../support/pagefind-fragments.ts';

/**
 * The changed-content build has files saved as other tools save them (tests/support/builds.ts): both
 * new editions (.md and .mdx) and the person René Peters with a byte-order mark, Windows line endings,
 * no final newline and every accent decomposed (NFD); the glossary term RMC with a byte-order mark,
 * Windows line endings and a variant "Meld- en Coördinatiepunt" that the .md edition uses. The site
 * must show, index, feed and mail them as if they had been written plainly.
 */
const { dir, base } = fixtureBuilds.changed;
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const page = (file: string) => cheerio.load(read(file));
const nfc = (text: string) => text.normalize('NFC');

const summer = nfc('Testnummer zomer: ideeën');
const spring = nfc('Testnummer lente: één onderwerp');
const person = nfc('René Peters');
const variant = nfc('Meld- en Coördinatiepunt');

/** A decomposed accent (a combining mark) or a byte-order mark: neither may reach a reader. */
const ENCODING_LEFTOVER = /[\u0300-\u036f\uFEFF]/u;

describe('files saved with a byte-order mark, CRLF, no final newline and decomposed accents', () => {
  it('give pages with their titles and text in composed accents', () => {
    expect(page('nieuwsbrieven/zomer-2099/index.html')('h1').text()).toBe(summer);
    expect(page('nieuwsbrieven/lente-2099/index.html')('h1').text()).toBe(spring);
    expect(page('nieuwsbrieven/lente-2099/index.html')('main').text()).toContain(nfc('over ideeën'));
    expect(page('mensen/rene-peters/index.html')('h1').text()).toBe(person);
    const plan = page('plannen/regulier-onderwijs/index.html');
    expect(plan(`main a[href="${base}mensen/rene-peters/"]`).first().text()).toBe(person);
  });

  it('leave no byte-order mark or decomposed accent anywhere in the build', () => {
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|xml|txt|eml)$/.test(d.name))
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => ENCODING_LEFTOVER.test(read(file)))).toEqual([]);
  });

  it('let the glossary explain a term written in composed accents where the edition decomposed them', () => {
    const $ = page('nieuwsbrieven/zomer-2099/index.html');
    const term = $(`main a[href="${base}begrippen/#rmc"]`);
    expect(term.text()).toBe(variant);
    expect(term.find('abbr').attr('title')).toBe(nfc('Regionaal Meld- en Coördinatiepunt'));
  });

  it('are indexed for search with composed accents, so a search typed either way finds them', () => {
    const byUrl = new Map(fragments(path.join(dir, 'pagefind')).map((fragment) => [fragment.url, fragment]));
    const edition = byUrl.get('/nieuwsbrieven/zomer-2099/');
    expect(edition?.meta.title).toBe(summer);
    expect(edition?.content).toContain(variant);
    expect(byUrl.get('/mensen/rene-peters/')?.meta.title).toBe(person);
  });

  it('are items of both feeds with their titles in composed accents', () => {
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(read('nieuwsbrieven/rss.xml')).rss.channel
      .item as { title: string; 'content:encoded': string }[];
    const titles = [`${summer} (Zomer 2099)`, `${spring} (Lente 2099)`];
    expect(rss.slice(0, 2).map((item) => item.title)).toEqual(titles);
    expect(rss[0]!['content:encoded']).toContain(variant);
    const atom = new XMLParser({ isArray: (name) => name === 'entry' }).parse(read('nieuwsbrieven/atom.xml')).feed
      .entry as { title: string }[];
    expect(atom.slice(0, 2).map((entry) => entry.title)).toEqual(titles);
  });

  it('are e-mails with the title as subject and the text in composed accents', async () => {
    const html = cheerio.load(read('nieuwsbrieven/zomer-2099/email.html'));
    expect(html('h1').text()).toBe(summer);
    expect(read('nieuwsbrieven/zomer-2099/email.txt')).toContain(summer);
    expect(read('nieuwsbrieven/lente-2099/email.txt')).toContain(nfc('over ideeën'));
    const draft = await simpleParser(fs.readFileSync(path.join(dir, 'nieuwsbrieven/zomer-2099/email.eml')));
    expect(draft.subject).toBe(summer);
    expect(draft.text).toContain(variant);
  });
});
