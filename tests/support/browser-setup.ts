import { resolveChromium } from '../../scripts/lib/chromium.ts';

/**
 * Finds Chromium once per run, before any test file starts: the packaged browser unpacks itself on
 * first use, and test files side by side must not unpack it at the same time. The workers inherit
 * the answer through the environment.
 */
export default async function setup() {
  const { executablePath, env } = await resolveChromium();
  process.env.CHROMIUM_PATH = executablePath;
  Object.assign(process.env, env);
}
