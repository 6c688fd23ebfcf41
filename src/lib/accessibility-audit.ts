/**
 * How the site is tested for accessibility. The browser tests run exactly this, and the
 * accessibility statement (/toegankelijkheid/) describes it from here, so the two cannot drift.
 */

/** axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** The narrowest width at which no page may scroll sideways (WCAG 1.4.10 Reflow). */
export const reflowWidth = 320;

/**
 * Viewport widths in CSS pixels: the narrowest phone (the reflow width, where the audit also checks
 * that no page scrolls sideways) and a laptop.
 */
export const auditWidths = [reflowWidth, 1280] as const;

export const auditColourSchemes = ['light', 'dark'] as const;
export type AuditColourScheme = (typeof auditColourSchemes)[number];

/**
 * The schemes in which axe runs only its colour rules (`axeColourTag`: contrast, and links told
 * apart from text by colour alone). In the dark scheme only colours change: every colour is a
 * light-dark() token, and the few rules for the dark scheme set colours alone (a build test holds
 * the CSS and the scripts to that, tests/build/styles.test.ts). Every other rule would give the
 * answer of the light scheme again, at about a third of each page's audit.
 */
export const colourOnlySchemes: readonly AuditColourScheme[] = ['dark'];

/** axe-core's tag for the rules that read colours. */
export const axeColourTag = 'cat.color';

/** Dutch names of the colour schemes, for the statement. */
export const colourSchemeLabels: Record<AuditColourScheme, string> = { light: 'licht', dark: 'donker' };
