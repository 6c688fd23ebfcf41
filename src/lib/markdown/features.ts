import type { Features } from 'satteri';

/**
 * How the site reads Markdown and MDX, for the build (astro.config.mjs) and the content check alike,
 * so that both see the same tree and the check's heading anchors are the site's: GFM and smart
 * punctuation (curly quotes, dashes), Astro's defaults. Astro cuts the frontmatter off before it
 * renders a body, so a body that starts with `---` starts with a line, as it did with remark; Sätteri
 * would otherwise read a second frontmatter there and drop the text up to the next `---`.
 * Raw HTML in a .md file (`<a href="/plannen/regie/">`) is read into elements, so the plugins that put
 * the base path in front of site paths and print addresses see its links and images as well.
 */
export const markdownFeatures = {
  // Footnotes ([^1]) with Dutch words: the heading of the notes, and what a screen reader says on the
  // link back from a note to where it is referred to (Sätteri's defaults are English).
  gfm: { footnotes: { label: 'Voetnoten', backLabel: 'Terug naar verwijzing {reference}' } },
  smartPunctuation: true,
  frontmatter: false,
  rawHtml: true,
} as const satisfies Features;
