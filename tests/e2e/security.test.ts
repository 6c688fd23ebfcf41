import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminPolicyFromEnv } from '../../src/lib/cms/admin-policy.ts';
import { headerPolicy, serialise } from '../../src/lib/security/csp.ts';
import { childEnv } from '../support/astro-build.ts';
import { launch } from '../support/browser.ts';
import { builds, fixtureBuilds } from '../support/builds.ts';
import { pageTypes } from '../support/page-types.ts';
import { pageResults, searchInDialog } from '../support/search.ts';
import { headersFromFile, serve } from '../../scripts/lib/static-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

interface Watch {
  requests: string[];
  violations: string[];
  console: string[];
  dialogs: string[];
}

/** Records every request, CSP violation, console error or warning, and dialog in a context. */
async function watch(context: BrowserContext): Promise<Watch> {
  const seen: Watch = { requests: [], violations: [], console: [], dialogs: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  await context.exposeBinding('__reportViolation', (_source, text: string) => void seen.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (globalThis as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`,
      );
    });
  });
  context.on('page', (page: Page) => {
    page.on('console', (message) => {
      // The 404 page is meant to answer 404.
      if (/\/bestaat-niet\/$/.test(page.url()) && /status of 404/.test(message.text())) return;
      if (message.type() === 'error' || message.type() === 'warning')
        seen.console.push(`${page.url()}: ${message.text()}`);
    });
    page.on('dialog', async (dialog) => {
      seen.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      await dialog.dismiss();
    });
  });
  return seen;
}

describe.each([
  { name: 'policy in <meta> only', withHeaders: false },
  { name: 'policy also as HTTP header from _headers', withHeaders: true },
])('requests and CSP ($name)', ({ withHeaders }) => {
  const { dir, base } = builds.sub;
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  let seen: Watch;
  /** Every path the server was asked for, in order. */
  const served: string[] = [];

  beforeAll(async () => {
    const fromFile = withHeaders ? headersFromFile(dir) : () => ({});
    server = await serve(dir, base, {
      headers: (pathname) => {
        served.push(pathname);
        return fromFile(pathname);
      },
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    seen = await watch(context);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('loads every page type, with the theme switch, the comparison and the search in use, with requests to its own origin only', async () => {
    const page = await context.newPage();
    for (const pagePath of pageTypes) await page.goto(server.url(pagePath), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Donkere modus' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    // The comparison of practices, in use.
    await page.goto(server.url('/praktijkvoorbeelden/vergelijken/'), { waitUntil: 'networkidle' });
    await page.locator('practice-compare input[type="checkbox"]').first().check();
    // The search in use: the header dialog, then the search page with a filter and another order.
    await page.goto(server.url('/plannen/'));
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    expect((await searchInDialog(page, 'peuters')).length).toBeGreaterThan(0);
    await page.goto(server.url('/zoeken/?q=jeugd'));
    await pageResults(page);
    await page.locator('search-page .pf-filter-checkbox input[value="plan"]').check();
    await page.locator('search-page select[data-sort]').selectOption('nieuwste');
    await pageResults(page);
    await page.waitForLoadState('networkidle');
    await page.close();

    expect(
      seen.requests.some((url) => url.includes('/pagefind/') && url.endsWith('.pagefind')),
      'the search loaded its WebAssembly',
    ).toBe(true);
    expect(
      seen.requests.some((url) => url.includes('/pagefind/fragment/')),
      'the search loaded results',
    ).toBe(true);

    expect(seen.requests.length).toBeGreaterThan(pageTypes.length * 3);
    const foreign = seen.requests.filter((url) => new URL(url).origin !== server.origin);
    expect(foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.console).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it(
    withHeaders
      ? 'lets the browser keep the hashed styles, scripts and icons: visited again, a page asks for none of them'
      : 'without _headers the browser asks again for every style, script and icon, as from any plain host',
    async () => {
      const fresh = await browser.newContext();
      try {
        const page = await fresh.newPage();
        const start = served.length;
        await page.goto(server.url('/plannen/'), { waitUntil: 'load' });
        const first = served.slice(start).filter((p) => p.startsWith(`${base}_astro/`));
        expect(first.length).toBeGreaterThan(2);
        const before = served.length;
        await page.goto(server.url('/'), { waitUntil: 'load' });
        await page.goto(server.url('/plannen/'), { waitUntil: 'load' });
        const again = served.slice(before).filter((p) => first.includes(p));
        if (withHeaders) expect(again).toEqual([]);
        else expect(again).toEqual(expect.arrayContaining(first));
      } finally {
        await fresh.close();
      }
    },
  );

  it('blocks a script that was not shipped with the site, and reports it (the check itself works)', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/'));
    const before = seen.violations.length;
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.gif';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 300));
      let evaluated = false;
      try {
        evaluated = new Function('return true')() as boolean;
      } catch {
        // EvalError: the policy allows WebAssembly, not eval.
      }
      return { script: '__injected' in window, evaluated };
    });
    expect(ran).toEqual({ script: false, evaluated: false });
    // With the header as well as the <meta>, both policies report the same violation. The reports
    // reach this process asynchronously: on a busy machine they can come after the 300 ms above.
    await expect
      .poll(() => [...new Set(seen.violations.slice(before))])
      .toEqual([
        expect.stringMatching(/^script-src(-elem)? blocked inline/),
        expect.stringMatching(/^img-src blocked https:\/\/example\.org\/pixel\.gif/),
      ]);
    seen.violations.splice(before);
    seen.console.length = 0;
    await page.close();
  });

  if (withHeaders) {
    it('sends the security headers and refuses to be shown in a frame on another page', async () => {
      const page = await context.newPage();
      const response = await page.goto(server.url('/'));
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('camera=()');

      // One policy per page, whatever the host joins: the site's for its pages, the editor's for /admin/.
      expect(headers['content-security-policy']).toBe(headerPolicy);
      const admin = (await page.goto(server.url('/admin/')))!.headers();
      expect(admin['content-security-policy']).toBe(serialise(adminPolicyFromEnv(childEnv(builds.sub.env))));
      expect(admin['x-robots-tag']).toBe('noindex');

      const framed = await browser.newPage();
      const blocked: string[] = [];
      framed.on('console', (message) => void blocked.push(message.text()));
      await framed.setContent(`<iframe src="${server.url('/')}"></iframe>`);
      await expect.poll(() => blocked.join('\n'), { timeout: 5000 }).toMatch(/frame-ancestors 'none'/);
      await framed.close();
      await page.close();
    });
  }
});

describe('hostile content in the browser (fixture build)', () => {
  const { dir, base } = fixtureBuilds.hostile;
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  let seen: Watch;

  beforeAll(async () => {
    server = await serve(dir, base);
    context = await browser.newContext();
    seen = await watch(context);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const hostilePages = [
    '/nieuwsbrieven/nieuwsbrief-test/',
    '/nieuwsbrieven/',
    '/mensen/persoon-test/',
    '/teams/team-test/',
    '/wie-doet-wat/',
    '/plannen/plan-test/',
    '/praktijkvoorbeelden/voorbeeld-test/',
    '/organisaties/organisatie-test/',
    '/begrippen/',
    '/ontwikkeltafels/tafel-test/',
    '/ondersteuningsniveaus/niveau-test/',
    '/bronnen/bron-test/',
    '/',
  ];

  it('shows every payload as text and runs none of them', async () => {
    const page = await context.newPage();
    for (const pagePath of hostilePages) {
      await page.goto(server.url(pagePath), { waitUntil: 'networkidle' });
      const found = await page.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        text: document.querySelector('main')!.textContent ?? '',
      }));
      expect(found.images, pagePath).toBe(0);
      expect(found.inlineScripts, pagePath).toBe(0);
      expect(found.text, pagePath).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/);
    }
    expect(await page.locator('h1').first().textContent()).toBe('Kennisbank Jeugd Twente');
    await page.goto(server.url('/nieuwsbrieven/nieuwsbrief-test/'));
    expect(await page.locator('h1').textContent()).toBe(
      'Nieuwsbrief <script>alert(1)</script> <img src=x onerror=alert(1)>',
    );
    await page.close();
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
  });

  it('shows the payloads as text in search results, in the header dialog and on the search page', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/'));
    await page.locator('header button.site-search__trigger').click();
    await page.locator('dialog.pf-modal[open]').waitFor();
    const links = await searchInDialog(page, 'alert', 5);
    expect(links.length).toBeGreaterThanOrEqual(5);
    const dialog = await page.evaluate(() => {
      const box = document.querySelector('dialog.pf-modal[open]')!;
      return {
        images: box.querySelectorAll('img').length,
        scripts: box.querySelectorAll('script').length,
        text: box.textContent ?? '',
      };
    });
    expect(dialog.images).toBe(0);
    expect(dialog.scripts).toBe(0);
    expect(dialog.text).toContain('Nieuwsbrief <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(dialog.text).toContain('Persoon <img src=x onerror=alert(1)>');

    await page.goto(server.url('/zoeken/?q=alert&soort=nieuwsbrief'));
    await pageResults(page);
    const results = await page.evaluate(() => {
      const box = document.querySelector('search-page')!;
      return {
        images: box.querySelectorAll('img').length,
        scripts: box.querySelectorAll('script').length,
        titles: [...box.querySelectorAll('.pf-result-link')].map((a) => a.textContent),
      };
    });
    expect(results.images).toBe(0);
    expect(results.scripts).toBe(0);
    expect(results.titles).toEqual(['Nieuwsbrief <script>alert(1)</script> <img src=x onerror=alert(1)>']);
    // The query itself comes back from the URL into the page as text, not markup.
    await page.goto(server.url(`/zoeken/?q=${encodeURIComponent('<img src=x onerror=alert(2)>')}`));
    await page.locator('search-page pagefind-summary').filter({ hasText: 'onerror' }).waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await page.close();
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
  });
});
