import type { CssRule } from './css.ts';

/**
 * What may differ between the light and the dark colour scheme: colours, and nothing else. The sitemap's
 * axe audit relies on it to run only axe's colour rules in the dark scheme (src/lib/accessibility-audit.ts);
 * tests/build/styles.test.ts holds the built CSS to it.
 */

/**
 * A rule that holds in one colour scheme and not the other: under a `prefers-color-scheme` query, a
 * `data-theme` selector (light or dark: a rule for light only is one the dark scheme goes without), or a
 * container style query (which may read a property the scheme sets). Print is left out: axe runs on the
 * screen.
 */
export function schemeDependent(rule: CssRule): boolean {
  const media = rule.context.filter((atRule) => /^@media\b/i.test(atRule));
  if (media.some((atRule) => /^@media\s+(only\s+)?print\s*$/i.test(atRule))) return false;
  return (
    rule.context.some((atRule) => /prefers-color-scheme|^@container\b.*\bstyle\(/i.test(atRule)) ||
    [...rule.ancestors, rule.selector].some((selector) => /\[\s*data-theme\b/i.test(selector))
  );
}

/** One colour: hex, a colour keyword, or one colour function (with colours or numbers inside), and nothing after it. */
const colourValue =
  /^(#[0-9a-f]{3,8}|transparent|currentcolor|black|white|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\((?:[^()]|\([^()]*\))*\))$/i;

/** A colour scheme, the value of `color-scheme` (or of a custom property that only feeds it). */
const schemeValue = /^(normal|light|dark|light dark|dark light|only light|only dark)$/i;

/** Properties that take only a colour: whatever their value, setting one changes no size, place or visibility. */
const colourProperties = new Set([
  'color',
  'background-color',
  'border-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'text-decoration-color',
  'caret-color',
  'accent-color',
  'fill',
  'stroke',
]);

/** Whether a declaration sets a colour and nothing else. */
export function setsColourOnly(property: string, value: string): boolean {
  if (/color-scheme$/i.test(property)) return schemeValue.test(value);
  if (property.startsWith('--')) return colourValue.test(value);
  return colourProperties.has(property.toLowerCase());
}
