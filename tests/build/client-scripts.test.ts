import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builds } from '../support/builds.ts';

/**
 * The site's own scripts are a few small custom elements (theme, search loader, comparison). Code
 * that belongs to the build (the schemas, zod) must never end up in them: it would weigh on every
 * visit, and zod probes `new Function`, which the Content Security Policy refuses.
 */
describe('the scripts the site ships', () => {
  const dir = path.join(builds.sub.dir, '_astro');
  const scripts = fs.readdirSync(dir).filter((file) => file.endsWith('.js'));

  it('are each under 8 kB gzip', () => {
    const large = scripts
      .map((file) => ({ file, bytes: zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length }))
      .filter(({ bytes }) => bytes > 8_000);
    expect(scripts.length).toBeGreaterThan(2);
    expect(large).toEqual([]);
  });

  it('hold no schema code', () => {
    const withSchemas = scripts.filter((file) =>
      /\bZodError\b|new Function\(/.test(fs.readFileSync(path.join(dir, file), 'utf8')),
    );
    expect(withSchemas).toEqual([]);
  });
});
