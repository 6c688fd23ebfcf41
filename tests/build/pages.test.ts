import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isMovedPage, movedPages } from '../../src/lib/moved-pages.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { buildNames, builds, root, testSite } from '../support/builds.ts';
import { fileFor, htmlFiles, load, sitemapPaths } from '../support/dist.ts';

const { entries } = checkContent({ root });

describe.each(buildNames)('the %s build', (name) => {
  const { dir, base } = builds[name];
  const files = htmlFiles(dir);

  it('has a page for every entry of every collection', () => {
    expect(entries.length).toBeGreaterThan(0);
    const missing = entries
      .map(({ entry }) => `${base}${entryPath(entry.collection, entry.id).slice(1)}`)
      .filter((url) => !fileFor(dir, base, url));
    expect(missing).toEqual([]);
  });

  it('has the home page, every index page, "wie doet wat" and a 404 page', () => {
    for (const page of [
      '',
      'ontwikkeltafels/',
      'plannen/',
      'nieuwsbrieven/',
      'praktijkvoorbeelden/',
      'wie-doet-wat/',
      'mensen/',
      'organisaties/',
      'begrippen/',
      'bronnen/',
      'ondersteuningsniveaus/',
    ]) {
      expect(fileFor(dir, base, `${base}${page}`), page).toBeDefined();
    }
    expect(fs.existsSync(path.join(dir, '404.html'))).toBe(true);
  });

  it('gives every page a title of its own (a term and an organisation may share a name)', () => {
    const titles = new Map<string, string[]>();
    for (const file of files) {
      const title = load(dir, file)('title').text().trim();
      titles.set(title, [...(titles.get(title) ?? []), file]);
    }
    expect([...titles].filter(([, pages]) => pages.length > 1)).toEqual([]);
  });

  it.each(files)('%s is Dutch, has one h1, a skip link to main, and headings in order', (file) => {
    const $ = load(dir, file);
    expect($('html').attr('lang')).toBe('nl');
    expect($('h1')).toHaveLength(1);
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    const skip = $('a.skip-link').attr('href');
    expect(skip).toBe('#inhoud');
    expect($('main#inhoud')).toHaveLength(1);
    // The first paint waits for <main>, so the header is never painted half parsed (BaseLayout).
    expect($('head link[rel="expect"][blocking="render"]').attr('href')).toBe('#inhoud');
    expect($('header')).not.toHaveLength(0);
    expect($('footer')).not.toHaveLength(0);
    const levels = $('h1, h2, h3, h4, h5, h6')
      .map((_, el) => Number(el.tagName.slice(1)))
      .get();
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading ${i} of ${file} skips a level`).toBeLessThanOrEqual(1);
    });
  });

  it('gives every page its own address as canonical link and printed address; the 404 page, served anywhere, and a page that sends the visitor on, none', () => {
    for (const file of files) {
      const $ = load(dir, file);
      const canonical = $('link[rel="canonical"]').attr('href');
      const printed = $('.print-address').text();
      if (file === '404.html' || isMovedPage(`/${file.replace(/index\.html$/, '')}`)) {
        expect(canonical).toBeUndefined();
        expect($('.print-address')).toHaveLength(0);
        continue;
      }
      const own = `${testSite}${base}${file.replace(/index\.html$/, '')}`;
      expect(canonical, file).toBe(own);
      expect(printed, file).toBe(`Deze pagina staat op ${own}`);
    }
  });

  it('sends a visitor who shortens an address to a folder without a page on to the page that lists it', () => {
    expect(movedPages).toEqual(
      expect.arrayContaining([
        { from: '/teams/', to: '/wie-doet-wat/', label: 'Wie doet wat: alle teams' },
        { from: '/begrippen/vakgebied/', to: '/begrippen/', label: 'Begrippen' },
      ]),
    );
    const sitemap = sitemapPaths(dir);
    for (const { from, to, label } of movedPages) {
      const folder = from.slice(1);
      const file = fileFor(dir, base, `${base}${folder}`);
      expect(file, from).toBe(`${folder}index.html`);
      const $ = load(dir, file!);
      const target = `${base}${to.slice(1)}`;
      expect($('head meta[http-equiv="refresh"]').attr('content'), from).toBe(`0; url=${target}`);
      expect($('head meta[name="robots"]').attr('content'), from).toBe('noindex');
      expect($(`main a[href="${target}"]`).text(), from).toBe(label);
      expect(fileFor(dir, base, target), to).toBeDefined();
      // Not a page of its own: not in the sitemap, not in the search index.
      expect(sitemap).not.toContain(`${base}${folder}`);
      expect($('[data-pagefind-body]')).toHaveLength(0);
      // A folder that holds pages: the address someone shortened was one of them.
      expect(files.filter((f) => f.startsWith(folder) && f !== file).length, from).toBeGreaterThan(0);
    }
    // Every other page goes nowhere by itself.
    const refreshing = files.filter((f) => load(dir, f)('meta[http-equiv="refresh"]').length > 0);
    expect(refreshing).toEqual(movedPages.map(({ from }) => `${from.slice(1)}index.html`).sort());
  });

  it('writes dates the Dutch way inside <time datetime>', () => {
    const times = files.flatMap((file) => {
      const $ = load(dir, file);
      return $('time')
        .map((_, el) => ({ datetime: $(el).attr('datetime'), text: $(el).text() }))
        .get();
    });
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      const months = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
      if (time.datetime?.length === 7) {
        // Only the month is known (a source that gives "november 2019"): no invented day.
        expect(time.datetime).toMatch(/^\d{4}-\d{2}$/);
        expect(time.text).toMatch(new RegExp(`^${months} \\d{4}$`));
      } else {
        expect(time.datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(time.text).toMatch(new RegExp(`^\\d{1,2} ${months} \\d{4}$`));
      }
    }
  });

  it("shows a person's teams and a team's members (relations both ways)", () => {
    const person = entries.find(({ entry }) => entry.collection === 'people' && entry.id === 'kate-snellens');
    expect(person, 'kate-snellens is in the content').toBeDefined();
    const $person = load(dir, fileFor(dir, base, `${base}mensen/kate-snellens/`)!);
    const teamLinks = $person('a[href*="/teams/"]')
      .map((_, el) => $person(el).attr('href'))
      .get();
    expect(teamLinks.length).toBeGreaterThanOrEqual(2);
    for (const team of teamLinks) {
      const $team = load(dir, fileFor(dir, base, team)!);
      expect($team('main a[href$="/mensen/kate-snellens/"]').length, team).toBeGreaterThan(0);
    }
  });
});

describe('dates known only to the month', () => {
  it.each(buildNames)('the %s build never shows an invented day for them', (name) => {
    const { dir } = builds[name];
    const monthOnly = entries.filter(({ data }) => data.datePrecision === 'maand');
    expect(monthOnly.length).toBeGreaterThan(0);
    for (const file of htmlFiles(dir)) {
      const text = load(dir, file)('body').text();
      for (const { data } of monthOnly) {
        const date = data.date as Date;
        const invented = new Intl.DateTimeFormat('nl-NL', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(date);
        expect(text, file).not.toContain(invented);
      }
    }
  });
});
