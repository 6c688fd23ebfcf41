import path from 'node:path';

/**
 * The folder the site's content is read from. `CONTENT_DIR` lets the benchmark and the content-check
 * fixtures build from another folder; everyone else uses `content/` at the project root.
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}
