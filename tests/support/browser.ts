import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { axeColourTag, axeTags } from '../../src/lib/accessibility-audit.ts';

const require = createRequire(import.meta.url);

export interface TestBrowserOptions {
  /**
   * false: Chromium draws no frames (`--enable-begin-frame-control`: it would draw one only when
   * asked over DevTools, which nothing does). Style, layout, media queries and hit testing, all that
   * axe and the tests read, are computed on demand as before, but nothing is painted or rasterised:
   * for the sitemap's axe audit, which only loads pages and reads them, that was about 30% of the CPU.
   * Without frames requestAnimationFrame never runs and transitions do not play, so Playwright's
   * click() (which waits for two animation frames) hangs: tests that use a page keep frames.
   */
  frames?: boolean;
}

/** Chromium for a test file: CHROMIUM_PATH, one on the machine, or the one that comes with npm install. */
export function launch({ frames = true }: TestBrowserOptions = {}): Promise<Browser> {
  return launchChromium({ args: [testJsFlags, ...(frames ? [] : ['--enable-begin-frame-control'])] });
}

/**
 * V8 without its optimising compilers (Maglev, TurboFan), for the tests only, never for `npm run
 * bench`. A test loads one page after another, and every page is a new JavaScript context: V8
 * optimised axe's and Pagefind's hot functions again on every page, on background threads, and
 * threw the work away at the next navigation. Without them the sitemap's axe audit took about 20%
 * less CPU at the same speed. The tiers only decide how fast code runs, never what it does.
 */
export const testJsFlags = '--js-flags=--no-opt --no-maglev';

/** The assets axe loads before a run (see axeViolations). */
export const axePreloadAssets = ['media'] as const;

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into every document (and frame) the page opens, before the page's own scripts, like
 * evaluate() not subject to the page's CSP. For a page that visits many URLs: the sitemap's axe
 * shards took about 10% less CPU this way than with an evaluate() of 500 kB per URL.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

export interface AxeRunOptions {
  /** A CSS selector: only that part of the page. */
  include?: string;
  /** Only the rules that read colours (see colourOnlySchemes). */
  colourRulesOnly?: boolean;
}

/** Runs axe with the WCAG 2.x A and AA rules on the page as it is now; returns the violations. */
export async function axeViolations(
  page: Page,
  { include, colourRulesOnly = false }: AxeRunOptions = {},
): Promise<AxeViolation[]> {
  const options = {
    context: include,
    tags: [...axeTags],
    assets: [...axePreloadAssets],
    colourTag: colourRulesOnly ? axeColourTag : undefined,
  };
  // One round trip per run: a page that preloads axe (preloadAxe) has it already. Otherwise it is
  // loaded once per document, with evaluate(), which unlike an injected <script> is not subject to
  // the page's CSP, and the run is tried again.
  const found = await runAxe(page, options);
  if (found) return found;
  await page.evaluate(axeSource);
  const loaded = await runAxe(page, options);
  if (!loaded) throw new Error(`axe did not load in ${page.url()}`);
  return loaded;
}

interface AxeRunArguments {
  context: string | undefined;
  tags: string[];
  assets: string[];
  colourTag: string | undefined;
}

/** axe on the page as it is, in one evaluate(); undefined when the document has no axe yet. */
function runAxe(page: Page, options: AxeRunArguments): Promise<AxeViolation[] | undefined> {
  return page.evaluate(async ({ context, tags, assets, colourTag }) => {
    const axe = (
      globalThis as unknown as {
        axe?: {
          run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }>;
          getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
        };
      }
    ).axe;
    if (!axe) return undefined;
    // A fade or slide still running (the search dialog opens with one; Pagefind's result cards change
    // their border colours over 150 ms when the colour scheme changes) shows colours halfway, which axe
    // would measure as low contrast. Every finite animation jumps to its end first: the state a visitor
    // sees a moment later. A browser that draws no frames never plays them at all, so waiting for them
    // to end would only run into a timeout, and axe would measure where they started.
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime === Infinity) continue;
      try {
        animation.finish();
      } catch {
        // One that cannot end (a playback rate of 0) is measured as it stands.
      }
    }
    const colourRules = (ruleTags: string[]) =>
      axe
        .getRules(ruleTags)
        .filter((rule) => rule.tags.includes(colourTag ?? ''))
        .map((rule) => rule.ruleId);
    const result = await axe.run(context ?? document, {
      runOnly: colourTag ? { type: 'rule', values: colourRules(tags) } : { type: 'tag', values: tags },
      // Only violations are reported; skipping the details of passes makes a run several times faster.
      resultTypes: ['violations'],
      // What the rules that run wait for before they start: media (no-autoplay-audio). Not the style
      // sheets ("cssom"), which axe fetches and parses again on every run, about 10 ms of 70: only
      // css-orientation-lock reads them, an experimental rule outside these tags
      // (tests/unit/axe-preload.test.ts fails when that changes).
      preload: { assets },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  }, options);
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${url}: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.html.slice(0, 160)}`).join('\n')}`,
    )
    .join('\n');
}
