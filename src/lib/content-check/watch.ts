import path from 'node:path';

/** What is needed of a file watcher (Vite's chokidar in `astro dev`). */
export interface FileWatcher {
  on(event: 'add' | 'change' | 'unlink', listener: (file: string) => void): unknown;
}

export interface ContentWatch {
  /** Resolves when the checks asked for so far have run and been reported. */
  settled(): Promise<void>;
}

/**
 * Runs `check` again shortly after files in `dir` change, one run at a time, and hands each outcome
 * to `report` (or the failure of a run to `failed`). For `astro dev` and `npm run cms`: Astro re-reads
 * a changed file by itself, but the content check would otherwise run only when the server starts,
 * so a mistake made during a session (a link to a page that is not there, a day that does not exist)
 * would go unnamed until the pull request.
 */
export function watchContent<T>(options: {
  watcher: FileWatcher;
  dir: string;
  check: () => Promise<T>;
  report: (outcome: T) => void;
  failed: (error: unknown) => void;
  /** Waits this long after the last change, so that saving several files runs one check. */
  delayMs?: number;
}): ContentWatch {
  const { watcher, dir, check, report, failed, delayMs = 300 } = options;
  const root = path.resolve(dir);
  const inside = (file: string) => {
    const relative = path.relative(root, path.resolve(file));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  // Resolves once the run that the changes of this moment ask for is queued.
  let asked = Promise.resolve();
  let release: (() => void) | undefined;
  const changed = (file: string) => {
    if (!inside(file)) return;
    if (timer) clearTimeout(timer);
    else asked = new Promise<void>((resolve) => (release = resolve));
    timer = setTimeout(() => {
      timer = undefined;
      queue = queue.then(() => check().then(report, failed));
      release?.();
    }, delayMs);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
  return {
    settled: async () => {
      await asked;
      await queue;
    },
  };
}
