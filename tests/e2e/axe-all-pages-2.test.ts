import { describe, expect, it } from 'vitest';
import { auditColourSchemes, auditWidths, colourOnlySchemes } from '../../src/lib/accessibility-audit.ts';
import { allCombinations, describeSitemapShard } from '../support/axe-sitemap.ts';

/** The second half of the sitemap under axe; axe-all-pages.test.ts has the first. */
const site = describeSitemapShard(2, 2);

describe('the sitemap audit in a browser that draws no frames', () => {
  // Low contrast in the dark scheme only, and at the narrow width only: each must be found in
  // exactly the combinations where it shows, so the scheme and the width really change what axe reads.
  // A button without a name is a fault of the page's structure, not its colours: found at every width
  // in the schemes that run every rule, and left to them in the colour-only ones (colourOnlySchemes).
  // The dark colour comes in through a slow transition, which a browser without frames never plays:
  // axe must measure where it ends, as a visitor sees it.
  const [narrow, wide] = auditWidths;
  const page = `<!doctype html><html lang="nl"><head><title>Proef</title><style>
    body { background: #fff; color: #000; }
    .dark-only { transition: color 10s linear; }
    @media (prefers-color-scheme: dark) { .dark-only { color: #ddd; } }
    @media (max-width: ${(narrow + wide) / 2}px) { .narrow-only { color: #ccc; } }
  </style></head><body><main><h1>Proef</h1>
    <p class="dark-only">Alleen donker</p><p class="narrow-only">Alleen smal</p><button></button>
  </main></body></html>`;

  it('finds a fault in each colour scheme and at each width where it shows, and nowhere else', async () => {
    const found = await site.withPage(async (tab) => {
      // A blank document first: written into a page of the site, the fixture would inherit the site's
      // content security policy, which blocks its inline styles.
      await tab.goto('about:blank');
      await tab.setContent(page);
      return allCombinations(tab, 'proef');
    });
    const faultsPer = Object.fromEntries(
      found.map((report) => [
        report.slice(report.indexOf('[') + 1, report.indexOf(']')),
        ['.dark-only', '.narrow-only', 'button'].filter((target) => report.includes(`    ${target}:`)),
      ]),
    );
    const expected: Record<string, string[]> = {};
    for (const scheme of auditColourSchemes)
      for (const width of auditWidths) {
        const faults = [
          ...(scheme === 'dark' ? ['.dark-only'] : []),
          ...(width === narrow ? ['.narrow-only'] : []),
          ...(colourOnlySchemes.includes(scheme) ? [] : ['button']),
        ];
        if (faults.length > 0) expected[`${scheme}, ${width} px`] = faults;
      }
    expect(faultsPer).toEqual(expected);
    expect(found.filter((report) => report.includes('.dark-only')).every((r) => r.includes('color-contrast'))).toBe(
      true,
    );
    expect(found.filter((report) => report.includes('    button:')).every((r) => r.includes('button-name'))).toBe(true);
  });
});
