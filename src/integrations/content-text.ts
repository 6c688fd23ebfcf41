import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { normaliseContentText } from '../lib/content-text.ts';

/**
 * Astro's loader hands Markdown and YAML to their parsers as the content check reads them
 * (src/lib/content-loader.ts), but an MDX body is compiled later, by Vite, from the file on disk.
 * This gives Vite the same text: no byte-order mark, \n line endings, accents composed (NFC), so
 * an MDX edition written on a Mac renders, and is matched by the glossary, like any other.
 */
function mdxContentText() {
  return {
    name: 'kennisbank:mdx-content-text',
    enforce: 'pre' as const,
    load(id: string) {
      // Only the file itself: an id with a query is another plugin's module made from it.
      if (!id.endsWith('.mdx') || !fs.existsSync(id)) return null;
      return normaliseContentText(fs.readFileSync(id, 'utf8'));
    },
  };
}

/** Reads every content file as the content check does, also where Vite reads it instead of Astro's loader. */
export function contentText(): AstroIntegration {
  return {
    name: 'kennisbank:content-text',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [mdxContentText()] } });
      },
    },
  };
}
