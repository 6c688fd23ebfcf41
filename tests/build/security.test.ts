import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPolicyFromEnv } from '../../src/lib/cms/admin-policy.ts';
import {
  adminHeaders,
  hashedAssetHeaders,
  headersFor,
  metaPolicy,
  parseHeadersFile,
  referrerPolicy,
  securityHeaders,
} from '../../src/lib/security/csp.ts';
import { childEnv } from '../support/astro-build.ts';
import { buildNames, builds } from '../support/builds.ts';
import { eventHandlerAttributes, htmlFiles, load } from '../support/dist.ts';

describe.each(buildNames)('security of the %s build', (name) => {
  const { dir, base, env } = builds[name];
  const files = htmlFiles(dir);

  it('gives every page the CSP in a <meta> before anything it could govern, and the referrer policy', () => {
    for (const file of files) {
      const $ = load(dir, file);
      const head = $('head').children().toArray();
      const csp = $('meta[http-equiv="Content-Security-Policy"]');
      expect(csp, file).toHaveLength(1);
      expect(csp.attr('content'), file).toBe(metaPolicy);
      // Only <meta charset> may come first: a policy applies to what the parser meets after it.
      expect(head.indexOf(csp.get(0)!), file).toBe(1);
      expect($('meta[name="referrer"]').attr('content'), file).toBe(referrerPolicy);
    }
  });

  it('has no inline script, no inline style and no event-handler attribute on any page', () => {
    const found: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      $('script').each((_, el) => {
        if (!$(el).attr('src') || $(el).text().trim() !== '')
          found.push(`${file}: inline <script>${$(el).text().slice(0, 60)}`);
      });
      $('style').each(() => void found.push(`${file}: <style>`));
      $('[style]').each((_, el) => void found.push(`${file}: style="" on <${el.tagName}>`));
      found.push(...eventHandlerAttributes($).map((handler) => `${file}: ${handler}`));
      $('a[href^="javascript:"], [src^="javascript:"]').each(
        (_, el) => void found.push(`${file}: javascript: URL on <${el.tagName}>`),
      );
    }
    expect(found).toEqual([]);
  });

  it('loads scripts, styles, icons and images only from its own origin', () => {
    const foreign: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      // A canonical address and rel="expect" (a fragment of the page itself) load nothing.
      $(
        'script[src], link[href]:not([rel="canonical"]):not([rel="expect"]), img[src], iframe, object, embed, source[src], video, audio',
      ).each((_, el) => {
        const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
        if (!url.startsWith(base)) foreign.push(`${file}: <${el.tagName}> ${url}`);
      });
    }
    expect(foreign).toEqual([]);
  });

  it('loads the theme script in <head>, render-blocking, before the first paint', () => {
    for (const file of files) {
      const $ = load(dir, file);
      const script = $('head > script[src$="/theme-init.js"]');
      expect(script, file).toHaveLength(1);
      expect(script.attr('src')).toBe(`${base}theme-init.js`);
      for (const attribute of ['async', 'defer', 'type'])
        expect(script.attr(attribute), `${file}: ${attribute}`).toBeUndefined();
    }
    expect(fs.existsSync(path.join(dir, 'theme-init.js'))).toBe(true);
  });

  it("publishes _headers that give every file exactly one policy: the editor's to /admin/, the site's to the rest, hashed assets a long cache", () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(dir, '_headers'), 'utf8'));
    const admin = adminHeaders(adminPolicyFromEnv(childEnv(env)));
    const wrong: string[] = [];
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name !== '_headers')
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
    for (const file of files) {
      const urlPath = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const expected = file.startsWith('admin/')
        ? admin
        : file.startsWith('_astro/')
          ? hashedAssetHeaders
          : securityHeaders;
      const headers = headersFor(rules, urlPath);
      if (JSON.stringify(headers) !== JSON.stringify(expected))
        wrong.push(`${urlPath}: ${headers['Content-Security-Policy']}`);
    }
    expect(files.length).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
    expect(admin['Content-Security-Policy']).not.toBe(securityHeaders['Content-Security-Policy']);
    // A browser keeps those a year without asking: safe only while every name there carries a hash
    // of the content, so that a changed file has a new name.
    const assets = files.filter((file) => file.startsWith('_astro/'));
    expect(assets.length).toBeGreaterThan(10);
    expect(assets.filter((file) => !/\.[\w-]{8}\.[a-z0-9]+$/.test(file))).toEqual([]);
  });

  it('links the accessibility statement and the privacy page from the footer of every page', () => {
    for (const file of files) {
      const $ = load(dir, file);
      const footerLinks = $('footer a')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(footerLinks, file).toEqual(expect.arrayContaining([`${base}toegankelijkheid/`, `${base}privacy/`]));
    }
    expect(files).toEqual(expect.arrayContaining(['toegankelijkheid/index.html', 'privacy/index.html']));
  });
});
