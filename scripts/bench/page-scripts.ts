/**
 * The scripts a content page may load (issue 4, part 4), told apart by the URL of the tag that
 * loads them. Astro names a component's bundled script after the component, so that name survives
 * every build; a module the tag imports counts as part of it.
 */

/**
 * The search loader: the header's search (HeaderSearch.astro) and the highlighter of searched words
 * on entry pages (SearchHighlight.astro). Both load Pagefind only when it is used.
 */
export function isSearchLoader(entryUrl: string): boolean {
  return /\/(?:HeaderSearch|SearchHighlight)\.astro_astro_type_script/.test(entryUrl);
}

/**
 * The theme scripts: `public/theme-init.js`, render-blocking in `<head>` on purpose so a stored theme
 * applies before the first paint, and the script of the ThemeToggle element.
 */
export function isThemeScript(entryUrl: string): boolean {
  return /\/theme-init\.js$/.test(entryUrl) || /\/ThemeToggle\.astro_astro_type_script/.test(entryUrl);
}
