import type { AstroIntegration } from 'astro';
import { isLocalHost } from '../lib/links/scheme.ts';

/**
 * A build for the web whose address is still the local one (no SITE_URL): the feeds, the sitemap, the
 * e-mail's links, the canonical addresses and the accessibility statement would all point to
 * localhost. Only a warning: tests and previews build that way on purpose.
 */
export function siteAddress(): AstroIntegration {
  let local: string | undefined;
  return {
    name: 'kennisbank:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        const site = config.site ?? 'http://localhost:4321';
        local = isLocalHost(new URL(site).hostname) ? site : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!local) return;
        logger.warn(
          `Deze build heeft als adres ${local}: de feeds, de sitemap, de links in de e-mail en de verklaringen wijzen dan naar deze computer. Zet voor de echte site SITE_URL, bijvoorbeeld SITE_URL=https://example.org npm run build.`,
        );
      },
    },
  };
}
