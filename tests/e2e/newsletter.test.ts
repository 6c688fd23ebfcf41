import fs from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

describe('a newsletter edition in the browser (under /jeugd/)', () => {
  it('has no axe violation, and "In dit nummer" moves to the section', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/nieuwsbrieven/volop-beweging/'));
    const violations = await axeViolations(page);
    expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    const first = page.locator('nav.edition-contents a').first();
    const target = await first.getAttribute('href');
    await first.click();
    expect(new URL(page.url()).hash).toBe(target);
    await page.close();
  });

  it('prints on A4 without navigation, with the full address after each link', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/nieuwsbrieven/volop-beweging/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.edition-pager', '.edition-formats']) {
      const hidden = await page
        .locator(selector)
        .evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'));
      expect(hidden, selector).toBe(true);
    }
    const link = page.locator('main .prose a[href$="/mensen/rene-peters/"]').first();
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    // The site address the test builds are made for (tests/support/build-once.ts).
    expect(after).toBe('" (https://kennisbank.example/jeugd/mensen/rene-peters/)"');
    expect(await page.locator('.print-only').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('offers the e-mail draft as a download, with the keyboard, served as a message', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/nieuwsbrieven/volop-beweging/'));
    const link = page.getByRole('link', { name: 'concept-e-mail (.eml)', exact: true });
    await link.focus();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('volop-beweging.eml');
    const draft = await simpleParser(fs.readFileSync(await download.path()));
    expect(draft.subject).toBe((await page.locator('main h1').textContent())?.trim());
    expect(draft.html).toContain('<table role="presentation" class="container"');
    expect(draft.text).toContain('Lees deze nieuwsbrief op de website');
    // The browser stayed on the edition: a download, not a page of raw MIME text.
    expect(page.url()).toBe(site.server.url('/nieuwsbrieven/volop-beweging/'));
    const response = await fetch(new URL((await link.getAttribute('href'))!, page.url()));
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    await page.close();
  });

  it('has an e-mail version that reads well: no axe violation, one column of at most 600 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url('/nieuwsbrieven/volop-beweging/'));
    await Promise.all([
      page.waitForURL(/email\.html$/),
      page.getByRole('link', { name: 'E-mailversie', exact: true }).click(),
    ]);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    expect(await page.locator('table.container').evaluate((el) => el.getBoundingClientRect().width)).toBe(600);
    await page.setViewportSize({ width: 320, height: 800 });
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await page.close();
  });
});
