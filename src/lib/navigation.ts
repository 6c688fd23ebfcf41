import { registry, type CollectionName } from '../schemas/index.ts';
import { overviewPath } from './urls.ts';

/** A link in the main navigation or the breadcrumbs, by site path (the base is added when rendering). */
export interface NavItem {
  label: string;
  path: string;
}

/** The main navigation, in the order professionals look for things. */
export const mainNavigation: readonly NavItem[] = [
  { label: 'Ontwikkeltafels', path: '/ontwikkeltafels/' },
  { label: 'Plannen', path: '/plannen/' },
  { label: 'Praktijkvoorbeelden', path: '/praktijkvoorbeelden/' },
  { label: 'Nieuwsbrieven', path: '/nieuwsbrieven/' },
  { label: 'Wie doet wat', path: '/wie-doet-wat/' },
  { label: 'Begrippen', path: '/begrippen/' },
];

/** Parts of the site that the navigation shows under another section's name. */
const sectionOf: Readonly<Record<string, string>> = {
  '/teams/': '/wie-doet-wat/',
  '/mensen/': '/wie-doet-wat/',
  '/organisaties/': '/wie-doet-wat/',
};

/** The section of the navigation a path belongs to, for `aria-current`. */
export function currentSection(
  pathWithoutBase: string,
  items: readonly NavItem[] = mainNavigation,
): NavItem | undefined {
  const path = pathWithoutBase.endsWith('/') ? pathWithoutBase : `${pathWithoutBase}/`;
  const first = `/${path.split('/')[1] ?? ''}/`;
  const section = sectionOf[first] ?? first;
  return items.find((item) => item.path === section);
}

/**
 * The section above an overview that the navigation files under another section (/mensen/ under
 * "Wie doet wat"), for its breadcrumbs; none for an overview that is a section of its own.
 */
export function sectionAbove(overviewPath: string): NavItem | undefined {
  const section = currentSection(overviewPath);
  return section && section.path !== overviewPath ? section : undefined;
}

/** Strips the deployment base from a pathname. */
export function stripBase(pathname: string, base: string): string {
  const normalised = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(normalised) ? `/${pathname.slice(normalised.length)}` : pathname;
}

/**
 * The breadcrumbs above an entry's page: its overview, under the section the menu files it in
 * ("Wie doet wat" above "Mensen"), named as the menu names it where the menu has it.
 */
export function trailTo(collection: CollectionName): NavItem[] {
  const path = overviewPath(collection);
  const overview = mainNavigation.find((item) => item.path === path) ?? { label: registry[collection].label, path };
  const above = sectionAbove(path);
  return above ? [above, overview] : [overview];
}
