import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/lib/content-check/index.ts';
import { contentCheck, reportOutcome } from '../../src/integrations/content-check.ts';
import {
  checkContentInBackground,
  pendingCheck,
  setPendingCheck,
  workerEnv,
} from '../../src/lib/content-check/background.ts';
import { contentGlob } from '../../src/lib/content-loader.ts';
import { root } from '../support/builds.ts';
import { contentWith, removeFixtures } from '../support/content-fixture.ts';
import { astroContext } from '../support/loader-context.ts';

afterAll(removeFixtures);
// The check under way is shared through globalThis; no other test may find one left behind.
afterEach(() => setPendingCheck(Promise.resolve()));

const inBackground = (dir: string, skipSetting = '') => checkContentInBackground({ root, dir, skipSetting });

const plan = (body: string) =>
  `---\ntitle: Tweede testplan\nsummary: Een tweede verzonnen plan om de inhoudscontrole mee te testen.\nkind: project\nsources:\n  - testbron\n---\n\n${body}\n`;

describe('the content check in a worker thread (as the build runs it)', () => {
  it('reports the errors and warnings of `npm run check`, in the same words', async () => {
    const dir = contentWith({
      'plans/afkorting.md': plan('De XYZ werkt met de VVE.'),
      'people/jan-test.yaml': (text) => `${text}organisation: gemeente-testdorpp\n`,
    });
    const direct = checkContent({ root, dir });
    expect(direct.errors.length).toBeGreaterThan(0);
    expect(direct.warnings.length).toBeGreaterThan(0);
    expect(await inBackground(dir)).toEqual({
      skipped: [],
      errorCount: direct.errors.length,
      errors: formatIssues(direct.errors),
      warnings: formatIssues(direct.warnings),
    });
  });

  it('leaves out what CONTENT_CHECK_SKIP names, and says which', async () => {
    const dir = contentWith({ 'plans/afkorting.md': plan('De XYZ werkt met de VVE.') });
    const report = await inBackground(dir, 'abbreviations');
    expect(report).toEqual({ skipped: ['abbreviations'], errorCount: 0, errors: '', warnings: '' });
  });

  it('fails, in Dutch, on a CONTENT_CHECK_SKIP with a name that is no check', async () => {
    await expect(inBackground(contentWith(), 'abreviations')).rejects.toThrow(
      'CONTENT_CHECK_SKIP noemt onbekende controles: abreviations.',
    );
  });
});

describe("the worker's environment", () => {
  it("passes on Node's compile cache (the folder it was given) when this thread has it on", () => {
    // getCompileCacheDir() names the subfolder Node keeps per version.
    const env = workerEnv(path.join(os.tmpdir(), 'node-compile-cache', 'v24.0.0-x64-abc-0'));
    expect(env.NODE_COMPILE_CACHE).toBe(path.join(os.tmpdir(), 'node-compile-cache'));
    expect(env.PATH).toBe(process.env.PATH);
  });

  it('passes on the folder this test run gave Node (vitest.config.ts), as Node lays out its cache', () => {
    const versioned = module.getCompileCacheDir();
    // Off only when someone turned it off on purpose.
    if (process.env.NODE_DISABLE_COMPILE_CACHE) expect(versioned).toBeUndefined();
    else {
      expect(versioned).toBeDefined();
      expect(workerEnv(versioned).NODE_COMPILE_CACHE).toBe(process.env.NODE_COMPILE_CACHE);
    }
  });

  it('is this process’s own when the cache is off (as in CI)', () => {
    expect(workerEnv(undefined)).toBe(process.env);
  });
});

