import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFolder, decapFolder } from '../lib/cms/admin-path.ts';
import { normaliseBase } from '../lib/base-path.ts';

const require = createRequire(import.meta.url);

/**
 * The files of Decap CMS's browser bundle (the npm package `decap-cms`) the editor loads: the bundle,
 * the chunks it loads later from beside itself, its WebAssembly and its licence notice. Not the
 * source maps, nor `cms.js`, a second copy of the same bundle under another name.
 */
export function decapFiles(): { dir: string; files: string[] } {
  const dir = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const files = fs
    .readdirSync(dir)
    .filter((file) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(file))
    .sort();
  return { dir, files };
}

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves Decap CMS from the site itself, never from a CDN: the build copies its files to
 * /admin/decap/, and `astro dev` serves them from node_modules at the same address.
 */
export function decapCms(): AstroIntegration {
  let base = '/';
  return {
    name: 'kennisbank:decap-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        const { dir, files } = decapFiles();
        const prefix = `${base}${adminFolder}/${decapFolder}/`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          const file = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
          if (!file || !files.includes(file)) return next();
          response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
          fs.createReadStream(path.join(dir, file)).pipe(response);
        });
      },
      'astro:build:done': ({ dir: out, logger }) => {
        const { dir, files } = decapFiles();
        const target = path.join(fileURLToPath(out), adminFolder, decapFolder);
        fs.mkdirSync(target, { recursive: true });
        for (const file of files) fs.copyFileSync(path.join(dir, file), path.join(target, file));
        logger.info(`Decap CMS gekopieerd naar ${adminFolder}/${decapFolder}/ (${files.length} bestanden).`);
      },
    },
  };
}
