import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { builds, type BuildName } from './builds.ts';
import { serve } from '../../scripts/lib/static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serve>>;
}

/**
 * Chromium and a local server for one test file's build (under /jeugd/ unless said otherwise),
 * started before its tests and closed after them. Fields are set in `beforeAll`: use them in tests.
 */
export function siteInBrowser(build: BuildName = 'sub'): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.browser = await launch();
    site.server = await serve(builds[build].dir, builds[build].base);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
