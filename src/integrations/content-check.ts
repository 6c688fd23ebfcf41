import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  checkContentInBackground,
  pendingCheck,
  setPendingCheck,
  type BackgroundCheckReport,
} from '../lib/content-check/background.ts';
import { contentDir } from '../lib/content-dir.ts';
import { countOf } from '../lib/counts.ts';

/**
 * Runs the content check when Astro starts, and stops the build on an error before any content is
 * read (src/lib/content-loader.ts waits for it) or rendered. Astro itself only warns about a
 * reference to a missing entry, and names fields and files in a way editors cannot act on.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, isRestart }) => {
        // Preview serves a finished build: nothing is read or rendered.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const outcome = checkContentInBackground({
          root,
          dir: contentDir(root),
          skipSetting: process.env.CONTENT_CHECK_SKIP ?? '',
        }).then((report) => reportOutcome(report, logger));
        // `astro dev` restarts after a change to its config without reading the content again, so no
        // loader would wait for this check: it reports here, and a refusal keeps the previous config
        // running, as Astro does with any error at a restart.
        if (isRestart) return outcome;
        setPendingCheck(outcome);
      },
      'astro:build:start': () => pendingCheck(),
    },
  };
}

/** Logs what was left out and the warnings; throws the errors, in the words editors act on. */
export function reportOutcome(
  { skipped, errorCount, errors, warnings }: BackgroundCheckReport,
  logger: Pick<AstroIntegrationLogger, 'warn'>,
): void {
  if (skipped.length > 0) logger.warn(`De controle laat weg (CONTENT_CHECK_SKIP): ${skipped.join(', ')}.`);
  if (warnings) logger.warn(`\n${warnings}`);
  if (errorCount > 0) {
    throw new Error(
      `De inhoud heeft ${countOf(errorCount, 'fout', 'fouten')}. Herstel ${errorCount === 1 ? 'die' : 'ze'} en probeer opnieuw:\n\n${errors}\n`,
    );
  }
}
