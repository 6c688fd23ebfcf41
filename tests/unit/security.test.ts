import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminHeaders,
  adminPolicy,
  hashedAssetHeaders,
  headerPolicy,
  headerRules,
  headersFile,
  headersFor,
  metaPolicy,
  parseHeadersFile,
  policy,
  ruleMatches,
  securityHeaders,
} from '../../src/lib/security/csp.ts';
import { effectiveTheme, isTheme, themeStorageKey } from '../../src/lib/theme.ts';
import { root } from '../support/builds.ts';

/** A policy string as a map of directive → sources. */
function directives(serialised: string): Map<string, string[]> {
  return new Map(
    serialised.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content Security Policy', () => {
  it('allows no inline script, no eval and nothing from another origin', () => {
    const all = Object.values(policy).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-hashes'");
    for (const source of all)
      expect(source, 'only keywords, no hosts or schemes such as https: or data:').toMatch(/^'[a-z-]+'$|^blob:$/);
    const parsed = directives(headerPolicy);
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' lets Pagefind compile WebAssembly; eval() itself stays blocked.
    expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(parsed.get('worker-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves out of the <meta> policy what a browser ignores there, and nothing else', () => {
    const meta = directives(metaPolicy);
    const header = directives(headerPolicy);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});

describe("the editor's policy (/admin/)", () => {
  const admin = adminPolicy({ connect: ['http://localhost:8081', 'https://api.github.com'], images: [] });

  it('allows what Decap needs and nothing from elsewhere but the servers it talks to', () => {
    expect(admin['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(admin['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(admin['connect-src']).toEqual(["'self'", 'blob:', 'http://localhost:8081', 'https://api.github.com']);
    expect(admin['img-src']).toEqual(["'self'", 'blob:']);
    expect(admin['frame-ancestors']).toEqual(["'none'"]);
    expect(admin['object-src']).toEqual(["'none'"]);
  });

  it("is not the site's: the site's policy keeps its own sources", () => {
    expect(headerPolicy).not.toContain("'unsafe-eval'");
    expect(headerPolicy).not.toContain("'unsafe-inline'");
    expect(adminHeaders(admin)['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(adminHeaders(admin)['X-Robots-Tag']).toBe('noindex');
  });
});

describe('_headers', () => {
  const admin = { folder: 'admin', headers: adminHeaders(adminPolicy({ connect: [], images: [] })) };
  const folders = [admin, { folder: '_astro', headers: hashedAssetHeaders }];
  const entries = [
    { name: 'admin', folder: true },
    { name: 'plannen', folder: true },
    { name: '_astro', folder: true },
    { name: 'index.html', folder: false },
    { name: 'favicon.svg', folder: false },
  ];
  const paths = [
    '/',
    '/index.html',
    '/favicon.svg',
    '/plannen/',
    '/plannen/regie/',
    '/_astro/a.js',
    '/admin/',
    '/admin/decap/decap-cms.js',
  ];

  it.each(['/', '/jeugd/'])(
    'gives every path of a build under %s exactly one policy: the editor its own, hashed assets a long cache',
    (base) => {
      const rules = parseHeadersFile(headersFile(headerRules(base, entries, folders)));
      for (const sitePath of paths) {
        const headers = headersFor(rules, `${base}${sitePath.slice(1)}`);
        const expected = sitePath.startsWith('/admin/')
          ? admin.headers
          : sitePath.startsWith('/_astro/')
            ? hashedAssetHeaders
            : securityHeaders;
        expect(headers, sitePath).toEqual(expected);
      }
    },
  );

  it("keeps the hashed assets' headers the site's, with only a cache policy added", () => {
    const { 'Cache-Control': cache, ...rest } = hashedAssetHeaders;
    expect(rest).toEqual(securityHeaders);
    expect(cache).toBe('public, max-age=31536000, immutable');
    expect(securityHeaders['Cache-Control']).toBeUndefined();
  });

  it('reads back what it writes', () => {
    const rules = headerRules('/', entries, folders);
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('joins the headers of overlapping rules, as Cloudflare Pages does: the reason rules must not overlap', () => {
    const overlapping = parseHeadersFile(
      headersFile([
        { path: '/*', headers: securityHeaders },
        { path: '/admin/*', headers: admin.headers },
      ]),
    );
    const csp = headersFor(overlapping, '/admin/')['Content-Security-Policy']!;
    expect(csp).toBe(`${headerPolicy}, ${admin.headers['Content-Security-Policy']}`);
  });

  it('matches paths as the hosts do: * anything, :name one segment', () => {
    expect(ruleMatches('/plannen/*', '/plannen/')).toBe(true);
    expect(ruleMatches('/plannen/*', '/plannen/regie/')).toBe(true);
    expect(ruleMatches('/plannen/*', '/plannenx/')).toBe(false);
    expect(ruleMatches('/', '/index.html')).toBe(false);
    expect(ruleMatches('/:page/', '/zoeken/')).toBe(true);
    expect(ruleMatches('/:page/', '/a/b/')).toBe(false);
    expect(ruleMatches('/sitemap-0.xml', '/sitemap-0xxml')).toBe(false);
  });
});

describe('the theme choice', () => {
  it('is read by public/theme-init.js under the key the toggle writes', () => {
    const init = fs.readFileSync(path.join(root, 'public/theme-init.js'), 'utf8');
    expect(init).toContain(`getItem('${themeStorageKey}')`);
    expect(init).not.toMatch(/document\.cookie/);
  });

  it('is the stored one when valid, otherwise the system setting', () => {
    expect(effectiveTheme('dark', false)).toBe('dark');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme('purple', false)).toBe('light');
    expect(isTheme('dark')).toBe(true);
    expect(isTheme('<script>')).toBe(false);
  });
});
