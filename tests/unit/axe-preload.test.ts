import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { axeTags } from '../../src/lib/accessibility-audit.ts';
import { axePreloadAssets } from '../support/browser.ts';

const require = createRequire(import.meta.url);

interface AxeRule {
  id: string;
  tags: string[];
  preload?: boolean;
}
// axe's rules as it runs them; `preload` (whether a rule waits for preloaded assets) is not in its public getRules().
const axe = require('axe-core') as { _audit: { rules: AxeRule[] } };

/** Which asset each rule that waits for one reads (from axe-core's source: context.cssom, preloadMedia). */
const assetOf: Record<string, string> = { 'css-orientation-lock': 'cssom', 'no-autoplay-audio': 'media' };

describe('what axe loads before each run in the browser tests', () => {
  const ran = axe._audit.rules.filter(
    (rule) =>
      !rule.tags.includes('experimental') && rule.tags.some((tag) => (axeTags as readonly string[]).includes(tag)),
  );

  it('is every asset a rule of the audit waits for, and only those', () => {
    const waiting = ran.filter((rule) => rule.preload);
    // A new rule that waits for assets must be looked at: which asset does it read?
    for (const rule of waiting) expect(Object.keys(assetOf), `axe rule ${rule.id}`).toContain(rule.id);
    expect([...new Set(waiting.map((rule) => assetOf[rule.id]))].sort()).toEqual([...axePreloadAssets].sort());
  });
});
