import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headerPolicy,
  headersFile,
  metaPolicy,
  parseHeadersFile,
  policy,
  securityHeaders,
} from '../../src/lib/security/csp';
import { effectiveTheme, isTheme, themeStorageKey } from '../../src/lib/theme';
import { root } from '../support/builds';

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

describe('public/_headers', () => {
  const file = fs.readFileSync(path.join(root, 'public/_headers'), 'utf8');

  it('is what `npm run headers` writes from src/lib/security/csp.ts (run it after changing the policy)', () => {
    expect(file).toBe(headersFile());
  });

  it('sets the policy and the other security headers for every path', () => {
    const headers = parseHeadersFile(file);
    expect(headers).toEqual(securityHeaders);
    expect(headers['Content-Security-Policy']).toBe(headerPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    for (const feature of ['camera', 'geolocation', 'microphone', 'browsing-topics']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
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
