import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { parseBody } from '../../src/lib/content-check/markdown.ts';
import { isVagueLinkText } from '../../src/lib/links/link-text.ts';
import { linkProblem, splitInternalLink } from '../../src/lib/links/site-index.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { buildNames, builds, fixtureBuilds, root } from '../support/builds.ts';
import { builtSiteIndex } from '../support/built-index.ts';
import { htmlFiles, load, urlOf } from '../support/dist.ts';

describe.each(buildNames)('links in the %s build', (name) => {
  const { dir, base } = builds[name];
  const files = htmlFiles(dir);
  const built = builtSiteIndex(dir);

  it('every internal link, stylesheet, script and image resolves, and every anchor exists', () => {
    const broken: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      const pageUrl = new URL(urlOf(file, base), 'https://site.invalid');
      $('a[href], link[href], script[src], img[src]').each((_, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src')!;
        if (/^(mailto|tel):/.test(raw)) return;
        const target = new URL(raw, pageUrl);
        if (target.origin !== pageUrl.origin) return;
        if (el.tagName === 'link' && $(el).attr('rel') === 'canonical') return;
        if (!target.pathname.startsWith(base)) {
          broken.push(`${file}: ${raw} (outside the base ${base})`);
          return;
        }
        const sitePath = `/${target.pathname.slice(base.length)}`;
        const { anchor } = splitInternalLink(target.hash, sitePath);
        const problem = linkProblem(built, sitePath, anchor);
        if (problem?.kind === 'no-page') broken.push(`${file}: ${raw} (no such page)`);
        if (problem?.kind === 'no-anchor') broken.push(`${file}: ${raw} (no element with id "${anchor}")`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('no link escapes the base path', () => {
    const escaping: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
        if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith(base)) escaping.push(`${file}: ${raw}`);
      });
    }
    expect(escaping).toEqual([]);
  });

  it('has no link without a text, and no link text that says nothing ("klik hier", "meer informatie")', () => {
    const vague: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      $('a').each((_, el) => {
        const text = $(el).text();
        if (text.trim() === '' && !$(el).attr('aria-label')) vague.push(`${file}: empty link ${$(el).attr('href')}`);
        if (isVagueLinkText(text)) vague.push(`${file}: "${text.trim()}"`);
      });
    }
    expect(vague).toEqual([]);
  });
});

/**
 * The content check predicts the site before it is built (src/lib/links/predicted-index.ts). Held
 * to the built site here, so that what the check accepts is what the build has, and the reverse:
 * for the real content, and for the changed content, whose overviews run to a second page.
 */
describe.each([
  { name: 'real content', dir: builds.root.dir, contentDir: undefined },
  { name: 'changed content', dir: fixtureBuilds.changed.dir, contentDir: fixtureBuilds.changed.contentDir },
])('the content check knows the site the build makes ($name)', ({ dir, contentDir }) => {
  const { entries, site: predicted } = checkContent({ root, dir: contentDir });
  const built = builtSiteIndex(dir);

  it('every page it predicts exists, with every anchor it predicts', () => {
    const missing: string[] = [];
    for (const sitePath of predicted.paths()) {
      const page = built.page(sitePath);
      if (!page) missing.push(`${sitePath} (no such page)`);
      for (const anchor of predicted.page(sitePath)?.anchors ?? []) {
        if (page && !built.anchorsOf(sitePath).has(anchor)) missing.push(`${sitePath}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
    expect(predicted.paths().length).toBeGreaterThan(200);
  });

  it('accepts every page the build makes', () => {
    const unknown = htmlFiles(dir)
      .map((file) => urlOf(file, '/'))
      .filter((sitePath) => !predicted.page(sitePath));
    expect(unknown).toEqual([]);
  });

  it("predicts exactly the heading ids the built site gives each entry's text", () => {
    let compared = 0;
    for (const { entry } of entries) {
      const tree = parseBody(entry).body?.tree;
      if (!tree) continue;
      const sitePath = entryPath(entry.collection, entry.id);
      const $ = load(dir, `${sitePath.slice(1)}index.html`);
      // Headings of the text itself, not of components placed around it (such as "In dit nummer").
      const builtHeadings = $('.prose')
        .find('h1, h2, h3, h4, h5, h6')
        .filter((_, h) => $(h).closest('nav, aside').length === 0)
        .map((_, h) => $(h).attr('id'))
        .get();
      for (const id of builtHeadings)
        expect(predicted.page(sitePath)?.anchors?.has(id), `${sitePath}#${id}`).toBe(true);
      compared += builtHeadings.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
