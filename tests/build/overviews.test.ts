import { describe, expect, it } from 'vitest';
import { collectionNames, registry } from '../../src/schemas/index.ts';
import { overviewPath } from '../../src/lib/urls.ts';
import { buildNames, builds, changedContent, fixtureBuilds } from '../support/builds.ts';
import { fileFor, htmlFiles, load } from '../support/dist.ts';

/** Overviews that list one collection page by page (src/lib/pagination.ts). */
const paged = ['people', 'organisations', 'plans', 'practices', 'newsletters', 'sources'] as const;

describe.each(buildNames)('the overviews of the real content (%s build)', (name) => {
  const { dir, base } = builds[name];
  const page = (sitePath: string) => load(dir, fileFor(dir, base, `${base}${sitePath.slice(1)}`)!);

  it.each(paged)('%s: one page, with every entry and no page links', (collection) => {
    const $ = page(overviewPath(collection));
    expect($('.pager').length).toBe(0);
    const listed = $('main .entry-list a').length;
    expect(listed).toBeGreaterThan(0);
    expect(htmlFiles(dir).filter((file) => file.startsWith(`${registry[collection].route}/pagina/`))).toEqual([]);
  });
});

describe('an overview with more entries than one page holds (changed-content build)', () => {
  const { dir, base } = fixtureBuilds.changed;
  const page = (sitePath: string) => load(dir, fileFor(dir, base, `${base}${sitePath.slice(1)}`)!);
  const first = page('/mensen/');
  const second = page('/mensen/pagina/2/');

  it('lists every person exactly once, across its pages', () => {
    const people = htmlFiles(dir).filter(
      (file) => /^mensen\/[^/]+\/index\.html$/.test(file) && !file.startsWith('mensen/pagina/'),
    );
    const listed = [first, second].flatMap(($) =>
      $('main .entry-list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    expect(listed).toHaveLength(people.length);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toContain(`${base}mensen/${changedContent.extraPeople[119]!.id}/`);
    expect(listed.length).toBeGreaterThan(100);
  });

  it('gives each page its own title and heading', () => {
    expect(first('h1').text()).toBe('Mensen');
    expect(second('h1').text()).toBe('Mensen, pagina 2 van 2');
    expect(second('title').text()).toContain('Mensen, pagina 2 van 2');
  });

  it('links the pages to each other, marking the current one', () => {
    const links = (text: string) =>
      first('.pager nav a').filter((_, a) => first(a).text().replace(/\s+/g, ' ').trim() === text);
    expect(links('Pagina 2').attr('href')).toBe(`${base}mensen/pagina/2/`);
    expect(first('.pager nav a[aria-current="page"]').attr('href')).toBe(`${base}mensen/`);
    expect(first('.pager nav a[rel="next"]').attr('href')).toBe(`${base}mensen/pagina/2/`);
    expect(second('.pager nav a[rel="prev"]').attr('href')).toBe(`${base}mensen/`);
    expect(second('.pager nav a[rel="next"]').length).toBe(0);
    expect(second('.pager nav').attr('aria-label')).toBe("Pagina's van dit overzicht");
  });
});

describe('who does what, for more than fits on one page (changed-content build)', () => {
  const { dir, base } = fixtureBuilds.changed;
  const page = (sitePath: string) => load(dir, fileFor(dir, base, `${base}${sitePath.slice(1)}`)!);

  it('summarises each part on the overview and links to a page of its own', () => {
    const $ = page('/wie-doet-wat/');
    expect($('svg.org-diagram').length).toBe(0);
    const parts = $('main .org-summary a')
      .filter((_, a) => $(a).text().startsWith('Schema en lijst van'))
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(parts).toContain(`${base}wie-doet-wat/ontwikkeltafel-3/`);
    expect(parts).toContain(`${base}wie-doet-wat/buiten-de-ontwikkeltafels/`);
    for (const part of parts) expect(fileFor(dir, base, part), part).toBeDefined();
  });

  it('draws each part on its own page as fully as the page holds', () => {
    const table = page('/wie-doet-wat/ontwikkeltafel-3/');
    expect(table('svg.org-diagram').length).toBe(1);
    expect(table('main').text()).toContain('Kate Snellens');
    const outside = page('/wie-doet-wat/buiten-de-ontwikkeltafels/');
    expect(outside('h1').text()).toBe('Buiten de ontwikkeltafels');
    expect(outside('.org-tree').text()).toContain(changedContent.extraPeople[119]!.name);
    for (const $ of [table, outside]) expect($('*').length).toBeLessThan(2_500);
  });
});

it('pages every overview the registry lists by collection', () => {
  // Overviews that are not paged on purpose: a handful of tables and levels, the glossary (whose
  // terms are link targets, /begrippen/#vve) and "who does what" (parts, above).
  const unpaged = collectionNames.filter((c) => !(paged as readonly string[]).includes(c));
  expect(unpaged).toEqual(['tables', 'teams', 'glossary', 'supportLevels']);
});
