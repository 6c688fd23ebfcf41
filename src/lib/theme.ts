/**
 * The visitor's choice of colour scheme. It lives in their own browser's localStorage, never in a
 * cookie, and is applied before first paint by `public/theme-init.js` (a plain file, because the
 * CSP allows no inline script; a test checks it uses the same key).
 */
export const themeStorageKey = 'kennisbank-thema';

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** The theme shown: the stored choice if there is one, otherwise the system setting. */
export function effectiveTheme(stored: unknown, systemPrefersDark: boolean): Theme {
  if (isTheme(stored)) return stored;
  return systemPrefersDark ? 'dark' : 'light';
}
