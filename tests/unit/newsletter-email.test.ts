import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { columnWidth, EmailEditionError, emailHtml, emailProblems, emailText } from '../../src/lib/newsletter/email.ts';
import { isAbsolute } from '../../src/lib/newsletter/links.ts';
import { fixtureContext, fixtureEdition, fixtureHtml } from '../fixtures/newsletter/edition.ts';

describe('the HTML e-mail of an edition', () => {
  const edition = fixtureEdition();
  const html = emailHtml(edition, fixtureContext);
  const $ = cheerio.load(html);

  it('is a whole Dutch document without scripts or external stylesheets', () => {
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    expect($('html').attr('lang')).toBe('nl');
    expect($('script')).toHaveLength(0);
    expect($('link[rel="stylesheet"]')).toHaveLength(0);
    expect($('link')).toHaveLength(0);
    expect($('title').text()).toBe('Testeditie & co (Lente 2099) | Kennisbank Jeugd Twente');
  });

  it('has only absolute links and image sources', () => {
    const urls = $('[href], [src]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src'))
      .get();
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !isAbsolute(url))).toEqual([]);
  });

  it('gives every image alt text and fits it into the column', () => {
    const images = $('img');
    expect(images).toHaveLength(2);
    images.each((_, img) => {
      expect($(img).attr('alt')?.trim()).toBeTruthy();
      expect(Number($(img).attr('width'))).toBeLessThanOrEqual(columnWidth - 48);
      expect($(img).attr('srcset')).toBeUndefined();
    });
    // The wide photo is scaled down in proportion; the small icon keeps its size.
    expect($('img').first().attr('width')).toBe('552');
    expect($('img').first().attr('height')).toBe('368');
    expect($('img').last().attr('width')).toBe('40');
  });

  it('inlines the styles: only the media query for small screens stays in <style>', () => {
    expect($('p[style]').length).toBeGreaterThan(0);
    expect($('h2').first().attr('style')).toContain('font-size');
    expect($('a').first().attr('style')).toContain('color');
    const css = $('style').text();
    expect(css).toContain('@media');
    expect(css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, '').trim()).toBe('');
    expect($('[class="content"]').attr('style')).toContain('padding');
  });

  it('lays out one column of 600 px in tables', () => {
    const container = $('table.container');
    expect(container.attr('width')).toBe(String(columnWidth));
    expect(container.attr('role')).toBe('presentation');
    expect($('table[role="presentation"]')).toHaveLength(2);
    // The language also where a webmail client keeps only the body.
    expect($('html').attr('lang')).toBe('nl');
    expect($('body > table').attr('lang')).toBe('nl');
    expect($('body > table').attr('dir')).toBe('ltr');
    expect($('.content').text()).toContain('Een verzonnen testeditie');
  });

  it('starts with a hidden preheader holding the summary', () => {
    const preheader = $('body').children().first();
    expect(preheader.hasClass('preheader')).toBe(true);
    expect(preheader.attr('style')).toContain('display:none');
    expect(preheader.text()).toContain(edition.summary);
  });

  it('links to the web version', () => {
    const links = $(`a[href="${edition.url}"]`);
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(links.first().text()).toBe('Lees deze nieuwsbrief op de website');
  });

  it("keeps a table column's alignment, which the site gives as data-align", () => {
    const aligned = cheerio.load(
      emailHtml(
        fixtureEdition({
          html: '<table><tr><th data-align="left">Naam</th><th data-align="right">Aantal</th><th data-align="center">Midden</th></tr></table>',
        }),
        fixtureContext,
      ),
    );
    const align = (cell: string) => /text-align:\s*(\w+)/.exec(aligned(cell).attr('style') ?? '')?.[1];
    // Left is every cell's alignment anyway; right and centre come from data-align.
    expect(['th[data-align="right"]', 'th[data-align="center"]'].map(align)).toEqual(['right', 'center']);
  });

  it("escapes the edition's title and summary", () => {
    const unsafe = emailHtml(fixtureEdition({ title: '<b>Kop</b>', summary: 'a < b' }), fixtureContext);
    expect(unsafe).not.toContain('<b>Kop</b>');
    expect(unsafe).toContain('&lt;b&gt;Kop&lt;/b&gt;');
  });
});

