import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recheckOnChange } from '../../src/integrations/content-check.ts';
import { checkContentInBackground } from '../../src/lib/content-check/background.ts';
import { watchContent } from '../../src/lib/content-check/watch.ts';
import { root } from '../support/builds.ts';
import { contentWith, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/** A file watcher as Vite's: it only emits what the test tells it to. */
class FakeWatcher extends EventEmitter {
  touch(file: string, event: 'add' | 'change' | 'unlink' = 'change') {
    this.emit(event, file);
  }
}

describe('the content check again after a change, in astro dev', () => {
  it('runs once for changes close together, only for files in the content folder, one run at a time', async () => {
    const watcher = new FakeWatcher();
    const outcomes: number[] = [];
    let runs = 0;
    let running = 0;
    let overlapped = false;
    const watch = watchContent({
      watcher,
      dir: '/inhoud',
      delayMs: 20,
      check: async () => {
        running++;
        overlapped ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
        return ++runs;
      },
      report: (outcome) => void outcomes.push(outcome),
      failed: () => undefined,
    });
    watcher.touch('/elders/src/pages/index.astro');
    watcher.touch('/inhoud');
    await watch.settled();
    expect(runs).toBe(0);

    watcher.touch('/inhoud/plans/a.md');
    watcher.touch('/inhoud/plans/b.md', 'add');
    watcher.touch('/inhoud/people/c.yaml', 'unlink');
    await watch.settled();
    expect(outcomes).toEqual([1]);

    // A change while a check runs gets a run of its own, after it.
    watcher.touch('/inhoud/plans/a.md');
    await new Promise((resolve) => setTimeout(resolve, 25));
    watcher.touch('/inhoud/plans/a.md');
    await watch.settled();
    expect(outcomes).toEqual([1, 2, 3]);
    expect(overlapped).toBe(false);
  });

  it('hands a check that fails to run to failed, and keeps watching', async () => {
    const watcher = new FakeWatcher();
    const failures: unknown[] = [];
    let fail = true;
    const reported: string[] = [];
    const watch = watchContent({
      watcher,
      dir: '/inhoud',
      delayMs: 5,
      check: async () => {
        if (fail) throw new Error('kapot');
        return 'ok';
      },
      report: (outcome) => void reported.push(outcome),
      failed: (error) => void failures.push(error),
    });
    watcher.touch('/inhoud/a.md');
    await watch.settled();
    fail = false;
    watcher.touch('/inhoud/a.md');
    await watch.settled();
    expect(failures).toEqual([new Error('kapot')]);
    expect(reported).toEqual(['ok']);
  });

  it('logs a mistake made during the session in Dutch, without stopping, and says when it is mended', async () => {
    const dir = contentWith();
    const file = path.join(dir, 'people/jan-test.yaml');
    const good = fs.readFileSync(file, 'utf8');
    const logged: { level: string; text: string }[] = [];
    const log = (level: string) => (text: string) => void logged.push({ level, text });
    const watcher = new FakeWatcher();
    const watch = recheckOnChange(
      watcher,
      dir,
      () => checkContentInBackground({ root, dir, skipSetting: '' }),
      { warn: log('warn'), error: log('error'), info: log('info') },
      5,
    );

    fs.writeFileSync(file, good.replace('organisation: gemeente-testdorp', 'organisation: gemeente-testdorpp'));
    watcher.touch(file);
    await watch.settled();
    expect(logged).toEqual([
      {
        level: 'error',
        text: expect.stringMatching(
          /^De inhoud heeft 1 fout\. Herstel die en probeer opnieuw:[\s\S]*gemeente-testdorpp/,
        ),
      },
    ]);

    fs.writeFileSync(file, good);
    watcher.touch(file);
    await watch.settled();
    expect(logged.at(-1)).toEqual({ level: 'info', text: 'De inhoud is weer in orde.' });
    expect(logged).toHaveLength(2);
  });
});
