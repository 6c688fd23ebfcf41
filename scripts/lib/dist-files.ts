import fs from 'node:fs';
import path from 'node:path';

/** The file a URL path resolves to in a build, the way a static host resolves it; undefined if none. */
export function fileFor(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find(
    (candidate) => fs.existsSync(path.join(dir, candidate)) && fs.statSync(path.join(dir, candidate)).isFile(),
  );
}