describe('an edition that cannot be mailed', () => {
  it('stops on an image without alt text, naming the image', () => {
    const edition = fixtureEdition({ html: '<p><img src="https://voorbeeld.test/beeld.png" alt=""></p>' });
    expect(() => emailHtml(edition, fixtureContext)).toThrow(EmailEditionError);
    expect(() => emailHtml(edition, fixtureContext)).toThrow(/beeld\.png heeft geen alt-tekst/);
  });

  it('stops on an image in a format many mail clients do not show', () => {
    for (const src of [
      'https://voorbeeld.test/logo.svg',
      'https://voorbeeld.test/_astro/foto.abc.webp',
      'https://voorbeeld.test/beeld.avif?v=2',
    ]) {
      const edition = fixtureEdition({ html: `<p><img src="${src}" alt="Beeld"></p>` });
      expect(() => emailHtml(edition, fixtureContext), src).toThrow(/geen JPG, PNG of GIF/);
    }
    expect(
      emailProblems(fixtureEdition({ html: '<p><img src="https://voorbeeld.test/foto.JPEG?w=2" alt="Beeld"></p>' })),
    ).toEqual([]);
  });

  it('stops on a link that is not absolute (the HTML was not made absolute)', () => {
    const edition = fixtureEdition({ html: fixtureHtml });
    const problems = emailProblems(edition);
    expect(problems.some((problem) => problem.includes('"/jeugd/plannen/voorbeeldplan/"'))).toBe(true);
    expect(() => emailHtml(edition, fixtureContext)).toThrow(EmailEditionError);
  });
});

describe('the plain-text e-mail of an edition', () => {
  const edition = fixtureEdition();
  const text = emailText(edition, fixtureContext);
  const flat = text.replace(/\s+/g, ' ');
  const $ = cheerio.load(emailHtml(edition, fixtureContext));

  it('holds every heading of the edition, each on its own line', () => {
    const headings = $('h1, h2, h3, h4, h5, h6')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(headings).toHaveLength(5);
    const lines = text.split('\n').map((line) => line.trim());
    for (const heading of headings)
      expect(
        lines.some((line) => line.startsWith(heading)),
        heading,
      ).toBe(true);
  });

  it('holds every link of the HTML e-mail, written out', () => {
    const links = [
      ...new Set(
        $('a[href]')
          .map((_, el) => $(el).attr('href')!)
          .get(),
      ),
    ];
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links)
      expect(flat.includes(link) || flat.includes(link.replace(/^mailto:/, '')), link).toBe(true);
    expect(flat).toContain('het voorbeeldplan <https://voorbeeld.test/jeugd/plannen/voorbeeldplan/>');
  });

  it('shows images as their alt text, and has no HTML left', () => {
    expect(text).toContain('[Een testfoto van een speelplaats]');
    expect(text).not.toMatch(/<(p|a|img|h\d|table|td)\b/);
    expect(text).toContain(`Lees deze nieuwsbrief op de website:\n<${edition.url}>\n`);
  });

  it('keeps lines short, except for addresses that cannot be broken', () => {
    const long = text.split('\n').filter((line) => line.length > 76 && !/<https?:/.test(line));
    expect(long).toEqual([]);
  });
});

describe('the date in the e-mail', () => {
  it('is as precise as it is known: the month only, when the edition gives only the month', () => {
    const byMonth = fixtureEdition({ datePrecision: 'maand' });
    const $ = cheerio.load(emailHtml(byMonth, fixtureContext));
    expect($('.meta').text()).toBe('Lente 2099 · april 2099');
    expect(emailText(byMonth, fixtureContext)).toContain('Lente 2099 · april 2099');
    expect(emailText(fixtureEdition(), fixtureContext)).toContain('Lente 2099 · 1 april 2099');
  });
});
