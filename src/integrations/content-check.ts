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
import { watchContent, type FileWatcher } from '../lib/content-check/watch.ts';

/**
 * Runs the content check when Astro starts, and stops the build on an error before the content sync
 * ends (src/lib/content-loader.ts waits for it) and before anything is rendered. Astro itself only warns about a
 * reference to a missing entry, and names fields and files in a way editors cannot act on. In
 * `astro dev` the check runs again after every change to the content, and reports without stopping.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  const check = () =>
    checkContentInBackground({ root, dir: contentDir(root), skipSetting: process.env.CONTENT_CHECK_SKIP ?? '' });
  return {
    name: 'kennisbank:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, isRestart }) => {
        // Preview serves a finished build: nothing is read or rendered.
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const outcome = check().then((report) => reportOutcome(report, logger));
        // `astro dev` restarts after a change to its config without reading the content again, so no
        // loader would wait for this check: it reports here, and a refusal keeps the previous config
        // running, as Astro does with any error at a restart.
        if (isRestart) return outcome;
        setPendingCheck(outcome);
      },
      'astro:build:start': () => pendingCheck(),
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir(root);
        server.watcher.add(dir);
        recheckOnChange(server.watcher, dir, check, logger);
      },
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
    const error = new Error(
      `De inhoud heeft ${countOf(errorCount, 'fout', 'fouten')}. Herstel ${errorCount === 1 ? 'die' : 'ze'} en probeer opnieuw:\n\n${errors}\n`,
    );
    // Without a stack, Astro prints the message alone: a trace through this file would only puzzle an editor.
    error.stack = '';
    throw error;
  }
}

/**
 * In `astro dev`: the check again after the content changes (see watchContent). Errors are logged,
 * not thrown: the server keeps running, and says so when the content is in order again.
 */
export function recheckOnChange(
  watcher: FileWatcher,
  dir: string,
  check: () => Promise<BackgroundCheckReport>,
  logger: Pick<AstroIntegrationLogger, 'warn' | 'error' | 'info'>,
  delayMs?: number,
) {
  let hadErrors = false;
  return watchContent({
    watcher,
    dir,
    check,
    delayMs,
    report: (report) => {
      try {
        reportOutcome(report, logger);
        if (hadErrors) logger.info('De inhoud is weer in orde.');
        hadErrors = false;
      } catch (error) {
        hadErrors = true;
        logger.error(error instanceof Error ? error.message : String(error));
      }
    },
    failed: (error) =>
      logger.error(`De inhoudscontrole liep vast: ${error instanceof Error ? error.message : String(error)}`),
  });
}
