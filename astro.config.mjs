// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentText } from './src/integrations/content-text.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { noDependencyOptimizer } from './src/integrations/no-dependency-optimizer.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { webImages } from './src/integrations/web-images.ts';
import { adminPath } from './src/lib/cms/admin-path.ts';
import { isMovedPage } from './src/lib/moved-pages.ts';
import { stripBase } from './src/lib/navigation.ts';
import { normaliseBase } from './src/lib/base-path.ts';
import { hastDropComments } from './src/lib/markdown/hast-drop-comments.ts';
import { hastBaseLinks } from './src/lib/markdown/hast-base-links.ts';
import { hastImageSizes } from './src/lib/markdown/hast-image-sizes.ts';
import { hastPrintAddresses } from './src/lib/markdown/hast-print-addresses.ts';
import { hastTableAlign } from './src/lib/markdown/hast-table-align.ts';
import { hastTableScroll } from './src/lib/markdown/hast-table-scroll.ts';
import { mdastGlossary } from './src/lib/markdown/mdast-glossary.ts';
import { markdownFeatures } from './src/lib/markdown/features.ts';
import { loadGlossaryTerms } from './src/lib/glossary/load.ts';
import { contentDir } from './src/lib/content-dir.ts';

// Where the site is published. Both come from the environment so one build can go to any host,
// under a sub-path too: BASE_PATH=/jeugd/ SITE_URL=https://example.org npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);

// Neither the editor (/admin/) nor a folder's page that only sends the visitor on (src/lib/moved-pages.ts).
const inSitemap = (/** @type {string} */ pathname) =>
  !pathname.startsWith(adminPath(base)) && !isMovedPage(stripBase(pathname, base));

// The glossary is read once, when the config loads: a new or changed term needs a restart of `astro dev`.
const glossaryTerms = loadGlossaryTerms(contentDir());

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's cache of the content between builds. Two builds with other settings that run at the same
  // time in one checkout (the tests do, beside `astro check`) each need their own: the second would
  // otherwise render from what the first just wrote. (Both still write the same generated types to
  // .astro/; that is harmless only while they build the same content.)
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Styles always as files: the CSP (src/lib/security/csp.ts) allows no inline <style>.
    inlineStylesheets: 'never',
    // Four pages at a time: rendering one at a time leaves the main thread idle about half the time,
    // waiting for files to be written (measured with --cpu-prof at 1,000 pages; 20-25% less time).
    concurrency: 4,
  },
  // Sätteri parses Markdown in Rust, with GFM and smart punctuation built in. @astrojs/mdx follows
  // markdown.processor, so .mdx pages get the same plugins: no list of their own to keep in step.
  markdown: {
    processor: satteri({
      features: markdownFeatures,
      mdastPlugins: [mdastGlossary({ terms: glossaryTerms, base })],
      // In this order: the printed address and the image's file are found from the address with the base in it.
      hastPlugins: [
        hastDropComments(),
        hastBaseLinks({ base }),
        hastPrintAddresses({ site }),
        hastImageSizes({ base, publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }),
        hastTableAlign(),
        hastTableScroll(),
      ],
    }),
  },
  // The media folder's images are fitted for the web in the finished build (webImages). Pagefind after
  // every page is written: it indexes the finished pages. `_headers` last: it gives
  // every top-level file and folder of the finished build its headers. The editor (/admin/) is no
  // page of the site: not in the sitemap, and not in the index (it has no data-pagefind-body).
  integrations: [
    noDependencyOptimizer(),
    siteAddress(),
    contentCheck(),
    contentText(),
    mdx(),
    sitemap({ filter: (page) => inSitemap(new URL(page).pathname) }),
    decapCms(),
    webImages(),
    pagefindIndex(),
    securityHeaders(),
  ],
  vite: {
    build: {
      // Every asset is a file of its own, never inlined however small: the Content Security Policy
      // (src/lib/security/csp.ts) allows no inline <script> and no data: images.
      assetsInlineLimit: 0,
    },
  },
});