describe('the integration', () => {
  function recordingLogger() {
    const warnings: string[] = [];
    return { warnings, logger: { warn: (message: string) => void warnings.push(message) } };
  }

  it('logs what was left out and the warnings, and lets the build go on', () => {
    const { warnings, logger } = recordingLogger();
    reportOutcome({ skipped: ['same-names'], errorCount: 0, errors: '', warnings: 'LET OP a.md: iets' }, logger);
    expect(warnings).toEqual(['De controle laat weg (CONTENT_CHECK_SKIP): same-names.', '\nLET OP a.md: iets']);
  });

  it('stops the build on an error, with the number and every message', () => {
    const { logger } = recordingLogger();
    expect(() => reportOutcome({ skipped: [], errorCount: 2, errors: 'FOUT a\nFOUT b', warnings: '' }, logger)).toThrow(
      'De inhoud heeft 2 fouten. Herstel ze en probeer opnieuw:\n\nFOUT a\nFOUT b\n',
    );
  });

  it('keeps a refused check for the build to meet, without an unhandled rejection meanwhile', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      setPendingCheck(Promise.reject(new Error('De inhoud heeft 1 fout.')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      const buildStart = contentCheck().hooks['astro:build:start'] as () => Promise<void>;
      await expect(buildStart()).rejects.toThrow('De inhoud heeft 1 fout.');
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('the content loader and the check under way', () => {
  /**
   * Astro's glob loader on `dir`, as the site uses it: `read` lists the files it parsed so far.
   * `parseFails` makes Astro's own validation refuse every file, with its English error.
   */
  function load(dir: string, { parseFails = false } = {}) {
    const { context, seen } = astroContext(dir);
    const logged: string[] = [];
    const record = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
    Object.assign(context, { logger: { info: record('info'), warn: record('warn'), error: record('error') } });
    if (parseFails)
      Object.assign(context, {
        parseData: async () => {
          throw new Error('**title**: Required');
        },
      });
    let settled = false;
    const loading = contentGlob({ pattern: '*.md', base: dir, cacheKey: 'key' }).load(context);
    loading.then(
      () => (settled = true),
      () => (settled = true),
    );
    return { read: () => [...seen.keys()], loading, settled: () => settled, logged };
  }

  function folderWithOnePage(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-pending-'));
    fs.writeFileSync(path.join(dir, 'pagina.md'), '---\ntitle: Pagina\n---\n\nTekst.\n');
    return dir;
  }

  /** Waits until `done` holds, for at most five seconds. */
  async function until(done: () => boolean): Promise<void> {
    for (let waited = 0; !done() && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
  }

  it('reads beside the check, and ends only once the check has passed', async () => {
    const dir = folderWithOnePage();
    try {
      let pass!: () => void;
      setPendingCheck(new Promise<void>((resolve) => (pass = resolve)));
      const { read, loading, settled } = load(dir);
      await until(() => read().length > 0);
      expect(read()).toEqual(['pagina.md']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(settled()).toBe(false);
      pass();
      await loading;
      expect(settled()).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with the check’s message when the check refuses the content', async () => {
    const dir = folderWithOnePage();
    try {
      setPendingCheck(Promise.reject(new Error('De inhoud heeft 1 fout.')));
      await expect(load(dir).loading).rejects.toThrow('De inhoud heeft 1 fout.');
      await expect(pendingCheck()).rejects.toThrow('De inhoud heeft 1 fout.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the check’s message, not Astro’s, when Astro refuses the content before the check ends', async () => {
    const dir = folderWithOnePage();
    try {
      let refuse!: (error: Error) => void;
      setPendingCheck(new Promise<void>((_, reject) => (refuse = reject)));
      const { loading, settled } = load(dir, { parseFails: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(settled()).toBe(false);
      refuse(new Error('De inhoud heeft 1 fout.'));
      await expect(loading).rejects.toThrow('De inhoud heeft 1 fout.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives Astro’s own error when the check passed the content', async () => {
    const dir = folderWithOnePage();
    try {
      setPendingCheck(Promise.resolve());
      await expect(load(dir, { parseFails: true }).loading).rejects.toThrow('**title**: Required');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('holds what Astro logs until the check has passed, and then gives it', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-pending-'));
    try {
      let pass!: () => void;
      setPendingCheck(new Promise<void>((resolve) => (pass = resolve)));
      const { loading, logged } = load(empty);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(logged).toEqual([]);
      pass();
      await loading;
      expect(logged).toEqual([expect.stringMatching(/^warn: No files found matching "\*\.md"/)]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('drops what Astro logs when the check refuses the content: the check’s messages say what is wrong', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-pending-'));
    try {
      let refuse!: (error: Error) => void;
      setPendingCheck(new Promise<void>((_, reject) => (refuse = reject)));
      const { loading, logged } = load(empty);
      await new Promise((resolve) => setTimeout(resolve, 50));
      refuse(new Error('De inhoud heeft 1 fout.'));
      await expect(loading).rejects.toThrow('De inhoud heeft 1 fout.');
      expect(logged).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
