import type { AstroIntegration } from 'astro';
import { checkContentInBackground, pendingCheck, setPendingCheck } from '../lib/content-check/background';

/**
 * Runs the content check when Astro starts, and stops the build on an error before any content is
 * read (src/lib/content-loader.ts waits for it) or rendered. Astro itself only warns about a
 * reference to a missing entry, and names fields and files in a way editors cannot act on.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL(config.root).pathname;
        const check = checkContentInBackground({ root, skipSetting: process.env.CONTENT_CHECK_SKIP ?? '' });
        setPendingCheck(
          check.then(({ skipped, errorCount, errors, warnings }) => {
            if (skipped.length > 0) logger.warn(`De controle laat weg (CONTENT_CHECK_SKIP): ${skipped.join(', ')}.`);
            if (warnings) logger.warn(`\n${warnings}`);
            if (errorCount > 0) {
              throw new Error(`De inhoud heeft ${errorCount} fout(en). Herstel ze en probeer opnieuw:\n\n${errors}\n`);
            }
          }),
        );
      },
      'astro:build:start': () => pendingCheck(),
    },
  };
}
