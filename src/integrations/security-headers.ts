import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFolder } from '../lib/cms/admin-path.ts';
import { adminPolicyFromEnv } from '../lib/cms/admin-policy.ts';
import { adminHeaders, hashedAssetHeaders, headerRules, headersFile } from '../lib/security/csp.ts';
import { normaliseBase } from '../lib/base-path.ts';

/**
 * Writes `_headers` into the finished build: the site's headers for each of its top-level files and
 * folders, the editor's for /admin/, and for Astro's hashed assets the site's with a long cache.
 * Written from the output itself, so a new folder is never left without headers; run it after
 * every integration that adds files.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  let assetsFolder = '';
  return {
    name: 'kennisbank:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        assetsFolder = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = fs
          .readdirSync(out, { withFileTypes: true })
          .filter((entry) => entry.name !== '_headers')
          .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const rules = headerRules(base, entries, [
          { folder: adminFolder, headers: adminHeaders(adminPolicyFromEnv(process.env)) },
          { folder: assetsFolder, headers: hashedAssetHeaders },
        ]);
        fs.writeFileSync(path.join(out, '_headers'), headersFile(rules));
        logger.info(`_headers geschreven: ${rules.length} regels, één beleid per pad.`);
      },
    },
  };
}
