import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server.ts';
import { axeViolations, describeViolations, launch } from '../support/browser.ts';
import { fixtureBuilds } from '../support/builds.ts';

// The changed-content build has a person past her review date, so a page shows the notice, and
// more people than one overview page or one "who does what" page holds.
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
  ])('%s has no axe violation, at 320 px wide too', async (sitePath) => {
    for (const width of [1280, 320]) {
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
