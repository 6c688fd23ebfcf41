import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { testJsFlags } from '../support/browser.ts';

/**
 * The test browser's V8 flags reach V8 (Chromium passes an unknown or malformed flag on without a
 * word): with them a hot function stays unoptimised, without them it is optimised. V8's own
 * status call needs --allow-natives-syntax, added to the same flags here only.
 */
const natives = '--allow-natives-syntax';

/**
 * V8's optimisation status of a hot function asked to be optimised by one of its two optimising
 * compilers: TurboFan (`OptimizeFunctionOnNextCall`) or Maglev (`OptimizeMaglevOnNextCall`).
 */
const optimisationStatus = (request: 'OptimizeFunctionOnNextCall' | 'OptimizeMaglevOnNextCall') => `(() => {
  function add(a, b) { return a + b; }
  %PrepareFunctionForOptimization(add);
  add(1, 2); add(3, 4);
  %${request}(add);
  add(5, 6);
  return %GetOptimizationStatus(add);
})()`;
/** The bit of that status that says "optimised" (V8's OptimizationStatus, in runtime-test.cc). */
const optimised = 1 << 3;

const browsers: Browser[] = [];
afterAll(() => Promise.all(browsers.map((browser) => browser.close())));

/** Which compilers optimised the function, in a browser started with these flags. */
async function optimisedWith(jsFlags: string): Promise<{ turbofan: boolean; maglev: boolean }> {
  const browser = await launchChromium({ args: [jsFlags] });
  browsers.push(browser);
  const page = await browser.newPage();
  const status = async (request: Parameters<typeof optimisationStatus>[0]) =>
    (((await page.evaluate(optimisationStatus(request))) as number) & optimised) !== 0;
  return { turbofan: await status('OptimizeFunctionOnNextCall'), maglev: await status('OptimizeMaglevOnNextCall') };
}

describe('the V8 flags of the test browser', () => {
  it('keep a hot function unoptimised by either compiler, where the same browser without them optimises it', async () => {
    expect(await optimisedWith(`--js-flags=${natives}`)).toEqual({ turbofan: true, maglev: true });
    expect(await optimisedWith(`${testJsFlags} ${natives}`)).toEqual({ turbofan: false, maglev: false });
  });
});
