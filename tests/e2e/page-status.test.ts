import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launch } from '../support/browser';
import { root, testRepositoryUrl } from '../support/builds';
import { serve } from '../support/server';

// A build of the real content with one person past her review date, so a page shows the notice.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-status-e2e-'));
const out = path.join(work, 'dist');
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const content = path.join(work, 'content');
  fs.cpSync(path.join(root, 'content'), content, { recursive: true });
  fs.appendFileSync(path.join(content, 'people/kate-snellens.yaml'), 'reviewBy: 2020-01-31\n');
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, REPOSITORY_URL: testRepositoryUrl },
  });
  expect(result.status, result.stderr).toBe(0);
  browser = await launch();
  server = await serve(out, '/');
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.each(['light', 'dark'] as const)('the review notice and the page status in the %s theme', (colorScheme) => {
  it.each(['/mensen/kate-snellens/', '/bijdragen/'])('%s has no axe violation, at 320 px wide too', async (sitePath) => {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(server.url(sitePath));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(`${sitePath} (${width}px)`, violations)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
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
