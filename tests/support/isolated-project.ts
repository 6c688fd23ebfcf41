import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './builds.ts';

/** What a build needs from the project, besides node_modules. */
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A copy of the project in a temporary folder, to build with other content while other tests build
 * too. Astro keeps its content cache per project (`.astro/`, `node_modules/.astro/`) and keys it by
 * entry id, not by folder: two builds of different content in one project overwrite each other's
 * cache, and a cached .mdx entry can point at a temporary file that is gone. node_modules is linked
 * package by package, so the cache folders inside it stay private to the copy.
 */
export function isolatedProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-project-'));
  for (const name of projectFiles) fs.cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  return dir;
}
