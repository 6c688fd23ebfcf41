import { describe, expect, it } from 'vitest';
import { allCombinations, axeSite, describeSitemapShard, shardOf, sitemapAuditPaths } from '../support/axe-sitemap.ts';
import { builds } from '../support/builds.ts';
import { pageResults, searchInDialog, suggestionsIn } from '../support/search.ts';

/** The first half of the sitemap (axe-all-pages-2.test.ts has the other), and the search in use. */
describeSitemapShard(1, 2);
// The search is used (clicks, the dialog's animation), so its browser draws frames.
const site = axeSite({ pages: 1 });
const { base } = builds.sub;

describe('the pages the audit covers', () => {
  it('lists every page the site has, each in one part', () => {
    expect(sitemapAuditPaths.length).toBeGreaterThan(200);
    expect(sitemapAuditPaths).toEqual(
      expect.arrayContaining([base, `${base}toegankelijkheid/`, `${base}privacy/`, `${base}bestaat-niet/`]),
    );
    expect([...shardOf(1, 2), ...shardOf(2, 2)].sort()).toEqual([...sitemapAuditPaths].sort());
  });
});

describe('axe on the search in use (both schemes and widths)', () => {
  it('the header dialog with results', async () => {
    const problems = await site.withPage(async (page) => {
      await page.goto(`${site.server.origin}${base}plannen/`);
      await page.locator('header button.site-search__trigger').click();
      await page.locator('dialog.pf-modal[open]').waitFor();
      await searchInDialog(page, 'peuters', 3);
      return allCombinations(page, 'zoekvenster met resultaten');
    });
    expect(problems).toEqual([]);
  });

  it('the header dialog with a suggestion ("Bedoelde u …?") and results', async () => {
    const problems = await site.withPage(async (page) => {
      await page.goto(`${site.server.origin}${base}plannen/`);
      await page.locator('header button.site-search__trigger').click();
      await page.locator('dialog.pf-modal[open]').waitFor();
      expect(await searchInDialog(page, 'kate snelens', 2)).not.toEqual([]);
      expect(await suggestionsIn(page, 'dialog[open]')).toEqual(['Kate Snellens']);
      return allCombinations(page, 'zoekvenster met suggestie');
    });
    expect(problems).toEqual([]);
  });

  it('the search page with a suggestion ("Bedoelde u …?") and results', async () => {
    const problems = await site.withPage(async (page) => {
      await page.goto(`${site.server.origin}${base}zoeken/?q=almlo`);
      await pageResults(page, 3);
      expect(await suggestionsIn(page, 'search-page')).toEqual(['Almelo']);
      // Focused, so its focus ring is measured too.
      await page.locator('search-page .search-suggestions a').focus();
      return allCombinations(page, 'zoekpagina met suggestie');
    });
    expect(problems).toEqual([]);
  });

  it('the search page with a query, a filter and results', async () => {
    const problems = await site.withPage(async (page) => {
      await page.goto(`${site.server.origin}${base}zoeken/?q=peuters&soort=praktijkvoorbeeld`);
      await pageResults(page, 3);
      return allCombinations(page, 'zoekpagina met resultaten');
    });
    expect(problems).toEqual([]);
  });
});
