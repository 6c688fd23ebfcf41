import type { AstroIntegration } from 'astro';
import { checkContent, formatIssues, skippedChecks } from '../lib/content-check';

/**
 * Runs the content check before Astro reads any content, and stops the build on an error.
 * Astro itself only warns about a reference to a missing entry, and names fields and files in a
 * way editors cannot act on.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL(config.root).pathname;
        const skip = skippedChecks();
        if (skip.length > 0) logger.warn(`De controle laat weg (CONTENT_CHECK_SKIP): ${skip.join(', ')}.`);
        const { errors, warnings } = checkContent({ root, skip });
        if (warnings.length > 0) logger.warn(`\n${formatIssues(warnings)}`);
        if (errors.length > 0) {
          throw new Error(
            `De inhoud heeft ${errors.length} fout(en). Herstel ze en probeer opnieuw:\n\n${formatIssues(errors)}\n`,
          );
        }
      },
    },
  };
}
