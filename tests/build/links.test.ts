import { describe, expect, it } from 'vitest';
import { buildNames, builds } from '../support/builds';
import { fileFor, htmlFiles, load, urlOf } from '../support/dist';

describe.each(buildNames)('links in the %s build', (name) => {
  const { dir, base } = builds[name];
  const files = htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const $ = load(dir, file);
      ids.set(
        file,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        ),
      );
    }
    return ids.get(file)!;
  };

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
        const targetFile = target.pathname === pageUrl.pathname ? file : fileFor(dir, base, target.pathname);
        if (!targetFile) {
          broken.push(`${file}: ${raw} (no such page)`);
          return;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor))
          broken.push(`${file}: ${raw} (no element with id "${anchor}")`);
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

  it('links to external sites only with descriptive text, never "klik hier" or a bare "meer informatie"', () => {
    const vague: string[] = [];
    for (const file of files) {
      const $ = load(dir, file);
      $('a').each((_, el) => {
        const text = $(el).text().replace(/\s+/g, ' ').trim().toLowerCase();
        if (text === '' && !$(el).attr('aria-label')) vague.push(`${file}: empty link ${$(el).attr('href')}`);
        if (/^(klik hier|hier|lees meer|meer informatie|meer info)\.?$/.test(text)) vague.push(`${file}: "${text}"`);
      });
    }
    expect(vague).toEqual([]);
  });
});
