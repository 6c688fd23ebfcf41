import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditWidths, colourOnlySchemes, reflowWidth } from '../../src/lib/accessibility-audit.ts';
import { sitemapAuditPaths } from '../support/axe-sitemap.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { builds } from '../support/builds.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

const comparePath = '/praktijkvoorbeelden/vergelijken/';

/** The practices whose column header is shown. */
function visibleColumns(page: Page): Promise<string[]> {
  return page.$$eval('thead th[data-practice]', (cells) =>
    cells
      .filter((cell) => (cell as HTMLElement).offsetParent !== null)
      .map((cell) => (cell as HTMLElement).dataset.practice ?? ''),
  );
}

/** Whether every row shows exactly the given practices, so that header and body agree. */
function rowsShow(page: Page, ids: string[]): Promise<boolean> {
  return page.$$eval(
    'tbody tr',
    (rows, expected) =>
      rows.every((row) => {
        const shown = [...row.querySelectorAll<HTMLElement>('td[data-practice]')]
          .filter((cell) => cell.offsetParent !== null)
          .map((cell) => cell.dataset.practice);
        return JSON.stringify(shown) === JSON.stringify(expected);
      }),
    ids,
  );
}

describe('comparing practices', () => {
  it('narrows the table to the two practices chosen, keeps the choice in the URL, and shows all again on request', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url(comparePath));
    const all = await visibleColumns(page);
    expect(all.length).toBeGreaterThan(3);

    const boxes = page.locator('practice-compare input[type="checkbox"]');
    await expect.poll(() => boxes.first().isVisible()).toBe(true);
    // With nothing chosen every practice shows already: "show all again" is off.
    const reset = page.getByRole('button', { name: 'Toon weer alle praktijkvoorbeelden' });
    expect(await reset.isDisabled()).toBe(true);
    const [first, second] = [all[1]!, all[3]!];
    await page.locator(`input[value="${first}"]`).check();
    // One choice is not a comparison yet: the table stays whole.
    expect(await visibleColumns(page)).toEqual(all);
    await page.locator(`input[value="${second}"]`).check();
    expect(await visibleColumns(page)).toEqual([first, second]);
    expect(await rowsShow(page, [first, second])).toBe(true);
    expect(await page.locator('[data-compare-status]').textContent()).toContain('De tabel toont de 2 gekozen');
    expect(new URL(page.url()).searchParams.get('vergelijk')).toBe(`${first},${second}`);

    // A third is allowed; then the rest cannot be chosen.
    await page.locator(`input[value="${all[0]}"]`).check();
    expect(await visibleColumns(page)).toEqual([all[0], first, second]);
    expect(await page.locator(`input[value="${all[2]}"]`).isDisabled()).toBe(true);
    await page.locator(`input[value="${all[0]}"]`).uncheck();

    // The URL brings the same comparison back.
    await page.reload();
    expect(await visibleColumns(page)).toEqual([first, second]);
    expect(await page.locator(`input[value="${first}"]`).isChecked()).toBe(true);

    await reset.click();
    expect(await visibleColumns(page)).toEqual(all);
    expect(new URL(page.url()).search).toBe('');
    // The button turns off again; focus goes to the first practice, where a new choice starts.
    expect(await reset.isDisabled()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('vergelijk');
    await page.close();
  });

  it('shows every practice and no controls without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(
      site.server.url(`${comparePath}?vergelijk=dreumesarrangement-s-hertogenbosch,peuterplus-s-hertogenbosch`),
    );
    const columns = await visibleColumns(page);
    expect(columns.length).toBe(await page.locator('thead th[data-practice]').count());
    expect(columns.length).toBeGreaterThan(3);
    expect(await page.locator('practice-compare fieldset').isVisible()).toBe(false);
    await context.close();
  });

  it(`can be used at ${reflowWidth} px: the table scrolls inside its own region, the page does not`, async () => {
    const page = await site.browser.newPage({ viewport: { width: reflowWidth, height: 700 } });
    await page.goto(site.server.url(comparePath));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.locator('section.compare-scroll');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The row headers stay in view while the table scrolls.
    await region.evaluate((el) => el.scrollBy(400, 0));
    const left = await page
      .locator('tbody th[scope="row"]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
    const regionLeft = await region.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - regionLeft)).toBeLessThan(3);
    await page.close();
  });

  // A link that gets focus with Tab or Shift+Tab is scrolled beside the sticky row headers and inside the region:
  // under the headers or past the edge, a keyboard user would not see where focus is (WCAG 2.4.11).
  it.each(auditWidths)('at %i px keeps a link focused with the keyboard beside the row headers', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 700 } });
    await page.goto(site.server.url(comparePath));
    const region = page.locator('section.compare-scroll');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The links of the first row with links, in the order Tab takes them: across the columns.
    const rowLinks = page
      .locator('section.compare-scroll tbody tr', { has: page.locator('td a') })
      .first()
      .locator('td a');
    const count = await rowLinks.count();
    expect(count).toBeGreaterThan(2);
    const hidden: string[] = [];
    const look = async (index: number, key: string) => {
      const seen = await rowLinks.nth(index).evaluate((el) => {
        const box = el.getBoundingClientRect();
        const region = el.closest('section')!;
        const header = el.closest('tr')!.cells[0]!.getBoundingClientRect();
        const inner = region.getBoundingClientRect().left + region.clientLeft + region.clientWidth;
        return {
          focused: el === document.activeElement,
          name: el.textContent?.trim(),
          under: header.right - box.left,
          // Only a link that fits beside the headers can be wholly in view.
          beyond: box.width <= inner - header.right ? box.right - inner : 0,
        };
      });
      expect(seen.focused, `${key} to link ${index}`).toBe(true);
      if (seen.under > 1) hidden.push(`${key}: "${seen.name}" ${Math.round(seen.under)} px under the row header`);
      if (seen.beyond > 1) hidden.push(`${key}: "${seen.name}" ${Math.round(seen.beyond)} px past the region`);
    };
    await rowLinks.first().focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      await look(i, 'Tab');
    }
    for (let i = count - 2; i >= 0; i--) {
      await page.keyboard.press('Shift+Tab');
      await look(i, 'Shift+Tab');
    }
    expect(hidden).toEqual([]);
    await page.close();
  });
});

