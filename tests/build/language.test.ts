import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { glossaryDomains } from '../../src/schemas/vocabulary.ts';
import { buildNames, builds, root } from '../support/builds.ts';
import { fileFor, htmlFiles, load } from '../support/dist.ts';
import { comparedFields } from '../../src/lib/practices/compare.ts';

const { entries } = checkContent({ root });
const ofCollection = (collection: string) => entries.filter(({ entry }) => entry.collection === collection);
const idsOf = (refs: unknown) => (Array.isArray(refs) ? refs.map((ref: { id: string }) => ref.id) : []);

const glossary = new Map(
  ofCollection('glossary').map(({ entry, data }) => [
    entry.id,
    data as { term: string; fullForm: string; domain: string },
  ]),
);

describe.each(buildNames)("speaking each other's language, in the %s build", (name) => {
  const { dir, base } = builds[name];
  const page = (path: string) => {
    const file = fileFor(dir, base, `${base}${path}`);
    if (!file) throw new Error(`${base}${path} is not in the build`);
    return load(dir, file);
  };

  describe('wie doet wat', () => {
    const $ = page('wie-doet-wat/');
    const diagramLinks = new Set(
      $('svg.org-diagram a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    );
    const listLinks = new Set(
      $('.org-list a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    );

    it('has every team and every person in the diagram and in the lists', () => {
      const expected = [
        ...ofCollection('teams').map(({ entry }) => `${base}teams/${entry.id}/`),
        ...ofCollection('people').map(({ entry }) => `${base}mensen/${entry.id}/`),
      ];
      expect(expected.length).toBeGreaterThan(30);
      expect(expected.filter((link) => !diagramLinks.has(link))).toEqual([]);
      expect(expected.filter((link) => !listLinks.has(link))).toEqual([]);
    });

    it('has a section per table, and every plan and every organisation of a team or plan in the lists', () => {
      const organisations = new Set([
        ...ofCollection('teams').flatMap(({ data }) =>
          (data.members as { organisation?: { id: string } }[]).flatMap((m) =>
            m.organisation ? [m.organisation.id] : [],
          ),
        ),
        ...ofCollection('plans').flatMap(({ data }) => idsOf(data.organisations)),
      ]);
      const headings = $('.org-section h2 a')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(headings).toEqual(
        ofCollection('tables')
          .sort((a, b) => (a.data.number as number) - (b.data.number as number))
          .map(({ entry }) => `${base}ontwikkeltafels/${entry.id}/`),
      );
      const expected = [
        ...ofCollection('plans').map(({ entry }) => `${base}plannen/${entry.id}/`),
        ...[...organisations].map((id) => `${base}organisaties/${id}/`),
      ];
      expect(expected.filter((link) => !listLinks.has(link))).toEqual([]);
    });

    it('draws one accessible diagram per table, whose links all have a name', () => {
      const svgs = $('svg.org-diagram');
      expect(svgs.length).toBeGreaterThanOrEqual(ofCollection('tables').length);
      svgs.each((_, svg) => {
        // An SVG takes its name from its first <title> and its description from <desc>.
        expect($(svg).children().first().is('title')).toBe(true);
        expect($(svg).children('title').text()).toMatch(/^Schema: \S/);
        const desc = $(svg).children('desc').text();
        expect(desc).toContain('De vakken van een persoon, organisatie, plan of team zijn links');
        // What it promises holds: such a box is never drawn without its link.
        $(svg)
          .find('g.org-box')
          .each((_, box) => expect($(box).attr('class')).not.toMatch(/org-box--(person|organisation|plan|team)\b/));
        // A table's schema starts with the table; the one outside the tables has none.
        expect(desc.includes('de tafel, haar plannen')).toBe($(svg).find('.org-box--table').length > 0);
      });
      $('svg.org-diagram a').each((_, link) => {
        expect($(link).text().trim(), $.html(link)).not.toBe('');
        // Lines of a box are separate <tspan>s: the link's name must still have spaces between the words.
        expect($(link).text()).not.toMatch(/[a-z][A-Z]/);
      });
      // Each diagram can be skipped, to a list that exists.
      $('.org-figure__skip').each((_, skip) => expect($($(skip).attr('href')!)).toHaveLength(1));
    });
  });

  describe('organisation and person pages', () => {
    const teams = ofCollection('teams');
    const members = (kind: 'person' | 'organisation') =>
      teams.flatMap(({ entry, data }) =>
        (data.members as Record<string, { id: string } | undefined>[]).flatMap((m) =>
          m[kind] ? [{ team: entry.id, id: m[kind]!.id }] : [],
        ),
      );

    it('show every role of a person: teams, tables they sponsor or lead, plans that name them', () => {
      for (const { entry } of ofCollection('people')) {
        const $ = page(`mensen/${entry.id}/`);
        const links = new Set(
          $('main a')
            .map((_, el) => $(el).attr('href'))
            .get(),
        );
        const expected = [
          ...members('person')
            .filter((m) => m.id === entry.id)
            .map((m) => `${base}teams/${m.team}/`),
          ...ofCollection('tables')
            .filter(({ data }) => [...idsOf(data.boardSponsors), ...idsOf(data.projectLeaders)].includes(entry.id))
            .map(({ entry: table }) => `${base}ontwikkeltafels/${table.id}/`),
          ...ofCollection('plans')
            .filter(({ data }) => idsOf(data.people).includes(entry.id))
            .map(({ entry: plan }) => `${base}plannen/${plan.id}/`),
        ];
        expect(
          expected.filter((link) => !links.has(link)),
          entry.id,
        ).toEqual([]);
      }
    });

    it("list an organisation's people, its teams (also through its people) and its practices", () => {
      for (const { entry } of ofCollection('organisations')) {
        const $ = page(`organisaties/${entry.id}/`);
        const links = new Set(
          $('main a')
            .map((_, el) => $(el).attr('href'))
            .get(),
        );
        const people = ofCollection('people')
          .filter(({ data }) => (data.organisation as { id: string } | undefined)?.id === entry.id)
          .map(({ entry: p }) => p.id);
        const expected = [
          ...people.map((id) => `${base}mensen/${id}/`),
          ...members('organisation')
            .filter((m) => m.id === entry.id)
            .map((m) => `${base}teams/${m.team}/`),
          ...members('person')
            .filter((m) => people.includes(m.id))
            .map((m) => `${base}teams/${m.team}/`),
          ...ofCollection('practices')
            .filter(({ data }) =>
              [...idsOf(data.organisations), (data.municipality as { id: string }).id].includes(entry.id),
            )
            .map(({ entry: practice }) => `${base}praktijkvoorbeelden/${practice.id}/`),
        ];
        expect(
          expected.filter((link) => !links.has(link)),
          entry.id,
        ).toEqual([]);
      }
      const $hengelo = page('organisaties/gemeente-hengelo/');
      expect(
        $hengelo('main li')
          .filter((_, li) => $hengelo(li).text().includes('Ontwikkelteam Het jonge kind'))
          .text(),
      ).toContain('via Kristel Schellings');
    });
  });

  describe('begrippen', () => {
    const $ = page('begrippen/');

    it('lists every term A–Z with its full form and explanation, each at its own anchor', () => {
      for (const [id, data] of glossary) {
        const item = $(`#${id}`);
        expect(item, id).toHaveLength(1);
        expect(item.find('dt').text()).toContain(data.fullForm);
        expect(item.find('dd').text()).not.toBe('');
      }
      const letters = $('section h2')
        .map((_, el) => $(el).text())
        .get();
      expect(letters).toEqual([...letters].sort((a, b) => a.localeCompare(b)));
    });

    it('has a page per domain with exactly the terms of that domain, linked from the glossary', () => {
      const domains = [...new Set([...glossary.values()].map((data) => data.domain))];
      expect(domains.length).toBeGreaterThan(3);
      for (const domain of Object.keys(glossaryDomains)) {
        const expected = [...glossary]
          .filter(([, data]) => data.domain === domain)
          .map(([id]) => id)
          .sort();
        const path = `begrippen/vakgebied/${domain}/`;
        if (expected.length === 0) {
          expect(fileFor(dir, base, `${base}${path}`)).toBeUndefined();
          continue;
        }
        expect($(`.chip-nav a[href="${base}${path}"]`), domain).toHaveLength(1);
        const $domain = page(path);
        expect(
          $domain('dl.glossary > div')
            .map((_, el) => $domain(el).attr('id'))
            .get()
            .sort(),
        ).toEqual(expected);
      }
    });
  });

  describe('glossary terms in the text', () => {
    const files = htmlFiles(dir);
    const marked = files
      .map((file) => ({ file, $: load(dir, file) }))
      .filter(({ $ }) => $('a.glossary-term').length > 0);

    it('marks terms on the pages that use them', () => {
      expect(marked.length).toBeGreaterThan(5);
      const $ = page('praktijkvoorbeelden/peuteropvang-plus-heerlen/');
      expect($(`main a.glossary-term[href="${base}begrippen/#jens"] abbr[title="Jong en Sterk"]`).text()).toBe('JenS');
    });

    it('marks terms outside the Markdown too: a lead, a role in a team, a note in "wie doet wat", a description', () => {
      const linkTo = ($: ReturnType<typeof page>, id: string) =>
        $(`main a.glossary-term[href="${base}begrippen/#${id}"]`);
      // The lead of the pilot schools' team is its first use of PO; the roles in its table come after it.
      const team = page('teams/pilotscholen-regulier-onderwijs/');
      expect(linkTo(team, 'po').closest('.lead')).toHaveLength(1);
      expect(team('main td').filter((_, td) => team(td).text() === 'PO').length).toBeGreaterThan(1);
      expect(linkTo(page('wie-doet-wat/'), 'po').closest('.org-tree')).toHaveLength(1);
      expect(linkTo(page('ondersteuningsniveaus/nabij-op-de-groep/'), 'jgz').text()).toBe('JGZ');
    });

    it('marks each term at most once per page, with its full form, linked to its entry, never inside a heading or link', () => {
      for (const { file, $ } of marked) {
        const seen = new Set<string>();
        $('a.glossary-term').each((_, link) => {
          const href = $(link).attr('href') ?? '';
          expect(href.startsWith(`${base}begrippen/#`), `${file}: ${href}`).toBe(true);
          const id = href.split('#')[1]!;
          expect(seen.has(id), `${file}: ${id} twice`).toBe(false);
          seen.add(id);
          const abbr = $(link).children('abbr');
          expect(abbr.attr('title'), `${file}: ${id}`).toBe(glossary.get(id)?.fullForm);
          expect(abbr.attr('data-pagefind-index-attrs')).toBe('title');
          expect($(link).parents('h1, h2, h3, h4, h5, h6, a, code').length, `${file}: ${id}`).toBe(0);
        });
      }
    });
  });

  describe('comparing practices', () => {
    const $ = page('praktijkvoorbeelden/vergelijken/');
    const practices = ofCollection('practices');

    // The page keeps one link per term, and a column can be hidden by the reader's choice: the link could be
    // the hidden one, so the cells stay plain, like other lists of many entries.
    it('links no glossary term in the table, whose columns the reader hides', () => {
      expect($('table').length).toBeGreaterThan(0);
      expect($('table a.glossary-term')).toHaveLength(0);
    });

    it('puts every practice side by side on the shared fields', () => {
      const columns = $('thead th[data-practice]')
        .map((_, el) => $(el).attr('data-practice'))
        .get();
      expect(columns.sort()).toEqual(practices.map(({ entry }) => entry.id).sort());
      const rows = $('tbody tr');
      expect(
        rows
          .find('th[scope="row"]')
          .map((_, el) => $(el).text())
          .get(),
      ).toEqual([...comparedFields]);
      rows.each((_, row) => expect($(row).find('td[data-practice]')).toHaveLength(practices.length));
      for (const { entry, data } of practices) {
        const cell = $(`tbody tr:first-child td[data-practice="${entry.id}"]`);
        expect(cell.text()).toBe(data.place);
      }
    });

    it('keeps the choosing controls hidden until its script runs, and loads that script as a module file', () => {
      expect($('practice-compare [data-compare-controls]').attr('hidden')).toBeDefined();
      const scripts = $('script');
      expect(scripts.filter((_, el) => !$(el).attr('src')).length).toBe(0);
      expect(
        scripts.filter(
          (_, el) => $(el).attr('type') === 'module' && ($(el).attr('src') ?? '').startsWith(`${base}_astro/`),
        ).length,
      ).toBeGreaterThan(0);
    });

    it('is linked from the practices page, and so is the pyramid', () => {
      const $index = page('praktijkvoorbeelden/');
      expect($index(`main a[href="${base}praktijkvoorbeelden/vergelijken/"]`)).toHaveLength(1);
      expect($index(`main a[href="${base}ondersteuningsniveaus/"]`)).toHaveLength(1);
    });
  });

  describe('the support pyramid', () => {
    const $ = page('ondersteuningsniveaus/');
    const levels = ofCollection('supportLevels').sort((a, b) => (b.data.order as number) - (a.data.order as number));

    it('names its sources as every page does: each source the levels cite, once, linked', () => {
      const cited = [...new Set(levels.flatMap(({ entry }) => (entry.data as { sources: string[] }).sources))];
      expect(cited.length).toBeGreaterThan(0);
      const linked = $('section.sources a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(linked).toEqual(cited.map((id) => `${base}bronnen/${id}/`));
    });

    it('draws every level from the top down, with its share where the source gives one and its funding', () => {
      const items = $('.pyramid__level');
      expect(items).toHaveLength(levels.length);
      levels.forEach(({ entry, data }, i) => {
        const item = items.eq(i);
        expect(item.find('h3 a').attr('href')).toBe(`${base}ondersteuningsniveaus/${entry.id}/`);
        expect(item.find('h3').text()).toBe(data.name);
        if (typeof data.share === 'string') expect(item.text()).toContain(`Aandeel peuters: ${data.share}`);
        else expect(item.text()).not.toContain('Aandeel peuters');
        expect(item.text()).toMatch(/Financiering: \S/);
      });
    });

    it('links each level to the practices at that level', () => {
      levels.forEach(({ entry }, i) => {
        const expected = ofCollection('practices')
          .filter(({ data }) => idsOf(data.supportLevels).includes(entry.id))
          .map(({ entry: practice }) => `${base}praktijkvoorbeelden/${practice.id}/`)
          .sort();
        const links = $('.pyramid__level')
          .eq(i)
          .find('.pyramid__practices a')
          .map((_, el) => $(el).attr('href'))
          .get()
          .sort();
        expect(links, entry.id).toEqual(expected);
      });
    });
  });
});
