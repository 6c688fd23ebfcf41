import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileFor } from './dist-files.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/security/csp.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  // The newsletter's e-mail draft: browsers download it, mail programs open it as a message.
  '.eml': 'message/rfc822',
};

type Headers = Readonly<Record<string, string>>;

/** The headers of a build's own `_headers` per path, as Netlify and Cloudflare Pages send them. */
export function headersFromFile(dir: string): (pathname: string) => Headers {
  const rules = parseHeadersFile(fs.readFileSync(path.join(dir, '_headers'), 'utf8'));
  return (pathname) => headersFor(rules, pathname);
}

/**
 * The host's own headers with the site's over them, names compared without case: a cache policy of
 * the site's own (`Cache-Control` in `_headers`) replaces the host's, as it does on such a host.
 */
function merge(host: Headers, site: Headers = {}): Record<string, string> {
  const merged: Record<string, string> = { ...host };
  for (const [name, value] of Object.entries(site)) {
    for (const key of Object.keys(merged)) if (key.toLowerCase() === name.toLowerCase()) delete merged[key];
    merged[name] = value;
  }
  return merged;
}

/**
 * Serves a build the way a plain static host does, under its base path, on a free loopback port.
 * `headers` are sent with a response (the same for every path, or per path), as a host that reads
 * `_headers` would.
 */
export async function serve(
  dir: string,
  base: string,
  options: { headers?: Headers | ((pathname: string) => Headers) } = {},
): Promise<{ origin: string; url: (p?: string) => string; close: () => Promise<void> }> {
  // Files read once and kept while unchanged: a test run loads the same scripts, styles and index
  // files for every page, and opening, reading and closing each again cost the test workers seconds.
  const files = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();
  const contents = (file: string, stat: fs.Stats): Buffer => {
    const kept = files.get(file);
    if (kept && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs) return kept.body;
    const body = fs.readFileSync(file);
    files.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, body });
    return body;
  };
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const headers = typeof options.headers === 'function' ? options.headers(pathname) : options.headers;
    const file = fileFor(dir, base, pathname);
    if (!file && !pathname.endsWith('/') && fileFor(dir, base, `${pathname}/`)) {
      response.writeHead(301, { ...headers, location: `${pathname}/` }).end();
      return;
    }
    const served = file ?? '404.html';
    const status = file ? 200 : 404;
    // Like a plain static host: a validator with every file, so a browser keeps what it fetched and
    // asks again each time ("no-cache"), and gets 304 when the file is unchanged.
    const full = path.join(dir, served);
    const stat = fs.statSync(full);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const validators = { etag, 'last-modified': stat.mtime.toUTCString(), 'cache-control': 'no-cache' };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, merge(validators, headers)).end();
      return;
    }
    const body = contents(full, stat);
    response.writeHead(status, {
      ...merge(status === 200 ? validators : {}, headers),
      'content-type': types[path.extname(served)] ?? 'application/octet-stream',
      'content-length': body.length,
    });
    // Node sends no body in answer to HEAD.
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p = '') => `${origin}${base}${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
