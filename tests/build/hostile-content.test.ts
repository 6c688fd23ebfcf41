import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { simpleParser } from 'mailparser';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fixtureBuilds } from '../support/builds.ts';
import { eventHandlerAttributes, htmlFiles, load } from '../support/dist.ts';

/**
 * The hostile-content fixture puts `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`
 * in titles, summaries, names, roles and other fields. The built pages must show them as text.
 */
const { dir } = fixtureBuilds.hostile;
const script = '<script>alert(1)</script>';
const img = '<img src=x onerror=alert(1)>';

/** Elements and attributes a payload would create if it were parsed as HTML instead of shown as text. */
function injected($: cheerio.CheerioAPI): string[] {
  const found: string[] = [];
  $('script:not([src])').each((_, el) => void found.push(`<script>${$(el).text()}`));
  $('img').each((_, el) => void found.push(`<img src="${$(el).attr('src')}">`));
  found.push(...eventHandlerAttributes($));
  return found;
}

describe('hostile content in fields (fixture build)', () => {
  const files = htmlFiles(dir);

  it('builds a page for every fixture entry', () => {
    for (const page of [
      'nieuwsbrieven/nieuwsbrief-test/',
      'mensen/persoon-test/',
      'plannen/plan-test/',
      'teams/team-test/',
      'organisaties/organisatie-test/',
      'begrippen/begrip-test/',
      'ontwikkeltafels/tafel-test/',
      'praktijkvoorbeelden/voorbeeld-test/',
      'bronnen/bron-test/',
      'ondersteuningsniveaus/niveau-test/',
    ]) {
      expect(files, page).toContain(`${page}index.html`);
    }
  });

  it('never turns a field into an element or an event handler, on any page', () => {
    const problems = files.flatMap((file) => injected(load(dir, file)).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('shows the payloads as literal text where the fields appear', () => {
    const $ = load(dir, 'nieuwsbrieven/nieuwsbrief-test/index.html');
    expect($('h1').text()).toBe(`Nieuwsbrief ${script} ${img}`);
    expect($('title').text()).toContain(script);
    expect($('meta[name="description"]').attr('content')).toContain(script);
    expect($('main').text()).toContain(`Samenvatting van de nieuwsbrief ${script} en ${img}`);

    const $person = load(dir, 'mensen/persoon-test/index.html');
    expect($person('h1').text()).toBe(`Persoon ${img}`);
    expect($person('main').text()).toContain(`Functie ${script}`);

    // Relations carry the text along: the team page lists the person and the organisation by name.
    const $team = load(dir, 'teams/team-test/index.html');
    expect($team('main').text()).toContain(`Persoon ${img}`);
    expect($team('main').text()).toContain(`Organisatie ${script}`);
  });

  it('escapes the payloads in the HTML source, so no parser can mistake them for markup', () => {
    const html = fs.readFileSync(path.join(dir, 'nieuwsbrieven/nieuwsbrief-test/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toContain(script);
    expect(body).not.toContain(img);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

/** The text of every element with this tag name in an XML document, or inside its first `within` element. */
function xmlTexts(xml: string, tag: string, within?: string): string[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const scope = within ? document.getElementsByTagName(within)[0]! : document;
  return Array.from(scope.getElementsByTagName(tag)).map((el) => el.textContent ?? '');
}

describe('hostile content in the newsletter feeds and e-mail (fixture build)', () => {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const title = `Nieuwsbrief ${script} ${img} (Editie ${script})`;
  const summary = `Samenvatting van de nieuwsbrief ${script} en ${img}, verzonnen voor een test.`;

  /** A feed field a reader renders as HTML: it must hold no markup but show the payload as text. */
  function expectTextWhenRenderedAsHtml(html: string, expected: string) {
    const $ = cheerio.load(html, null, false);
    expect(injected($)).toEqual([]);
    expect($.root().text()).toBe(expected);
  }

  it('RSS: the title is plain text and the description, which readers render as HTML, shows the payload as text', () => {
    const xml = read('nieuwsbrieven/rss.xml');
    expect(xmlTexts(xml, 'item')).toHaveLength(1);
    expect(xmlTexts(xml, 'title')).toContain(title);
    const [description] = xmlTexts(xml, 'description').filter((d) => d.includes('Samenvatting'));
    expectTextWhenRenderedAsHtml(description!, summary);
    for (const content of xmlTexts(xml, 'content:encoded'))
      expect(injected(cheerio.load(content, null, false))).toEqual([]);
  });

  it('Atom: title and summary, marked type="html", show the payload as text', () => {
    const xml = read('nieuwsbrieven/atom.xml');
    expectTextWhenRenderedAsHtml(xmlTexts(xml, 'title', 'entry')[0]!, title);
    expectTextWhenRenderedAsHtml(xmlTexts(xml, 'summary', 'entry')[0]!, summary);
    expect(injected(cheerio.load(xmlTexts(xml, 'content', 'entry')[0]!, null, false))).toEqual([]);
  });

  it('e-mail: the HTML version shows the payload as text, and the text version keeps it literally', () => {
    const $ = cheerio.load(read('nieuwsbrieven/nieuwsbrief-test/email.html'));
    expect(injected($)).toEqual([]);
    expect($('h1').text()).toBe(`Nieuwsbrief ${script} ${img}`);
    expect($('title').text()).toContain(script);
    expect($('body').text()).toContain(summary);
    expect(read('nieuwsbrieven/nieuwsbrief-test/email.txt')).toContain(`Nieuwsbrief ${script} ${img}`);
  });

  it('e-mail draft: the subject keeps the payload literally, and the bodies are the e-mail versions', async () => {
    const draft = await simpleParser(fs.readFileSync(path.join(dir, 'nieuwsbrieven/nieuwsbrief-test/email.eml')));
    expect(draft.subject).toBe(`Nieuwsbrief ${script} ${img}`);
    expect(draft.html).toBe(read('nieuwsbrieven/nieuwsbrief-test/email.html'));
    expect(draft.text).toBe(read('nieuwsbrieven/nieuwsbrief-test/email.txt'));
  });
});
