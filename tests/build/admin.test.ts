import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapFiles } from '../../src/integrations/decap-cms.ts';
import { adminPolicyFromEnv } from '../../src/lib/cms/admin-policy.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { editorIssues } from '../../src/lib/cms/known-issues.ts';
import { cmsSettingsFromEnv } from '../../src/lib/cms/settings.ts';
import { metaPolicy, metaPolicyOf, referrerPolicy } from '../../src/lib/security/csp.ts';
import { childEnv } from '../support/astro-build.ts';
import { buildNames, builds } from '../support/builds.ts';
import { eventHandlerAttributes, htmlFiles, load, sitemapPaths } from '../support/dist.ts';
import { fragments } from '../support/pagefind-fragments.ts';
import { htmlValidator } from '../support/html-validator.ts';

/**
 * The editor (/admin/, Decap CMS) in every build: served from the build itself, with its own policy,
 * its configuration generated for that build's environment, and kept out of the site's sitemap,
 * search index and navigation.
 */
describe.each(buildNames)('the editor in the %s build', (name) => {
  const { dir, base, env } = builds[name];
  const buildEnv = childEnv(env);
  const $ = load(dir, 'admin/index.html');

  it('has a policy of its own in a <meta>, before anything it governs, and is not for search engines', () => {
    const head = $('head').children().toArray();
    const csp = $('meta[http-equiv="Content-Security-Policy"]');
    expect(csp).toHaveLength(1);
    expect(csp.attr('content')).toBe(metaPolicyOf(adminPolicyFromEnv(buildEnv)));
    expect(csp.attr('content')).not.toBe(metaPolicy);
    expect(head.indexOf(csp.get(0)!)).toBe(1);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('meta[name="referrer"]').attr('content')).toBe(referrerPolicy);
    expect($('html').attr('lang')).toBe('nl');
  });

  it('has no inline script or style, and loads scripts only from the site itself', () => {
    const scripts = $('script')
      .map((_, el) => ({ src: $(el).attr('src'), text: $(el).text().trim() }))
      .get();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.text).toBe('');
      expect(script.src).toMatch(new RegExp(`^${base}_astro/[^/]+\\.js$`));
      expect(fs.existsSync(path.join(dir, script.src!.slice(base.length)))).toBe(true);
    }
    expect($('style, [style]')).toHaveLength(0);
    expect(eventHandlerAttributes($)).toEqual([]);
  });

  it("ships Decap CMS's browser bundle with its chunks and licence, and points the page at it", () => {
    const { files } = decapFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.filter((file) => /^\d+\.decap-cms\.js$/.test(file)).length).toBeGreaterThan(10);
    expect(files).toContain('decap-cms.js.LICENSE.txt');
    for (const file of files) expect(fs.existsSync(path.join(dir, 'admin/decap', file)), file).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'admin/decap')).filter((file) => file.endsWith('.map'))).toEqual([]);
    const page = $('[data-cms-page]');
    expect(page.attr('data-script')).toBe(`${base}admin/decap/decap-cms.js`);
    expect(page.attr('data-config')).toBe(`${base}admin/config.json`);
    expect(page.attr('data-preview-style')).toBe(`${base}admin/preview.css`);
  });

  it("publishes the configuration generated for this build's environment", () => {
    const published = JSON.parse(fs.readFileSync(path.join(dir, 'admin/config.json'), 'utf8')) as unknown;
    expect(published).toEqual(cmsConfig(cmsSettingsFromEnv(buildEnv)));
  });

  it("publishes the site's global stylesheet for the preview, with its layers and the text layout", () => {
    const css = fs.readFileSync(path.join(dir, 'admin/preview.css'), 'utf8');
    // The layers in the site's order (the minifier may fold the order statement into the first blocks).
    const layers = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities', 'print'];
    const positions = layers.map((layer) => css.search(new RegExp(`@layer ${layer}\\b`)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(css).toContain('.prose');
    expect(css).toContain('--color-text');
  });

  it('says on the page, in Dutch, that online login is not set up (these builds have no GitHub or GitLab)', () => {
    expect($('h1').text()).toBe('Editor van de Kennisbank Jeugd Twente');
    expect($('#cms-online').text()).toBe('Online inloggen is niet ingesteld');
    expect($('main').text()).toContain('npm run cms');
  });

  it('is not in the sitemap, the search index or the navigation of any page', () => {
    expect(sitemapPaths(dir).filter((p) => p.includes('/admin/'))).toEqual([]);
    expect(fragments(path.join(dir, 'pagefind')).filter((page) => page.url.includes('/admin/'))).toEqual([]);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    const links = htmlFiles(dir).flatMap((file) => {
      const page = load(dir, file);
      return page('a[href*="/admin"]')
        .map((_, el) => `${file}: ${page(el).attr('href')}`)
        .get();
    });
    expect(links).toEqual([]);
  });

  it("is described in the accessibility statement, with each of Decap's own problems and what to do instead", () => {
    const statement = load(dir, 'toegankelijkheid/index.html');
    const items = statement('#editor ~ ul')
      .first()
      .children('li')
      .map((_, li) => statement(li).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(items).toEqual(editorIssues.map((issue) => `${issue.problem} Wat u kunt doen: ${issue.instead}`));
  });

  it('is valid HTML', async () => {
    const validator = htmlValidator({
      extends: ['html-validate:recommended'],
      rules: { 'void-style': 'off', 'attribute-boolean-style': 'off', 'no-trailing-whitespace': 'off' },
    });
    const report = await validator.validateString(fs.readFileSync(path.join(dir, 'admin/index.html'), 'utf8'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
