import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { browseSections } from '../../src/lib/search/browse.ts';
import { facetFileName, type FacetIndex } from '../../src/lib/search/facet-index.ts';
import { filterKeys } from '../../src/lib/search/filters.ts';
import { registry } from '../../src/schemas/index.ts';
import { buildNames, builds, root } from '../support/builds.ts';
import { fileFor, htmlFiles, load, urlOf } from '../support/dist.ts';
import { fragments, fragmentsById } from '../support/pagefind-fragments.ts';

const { entries } = checkContent({ root });
const entryUrls = new Set(entries.map(({ entry }) => entryPath(entry.collection, entry.id)));

describe.each(buildNames)('the search index of the %s build', (name) => {
  const { dir, base } = builds[name];
  const bundle = path.join(dir, 'pagefind');
  const pages = fragments(bundle);
  const byUrl = new Map(pages.map((page) => [page.url, page]));

  it("exists, in Dutch only, with Pagefind's Component UI next to it", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(manifest.languages)).toEqual(['nl']);
    expect(manifest.languages.nl!.page_count).toBe(entries.length);
    for (const file of [
      'pagefind.js',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'wasm.nl.pagefind',
    ]) {
      expect(fs.existsSync(path.join(bundle, file)), file).toBe(true);
    }
  });

  it("holds every entry's page once, and no listing page, home page or search page", () => {
    expect(pages.map((page) => page.url).sort()).toEqual([...entryUrls].sort());
  });

  it("marks only the entry's article as indexed text, not navigation or footer", () => {
    for (const file of htmlFiles(dir)) {
      const $ = load(dir, file);
      const url = urlOf(file, '/');
      const bodies = $('[data-pagefind-body]');
      if (entryUrls.has(url)) {
        expect(bodies.length, file).toBe(1);
        expect(bodies.is('article'), file).toBe(true);
        expect(bodies.find('.site-header, .site-nav, .breadcrumbs, .site-footer').length, file).toBe(0);
      } else {
        expect(bodies.length, file).toBe(0);
      }
    }
    const plan = byUrl.get('/plannen/verzuim-en-thuiszitters/')!;
    expect(plan.content).toContain('thuiszitters');
    expect(plan.content).not.toContain('Hoofdmenu');
    expect(plan.content).not.toContain('Naar de inhoud');
  });

  it('keeps facets and metadata out of the page text', () => {
    for (const file of htmlFiles(dir)) {
      const $ = load(dir, file);
      $(
        '[data-pagefind-body] [data-pagefind-filter], [data-pagefind-body] [data-pagefind-meta], [data-pagefind-body] [data-pagefind-sort]',
      ).each((_, el) => {
        expect($(el).closest('[data-pagefind-ignore]').length, `${file}: ${$.html(el)}`).toBe(1);
      });
    }
    // "Persoon" is the kind of a person's page; it must not turn up as a word of its text.
    const person = byUrl.get('/mensen/kate-snellens/')!;
    expect(person.filters.soort).toEqual(['persoon']);
    expect(person.content).not.toMatch(/\bpersoon\b/i);
  });

  it('gives every page its kind, title and summary, and a date sort key', () => {
    for (const { entry } of entries) {
      const page = byUrl.get(entryPath(entry.collection, entry.id))!;
      expect(page.filters.soort, page.url).toEqual([registry[entry.collection].noun.one]);
      expect(page.meta.title, page.url).toBeTruthy();
      expect(page.meta.summary, page.url).toBeTruthy();
      // Sort keys live in the index, not in the fragments: read them from the page.
      const $ = load(dir, fileFor(dir, base, `${base}${page.url.slice(1)}`)!);
      expect($('[data-pagefind-sort="datum"]').text(), page.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        Object.keys(page.filters).every((key) => (filterKeys as readonly string[]).includes(key)),
        page.url,
      ).toBe(true);
    }
  });

  it("has the facets of the real content: a practice's place and funding, a plan's table", () => {
    const practice = byUrl.get('/praktijkvoorbeelden/dreumesarrangement-s-hertogenbosch/')!;
    expect(practice.filters.plaats).toHaveLength(1);
    expect(practice.filters.plaats![0]).toMatch(/^['’]s-Hertogenbosch$/);
    expect(practice.filters.leeftijd).toEqual(['0 tot 4 jaar']);
    const plan = byUrl.get('/plannen/verzuim-en-thuiszitters/')!;
    expect(plan.filters.ontwikkeltafel).toEqual(['Ontwikkeltafel 3']);
    const newsletter = byUrl.get('/nieuwsbrieven/volop-beweging/')!;
    // Known only to the month: no invented day.
    expect(newsletter.meta.date).toBe('november 2019');
    expect(newsletter.filters.jaar).toEqual(['2019']);
    const funded = pages.filter((page) => page.filters.financiering);
    expect(funded.length).toBeGreaterThan(0);
    expect(
      funded.every((page) => ['praktijkvoorbeeld', 'ondersteuningsniveau'].includes(page.filters.soort![0]!)),
    ).toBe(true);
  });

  it("puts the search in the header of every page, pointing at this build's bundle", () => {
    for (const file of htmlFiles(dir)) {
      const $ = load(dir, file);
      const search = $('header site-search');
      expect(search.length, file).toBe(1);
      expect(search.attr('data-bundle-path'), file).toBe(`${base}pagefind/`);
      expect(search.attr('data-base-url'), file).toBe(base);
      expect(search.find('a[href]').attr('href'), file).toBe(`${base}zoeken/`);
      expect(
        $('script:not([src])').filter((_, el) => !$(el).attr('type')?.includes('json')).length,
        `${file} has an inline script`,
      ).toBe(0);
    }
  });

  it("writes every page's facets beside the index, by the page's id in the index", () => {
    const facets = JSON.parse(fs.readFileSync(path.join(bundle, facetFileName), 'utf8')) as FacetIndex;
    const byId = fragmentsById(bundle);
    const ids = [...byId.keys()];
    expect(Object.keys(facets.pages).sort()).toEqual(ids.sort());
    for (const id of ids) {
      const fragment = byId.get(id)!;
      const own = facets.pages[id]!.map((at) => facets.values[at]!.join('=')).sort();
      const expected = Object.entries(fragment.filters).flatMap(([key, values]) => values.map((v) => `${key}=${v}`));
      expect(own, fragment.url).toEqual(expected.sort());
    }
  });

  it('has a search page that, without JavaScript, lists the overview of every collection', () => {
    const file = fileFor(dir, base, `${base}zoeken/`);
    expect(file).toBeDefined();
    const $ = load(dir, file!);
    const browse = $('search-page [data-browse]');
    expect(browse.attr('hidden')).toBeUndefined();
    expect($('search-page [data-ui]').attr('hidden')).toBeDefined();
    const links = browse
      .find('a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links).toEqual(browseSections.map((section) => `${base}${section.path.slice(1)}`));
    for (const link of links) expect(fileFor(dir, base, link), link).toBeDefined();
  });
});
