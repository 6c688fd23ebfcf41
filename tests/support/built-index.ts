import fs from 'node:fs';
import path from 'node:path';
import { createSiteIndex, type PageInfo, type SiteIndex } from '../../src/lib/links/site-index.ts';
import { load } from './dist.ts';

/**
 * The index of a built site, by the same rule the content check uses (src/lib/links/site-index.ts):
 * every file is a page at its site path (without base), and an HTML page's ids are its anchors.
 */
export function builtSiteIndex(dir: string): SiteIndex & { anchorsOf(sitePath: string): ReadonlySet<string> } {
  const pages = new Map<string, PageInfo>();
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  for (const file of files) {
    const sitePath = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    if (!file.endsWith('.html')) {
      pages.set(sitePath, {});
      continue;
    }
    const $ = load(dir, file);
    pages.set(sitePath, {
      anchors: new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ),
    });
  }
  const index = createSiteIndex(pages);
  return { ...index, anchorsOf: (sitePath) => pages.get(sitePath)?.anchors ?? new Set() };
}