describe('the "wie doet wat" diagram', () => {
  it('is walked with the keyboard: its boxes are named links with a visible focus, and it can be skipped', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/wie-doet-wat/'));
    const skip = page.locator('.org-figure__skip').first();
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return {
        inSvg: el.closest('svg') !== null,
        name: el.textContent?.trim(),
        stroke: getComputedStyle(el.querySelector('rect')!).strokeWidth,
      };
    });
    expect(focused.inSvg).toBe(true);
    expect(focused.name).toMatch(/^Ontwikkeltafel 1$/);
    expect(parseFloat(focused.stroke)).toBeGreaterThanOrEqual(3);

    await skip.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deel-1-lijst');
    await page.close();
  });

  it('gives way to the lists on a small screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: reflowWidth, height: 700 } });
    await page.goto(site.server.url('/wie-doet-wat/'));
    expect(await page.locator('svg.org-diagram').first().isVisible()).toBe(false);
    expect(await page.locator('.org-list').first().isVisible()).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('axe on the new pages, light and dark', () => {
  const pages = [
    '/begrippen/',
    '/begrippen/vakgebied/onderwijs/',
    '/wie-doet-wat/',
    '/praktijkvoorbeelden/',
    comparePath,
    `${comparePath}?vergelijk=dreumesarrangement-s-hertogenbosch,peuterplus-s-hertogenbosch`,
    '/ondersteuningsniveaus/',
    '/praktijkvoorbeelden/peuteropvang-plus-heerlen/',
  ];

  // The sitemap's audit (axe-all-pages) already runs axe on every page of the sitemap at its widths, in the
  // same way; here the rest: a comparison with a choice (not in the sitemap).
  const wide = Math.max(...auditWidths);
  const auditedAlready = (width: number, path: string) =>
    (auditWidths as readonly number[]).includes(width) &&
    sitemapAuditPaths.includes(`${builds.sub.base}${path.slice(1)}`);

  it('leaves to the sitemap audit only what it checks itself', () => {
    expect(pages.filter((path) => !auditedAlready(wide, path))).toEqual([pages.find((path) => path.includes('?'))]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports no violation in ${colorScheme}, at ${auditWidths.join(' and ')} px`, async () => {
      const problems: string[] = [];
      for (const width of auditWidths) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme });
        for (const path of pages.filter((p) => !auditedAlready(width, p))) {
          await page.goto(site.server.url(path));
          const violations = await axeViolations(page, { colourRulesOnly: colourOnlySchemes.includes(colorScheme) });
          if (violations.length > 0) problems.push(`${width}px ${describeViolations(path, violations)}`);
        }
        await page.close();
      }
      expect(problems.join('\n')).toBe('');
    });
  }
});

describe('glossary terms in the text', () => {
  it('take a reader from an abbreviation to its explanation', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/praktijkvoorbeelden/peuteropvang-plus-heerlen/'));
    const term = page.locator('main a.glossary-term', { hasText: 'JenS' });
    expect(await term.locator('abbr').getAttribute('title')).toBe('Jong en Sterk');
    await Promise.all([page.waitForURL(/\/jeugd\/begrippen\/#jens$/), term.click()]);
    expect(await page.locator('#jens dt').textContent()).toContain('Jong en Sterk');
    await page.close();
  });
});
