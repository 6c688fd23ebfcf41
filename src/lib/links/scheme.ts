/**
 * How a browser reads the start of an address: one place for the content check's rules on links,
 * the SVG check and the build's warning about a local address.
 */

/**
 * The scheme of an address, in lower case ("javascript" for "java\tscript:alert(1)"); undefined for
 * one without. A browser drops spaces and control characters before the scheme, and tabs and line
 * breaks anywhere; dropping all of them everywhere is, if anything, stricter.
 */
export function schemeOf(address: string): string | undefined {
  const read = [...address].filter((character) => character > ' ' && character !== '\u007f').join('');
  return /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
}

/** Schemes whose address runs code when it is followed. */
export const codeSchemes: readonly string[] = ['javascript', 'vbscript'];

/** A host name of the computer itself: `npm run dev`, a preview, a build without SITE_URL. */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^(127\.|0\.0\.0\.0$|\[::1?\]$)/.test(hostname);
}
