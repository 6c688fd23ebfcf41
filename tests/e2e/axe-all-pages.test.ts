import { describe, expect, it } from 'vitest';
import { auditWidths, colourOnlySchemes } from '../../src/lib/accessibility-audit.ts';
import { allCombinations, axeSite, describeSitemapShard, shardOf, sitemapAuditPaths } from '../support/axe-sitemap.ts';
import { builds } from '../support/builds.ts';
import { pageTypes } from '../support/page-types.ts';
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

// In the schemes of colourOnlySchemes the audit runs only axe's colour rules. The CSS is held to colours there
// (tests/build/styles.test.ts); this looks at the result in the browser, scripts included: what a screen reader
// gets (names, roles, states, what is hidden) is the same in both schemes, but the theme switch saying it is on.
describe('the colour schemes the audit checks for colours only', () => {
  it('change nothing a screen reader gets on a page of each type but the theme switch', async () => {
    const changed: string[] = [];
    let switchSaysOn = false;
    await site.withPage(async (page) => {
      // The scheme in effect, and the page as it stays: the switch follows the system's scheme when its change
      // event comes (a page without the switch, like the 404 page, has nothing to wait for).
      const inScheme = async (colorScheme: 'light' | 'dark') => {
        await page.emulateMedia({ colorScheme });
        await page.waitForFunction(
          (on) => [...document.querySelectorAll('theme-toggle button')].every((b) => b.ariaPressed === on),
          String(colorScheme === 'dark'),
        );
      };
      // At the widest width, where the most is shown (a script that acts on the scheme acts at every width).
      await page.setViewportSize({ width: Math.max(...auditWidths), height: 900 });
      for (const path of pageTypes) {
        await inScheme('light');
        await page.goto(`${site.server.origin}${base}${path.slice(1)}`);
        await inScheme('light');
        const light = await page.locator('body').ariaSnapshot();
        for (const colorScheme of colourOnlySchemes) {
          await inScheme(colorScheme);
          const other = await page.locator('body').ariaSnapshot();
          switchSaysOn ||= other.includes('button "Donkere modus" [pressed]');
          if (other.replace('button "Donkere modus" [pressed]', 'button "Donkere modus"') !== light)
            changed.push(`${path} in ${colorScheme}`);
        }
      }
    });
    expect(switchSaysOn, 'the dark scheme was in effect').toBe(true);
    expect(changed).toEqual([]);
  });
});
