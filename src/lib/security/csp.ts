/**
 * The site's Content Security Policy and the other security headers, in one place. The page
 * layout writes the policy into a <meta> element (so it holds on any host), and the build writes
 * `_headers` with the same policy as a real header for hosts that read that file (Netlify,
 * Cloudflare Pages). The editor at /admin/ has a policy of its own (adminPolicy, below).
 *
 * Everything the site loads is its own: scripts and styles are external files from its own
 * origin, so the policy needs no 'unsafe-inline', no hashes and no 'unsafe-eval'. The one
 * allowance is 'wasm-unsafe-eval', which lets Pagefind compile its WebAssembly search (and
 * nothing else: eval() and new Function() stay blocked).
 */

export type Directive =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'manifest-src'
  | 'media-src'
  | 'frame-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

export type Policy = Readonly<Partial<Record<Directive, readonly string[]>>>;

export const policy: Policy = {
  'default-src': ["'self'"],
  // Pagefind's search runs as WebAssembly, which a policy with script-src must allow by name.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Pagefind searches in a worker loaded from its own file (pagefind-worker.js); no blob: needed.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores in a <meta> policy (CSP Level 3, §4.2): header only. */
const headerOnly: readonly Directive[] = ['frame-ancestors'];

export function serialise(p: Policy, omit: readonly Directive[] = []): string {
  return Object.entries(p)
    .filter(([name]) => !omit.includes(name as Directive))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as the layout writes it into `<meta http-equiv="Content-Security-Policy">`. */
export const metaPolicy = serialise(policy, headerOnly);

/** The full policy, as an HTTP header. */
export const headerPolicy = serialise(policy);

/** No page needs to tell another site where the visitor came from. */
export const referrerPolicy = 'no-referrer';

/** Powerful browser features the site never uses, switched off for it and anything it could embed. */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': referrerPolicy,
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Older browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * The editor's policy (/admin/, Decap CMS), looser than the site's where Decap needs it and nowhere
 * else; it applies to the editor's page only (`_headers` below never gives a path both policies,
 * because a browser enforces every policy it receives, and the stricter one would break the editor).
 */
export function adminPolicy(origins: { connect: readonly string[]; images: readonly string[] }): Policy {
  return {
    'default-src': ["'self'"],
    // Decap checks its configuration with Ajv, which compiles its validators with new Function().
    'script-src': ["'self'", "'unsafe-eval'"],
    // Decap styles its interface with Emotion, which writes <style> elements while it renders.
    'style-src': ["'self'", "'unsafe-inline'"],
    // The media library shows images as blob: URLs; `images`: the avatar of the person logged in.
    'img-src': ["'self'", 'blob:', ...origins.images],
    'font-src': ["'self'"],
    // The local server or the online backend's API; blob: for the copy of a draft Decap keeps while editing.
    'connect-src': ["'self'", 'blob:', ...origins.connect],
    'worker-src': ["'none'"],
    'manifest-src': ["'none'"],
    'media-src': ["'none'"],
    // The preview pane is an iframe with srcdoc, which frame-src does not govern; nothing else is framed.
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The editor's headers: its own policy, no indexing, and a login window that can report back. */
export function adminHeaders(p: Policy): Readonly<Record<string, string>> {
  return {
    ...securityHeaders,
    'Content-Security-Policy': serialise(p),
    // Decap's GitHub login opens the auth endpoint in a window that hands the token back to this page.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex',
  };
}

/** A policy as the editor's page writes it into its <meta> element. */
export function metaPolicyOf(p: Policy): string {
  return serialise(p, headerOnly);
}

/** One block of `_headers`: a path pattern and the headers for every URL it matches. */
export interface HeaderRule {
  path: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The site's headers for the folder of Astro's built assets (`build.assets`, `_astro/`), plus a
 * cache policy: Astro names every file there after a hash of its content, so a changed file gets a
 * new name and a browser may keep one a year without asking again. Without it a visitor's browser
 * asked for every style sheet, script and icon again on every page ("has it changed?").
 */
export const hashedAssetHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/** A top-level folder of the build with headers of its own (the editor's, the hashed assets'). */
export interface FolderHeaders {
  folder: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The rules for a build, one per top-level file or folder of its output (and one for the home page),
 * so that no two rules match one path: Cloudflare Pages gives a URL the headers of every rule it
 * matches and joins two Content-Security-Policy values with a comma, and a browser enforces both.
 * A folder in `folders` gets its own headers (the editor's, the hashed assets'), everything else the
 * site's. A path outside the build (a 404) gets no header; its page still carries the site's policy
 * in a <meta>.
 */
export function headerRules(
  base: string,
  entries: readonly { name: string; folder: boolean }[],
  folders: readonly FolderHeaders[],
): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: base, headers: securityHeaders }];
  for (const { name, folder } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const headers = (folder && folders.find((f) => f.folder === name)?.headers) || securityHeaders;
    rules.push({ path: folder ? `${base}${name}/*` : `${base}${name}`, headers });
  }
  return rules;
}

/**
 * `_headers` in the format of Netlify and Cloudflare Pages: a path pattern, then indented
 * `Name: value` lines. Those hosts read it from the root of the published folder only.
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.flatMap(({ path, headers }) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ]);
  return [
    '# Written by the build (src/integrations/security-headers.ts) from src/lib/security/csp.ts; do not edit.',
    '# One rule per top-level file or folder, none overlapping: every path gets exactly one policy.',
    ...blocks,
    '',
  ].join('\n');
}

/** Reads a `_headers` file back into its rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (match && rules.length > 0) rules.at(-1)!.headers[match[1]!] = match[2]!;
  }
  return rules;
}

/** Whether a rule's path pattern matches a URL path: `*` matches anything (slashes too), `:name` one segment. */
export function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers a host that reads `_headers` sends for a URL path, the way Cloudflare Pages does it:
 * the headers of every rule that matches, two values of one header joined with a comma.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}
