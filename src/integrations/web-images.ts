import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/base-path.ts';
import { mediaFolder, publicFolder } from '../lib/image-folder.ts';
import {
  fitImageForWeb,
  maxImageWidth,
  narrowCopyOf,
  narrowFileOf,
  narrowImageWidth,
  UnreadableImage,
  type FittedImage,
} from '../lib/web-image.ts';

/** A file size as people read it: "27 kB", "4,2 MB". */
const fileSize = (bytes: number) =>
  bytes < 1_000_000
    ? `${Math.max(1, Math.round(bytes / 1000))} kB`
    : `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

/**
 * Fits the images of the media folder in the finished build for the web (src/lib/web-image.ts): the
 * copy Astro made of public/, so the pages, the feed and the newsletter's e-mail all get the fitted
 * file at the address the editor wrote. A file that is no readable image stops the build, with every
 * such file named at once.
 */
export function webImages(): AstroIntegration {
  let cacheDir: string | undefined;
  let base = '/';
  let publicDir = '';
  return {
    name: 'kennisbank:web-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Beside Astro's own cache: a photo fitted once is copied in later builds, not encoded again.
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'web-images');
        base = normaliseBase(config.base);
        publicDir = fileURLToPath(config.publicDir);
      },
      // The pages offer each wide photo's narrow copy (hast-image-sizes.ts): `astro dev` makes it on
      // request, as the build writes it, so a page looks the same in both.
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${publicFolder.slice(1)}/${narrowFileOf('')}`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          narrowCopyOf(publicDir, pathname.slice(prefix.length)).then((copy) => {
            if (!copy) return next();
            response.writeHead(200, { 'content-type': copy.type });
            response.end(copy.bytes);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const folder = path.join(fileURLToPath(dir), publicFolder);
        if (!fs.existsSync(folder)) {
          if (cacheDir) fs.rmSync(cacheDir, { recursive: true, force: true });
          return;
        }
        const files = fs
          .readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
          .sort();
        const fitted: FittedImage[] = [];
        const unreadable: string[] = [];
        // The build's own folder for the narrow copies: an editor's files there would be overwritten.
        const ownFolder = narrowFileOf('');
        const inOwnFolder = files.filter((file) => file.startsWith(ownFolder));
        if (inOwnFolder.length > 0)
          unreadable.push(
            `${mediaFolder}/${ownFolder} is de map waarin de site zelf de kopieën voor telefoons zet, maar er staan al ` +
              `bestanden in (${inOwnFolder.map((file) => file.slice(ownFolder.length)).join(', ')}). Zet ze in een map met een andere naam en pas de adressen in de teksten aan.`,
          );
        for (const file of files.filter((name) => !name.startsWith(ownFolder))) {
          try {
            const done = await fitImageForWeb(fileURLToPath(dir), file, cacheDir);
            if (done) fitted.push(done);
          } catch (error) {
            if (!(error instanceof UnreadableImage)) throw error;
            unreadable.push(error.message);
          }
        }
        if (unreadable.length > 0) {
          const error = new Error(
            `De site kan niet alle afbeeldingen tonen:\n\n${unreadable.map((m) => `- ${m}`).join('\n')}\n`,
          );
          // Without a stack, Astro prints the message alone (as the content check's errors).
          error.stack = '';
          throw error;
        }
        // The cache keeps only what this build used: a photo replaced or removed leaves nothing behind.
        if (cacheDir && fs.existsSync(cacheDir)) {
          const used = new Set(fitted.flatMap((image) => image.cached));
          // Only finished photos (<hash>.<type>, <hash>-<width>.<type>): one another build is still writing
          // ends in its process id.
          for (const name of fs.readdirSync(cacheDir))
            if (/^[0-9a-f]{64}(-\d+)?\.[a-z]+$/.test(name) && !used.has(path.join(cacheDir, name)))
              fs.rmSync(path.join(cacheDir, name), { force: true });
        }
        if (fitted.length === 0) return;
        const before = fitted.reduce((sum, image) => sum + image.bytesBefore, 0);
        const after = fitted.reduce((sum, image) => sum + image.bytesAfter, 0);
        const resized = fitted.filter((image) => image.resized).length;
        const cameraData = fitted.filter((image) => image.cameraData).length;
        const narrow = fitted.filter((image) => image.narrow).length;
        logger.info(
          `Afbeeldingen geschikt gemaakt voor het web: ${fitted.length} (${fileSize(before)} werd ${fileSize(after)}); ` +
            `${resized} verkleind tot ${maxImageWidth} pixels breed, uit ${cameraData} de gegevens van de camera (zoals de plaats) gehaald, ` +
            `${narrow} met een kopie van ${narrowImageWidth} pixels breed voor telefoons.`,
        );
      },
    },
  };
}
