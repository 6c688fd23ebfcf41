/**
 * Normalises a base path from the environment to the form Astro and our link helper expect:
 * a leading and a trailing slash, "/" when unset. "jeugd", "/jeugd" and "/jeugd/" all become "/jeugd/".
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
