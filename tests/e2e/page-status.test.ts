import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server.ts';
import { auditWidths, reflowWidth } from '../../src/lib/accessibility-audit.ts';
import { axeViolations, describeViolations, launch } from '../support/browser.ts';
import { changedContent, fixtureBuilds } from '../support/builds.ts';
import { shifts, watchShifts } from '../support/layout-shifts.ts';

// The changed-content build has a person past her review date, so a page shows the notice,
// more people than one overview page or one "who does what" page holds, and a phone's photo.
const { dir, base } = fixtureBuilds.changed;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  browser = await launch();
  server = await serve(dir, base);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('the review notice and the page status in the %s theme', (colorScheme) => {
  it.each([
    '/mensen/kate-snellens/',
    '/bijdragen/',
    // Pages that only a larger site has: an overview's second page, "who does what" in parts.
    '/mensen/pagina/2/',
    '/wie-doet-wat/',
    '/wie-doet-wat/buiten-de-ontwikkeltafels/',
    // A role in slashes and a long e-mail address in the facts at the top (changedContent.longWords).
    `/mensen/${changedContent.extraPeople[0]!.id}/`,
  ])(`%s has no axe violation, at ${auditWidths.join(' and ')} px wide`, async (sitePath) => {
    for (const width of auditWidths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(server.url(sitePath));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(`${sitePath} (${width}px)`, violations)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflow, `${sitePath} scrolls sideways at ${width}px`).toBe(false);
      await page.close();
    }
  });

  it('shows the notice to screen readers as a note, above the text and the page status', async () => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(server.url('/mensen/kate-snellens/'));
    const notice = page.getByRole('note');
    await expect(notice.textContent()).resolves.toContain('Mogelijk verouderd');
    const order = await page.evaluate(() => {
      const note = document.querySelector('[role="note"]')!;
      const text = document.querySelector('.prose, .page-status')!;
      return note.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.close();
  });
});

// The changed content has a photo straight from a phone in a plan (tests/support/builds.ts).
describe('a photo in a text', () => {
  it('keeps its place while it loads, fits a phone, comes as the narrow copy, and moves nothing when it arrives', async () => {
    const page = await browser.newPage({ viewport: { width: reflowWidth, height: 700 } });
    await watchShifts(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The photo and its narrow copy: the browser asks for one of them.
    await page.route('**/telefoonfoto.jpg', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(server.url('/plannen/regie/'), { waitUntil: 'domcontentloaded' });
      const photo = page.locator('main img[src$="/afbeeldingen/telefoonfoto.jpg"]');
      const boxOf = () =>
        photo.evaluate((img: HTMLImageElement) => ({
          loaded: img.complete && img.naturalWidth > 0,
          width: img.getBoundingClientRect().width,
          height: img.getBoundingClientRect().height,
          column: img.parentElement!.getBoundingClientRect().width,
        }));
      // Before the file arrives, the photo already takes its place: as wide as the column, upright.
      const before = await boxOf();
      expect(before.loaded).toBe(false);
      expect(before.width).toBe(before.column);
      expect(before.height).toBeCloseTo((before.width * 2133) / 1600, 0);
      // In view when it arrives: the text below it would be seen to move if it had no place yet.
      await photo.scrollIntoViewIfNeeded();
      release();
      await expect.poll(async () => (await boxOf()).loaded).toBe(true);
      // The same box; the narrow copy's whole pixels may round its proportions by a fraction of a pixel.
      const after = await boxOf();
      expect(after.width).toBe(before.width);
      expect(Math.abs(after.height - before.height)).toBeLessThan(1);
      // On a phone's screen the browser took the narrow copy.
      expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
        /\/afbeeldingen\/_800\/telefoonfoto\.jpg$/,
      );
      const moved = (await shifts(page)).filter((shift) => shift.main);
      expect(moved.map((shift) => shift.moved)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflow).toBe(false);
    } finally {
      release();
      await page.close();
    }
  });
});
