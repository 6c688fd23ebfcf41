// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { normaliseBase } from './src/lib/base-path.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { rehypePrintAddresses } from './src/lib/markdown/rehype-print-addresses.ts';

// Where the site is published. Both come from the environment so one build can go to any host,
// under a sub-path too: BASE_PATH=/jeugd/ SITE_URL=https://example.org npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeBaseLinks, { base }], [rehypePrintAddresses, { site }]],
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap()],
});
