import { registry, type CollectionName, type CollectionSpec } from '../schemas/index.ts';

/**
 * Joins the deployment base and a site path. Every internal link goes through here (via `href`),
 * so that a build under a sub-path (BASE_PATH=/jeugd/) never links outside it.
 */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase is for site paths, not "${path}"`);
  }
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  const [pathname = '', suffix = ''] = path.split(/(?=[?#])/, 2);
  const trimmed = pathname.replace(/^\/+/, '');
  // Directory-style URLs: everything that is not a file gets a trailing slash.
  const withSlash = trimmed === '' || trimmed.endsWith('/') || /\.[a-z0-9]+$/i.test(trimmed) ? trimmed : `${trimmed}/`;
  return `${normalisedBase}${withSlash}${suffix}`;
}

/** A link to a page of this site, under the configured base. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The site path (without base) of a collection's overview page: /plannen/, or where the registry says. */
export function overviewPath(collection: CollectionName): string {
  const spec: CollectionSpec = registry[collection];
  return spec.overview?.path ?? `/${spec.route}/`;
}

/** The title of a collection's overview page, as links to it say it. */
export function overviewLabel(collection: CollectionName): string {
  const spec: CollectionSpec = registry[collection];
  return spec.overview?.label ?? spec.label;
}

/** The site path (without base) of an entry's own page. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${registry[collection].route}/${id}/`;
}

/** A link to an entry's own page, under the configured base. */
export function entryHref(collection: CollectionName, id: string): string {
  return href(entryPath(collection, id));
}

/**
 * The full address of a site path, for places that are read away from the site: feeds, e-mail,
 * print. `site` is the origin (with or without a path), `base` the deployment sub-path.
 */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The full address of a page of this site, under the configured site and base. */
export function absoluteHref(path: string): string {
  return absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, path);
}
