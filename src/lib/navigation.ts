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

/** The section of the navigation a path belongs to, for `aria-current`. */
export function currentSection(
  pathWithoutBase: string,
  items: readonly NavItem[] = mainNavigation,
): NavItem | undefined {
  const path = pathWithoutBase.endsWith('/') ? pathWithoutBase : `${pathWithoutBase}/`;
  const sectionOf: Record<string, string> = {
    '/teams/': '/wie-doet-wat/',
    '/mensen/': '/wie-doet-wat/',
    '/organisaties/': '/wie-doet-wat/',
  };
  const first = `/${path.split('/')[1] ?? ''}/`;
  const section = sectionOf[first] ?? first;
  return items.find((item) => item.path === section);
}

/** Strips the deployment base from a pathname. */
export function stripBase(pathname: string, base: string): string {
  const normalised = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(normalised) ? `/${pathname.slice(normalised.length)}` : pathname;
}
