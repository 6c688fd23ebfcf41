import { spawnSync } from 'node:child_process';

function git(root: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * The day of the last commit of every file under `paths`, relative to `root`, from one `git log`.
 * Undefined when that date could be wrong: no git, no repository, or a shallow clone (where the
 * oldest commit seems to touch every file). A file with uncommitted changes has no date either.
 */
export function readGitDates(root: string, paths: readonly string[] = ['content']): Map<string, Date> | undefined {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim();
  if (shallow !== 'false') return undefined;
  const log = git(root, ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', ...paths]);
  if (log === undefined) return undefined;
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [day, ...files] = commit.split('\n').filter(Boolean);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const date = new Date(`${day}T00:00:00Z`);
    // Newest commit first: the first date seen for a file is its last change.
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  const changed = git(root, ['diff', '--name-only', '--relative', 'HEAD', '--', ...paths]);
  for (const file of changed?.split('\n').filter(Boolean) ?? []) dates.delete(file);
  return dates;
}

const cache = new Map<string, Map<string, Date> | undefined>();

/** `readGitDates` for the build: one git call per project, however many pages ask. */
export function gitDateOf(root: string, file: string): Date | undefined {
  if (!cache.has(root)) cache.set(root, readGitDates(root));
  return cache.get(root)?.get(file.replace(/\\/g, '/'));
}
