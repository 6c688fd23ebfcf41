import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryStatus } from '../../src/lib/entry-status.ts';
import { readGitDates } from '../../src/lib/git-dates.ts';
import { lastUpdated } from '../../src/lib/last-updated.ts';
import { editUrl, newIssueUrl, repositoryFromEnv } from '../../src/lib/repository.ts';
import { isPastReview } from '../../src/lib/review.ts';
import { fixture } from '../support/entries.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noGit = () => undefined;

describe('repositoryFromEnv', () => {
  it('is undefined without REPOSITORY_URL: no edit link rather than a guessed one', () => {
    expect(repositoryFromEnv({})).toBeUndefined();
    expect(repositoryFromEnv({ REPOSITORY_URL: '  ' })).toBeUndefined();
  });

  it('reads the URL and the branch, main by default', () => {
    expect(repositoryFromEnv({ REPOSITORY_URL: 'https://github.com/voorbeeld/kennisbank/' })).toEqual({
      url: 'https://github.com/voorbeeld/kennisbank',
      branch: 'main',
    });
    expect(
      repositoryFromEnv({
        REPOSITORY_URL: 'https://github.com/voorbeeld/kennisbank.git',
        REPOSITORY_BRANCH: 'productie',
      }),
    ).toEqual({
      url: 'https://github.com/voorbeeld/kennisbank',
      branch: 'productie',
    });
  });

  it('stops the build on a value that is no web address', () => {
    expect(() => repositoryFromEnv({ REPOSITORY_URL: 'voorbeeld/kennisbank' })).toThrow(
      /REPOSITORY_URL is geen webadres/,
    );
    expect(() => repositoryFromEnv({ REPOSITORY_URL: 'git@github.com:voorbeeld/kennisbank.git' })).toThrow(
      /REPOSITORY_URL/,
    );
  });
});

describe('editUrl', () => {
  const github = { url: 'https://github.com/voorbeeld/kennisbank', branch: 'main' };

  it("opens the file in GitHub's web editor", () => {
    expect(editUrl(github, 'content/plans/regie.md')).toBe(
      'https://github.com/voorbeeld/kennisbank/edit/main/content/plans/regie.md',
    );
  });

  it("uses GitLab's own path on GitLab", () => {
    expect(editUrl({ url: 'https://gitlab.com/voorbeeld/kennisbank', branch: 'main' }, 'content/people/a.yaml')).toBe(
      'https://gitlab.com/voorbeeld/kennisbank/-/edit/main/content/people/a.yaml',
    );
  });

  it('is undefined without a repository, or for a file outside the project', () => {
    expect(editUrl(undefined, 'content/plans/regie.md')).toBeUndefined();
    expect(editUrl(github, '../../tmp/content/plans/regie.md')).toBeUndefined();
    expect(editUrl(github, '/tmp/content/plans/regie.md')).toBeUndefined();
    expect(editUrl(github, undefined)).toBeUndefined();
  });

  it('has a place to report a problem', () => {
    expect(newIssueUrl(github)).toBe('https://github.com/voorbeeld/kennisbank/issues/new');
    expect(newIssueUrl(undefined)).toBeUndefined();
  });
});

describe('lastUpdated', () => {
  const git = (file: string) => (file === 'content/plans/a.md' ? day('2024-02-03') : undefined);

  it("is the entry's own updated date where set", () => {
    expect(
      lastUpdated({ ...fixture('plans', 'a', { updated: day('2023-01-24') }), filePath: 'content/plans/a.md' }, git),
    ).toEqual({ date: day('2023-01-24'), precision: 'dag' });
  });

  it("is a newsletter's publication date, as precisely as it is known", () => {
    expect(
      lastUpdated({ ...fixture('newsletters', 'a', { date: day('2019-11-01') }), filePath: 'content/plans/a.md' }, git),
    ).toEqual({ date: day('2019-11-01'), precision: 'dag' });
    expect(lastUpdated(fixture('newsletters', 'a', { date: day('2019-11-01'), datePrecision: 'maand' }), git)).toEqual({
      date: day('2019-11-01'),
      precision: 'maand',
    });
  });

  it("is not a source document's own date: that is when the document appeared, not when the page changed", () => {
    expect(lastUpdated(fixture('sources', 'a', { date: day('2019-11-01') }), git)).toBeUndefined();
  });

  it("is the file's last commit otherwise, and nothing when git does not know it", () => {
    expect(lastUpdated({ ...fixture('plans', 'a', {}), filePath: 'content/plans/a.md' }, git)).toEqual({
      date: day('2024-02-03'),
      precision: 'dag',
    });
    expect(lastUpdated({ ...fixture('plans', 'a', {}), filePath: 'content/plans/b.md' }, git)).toBeUndefined();
    expect(lastUpdated(fixture('plans', 'a', {}), git)).toBeUndefined();
  });
});

describe('isPastReview and entryStatus', () => {
  it('a page is past review the day after its reviewBy date', () => {
    expect(isPastReview(day('2025-05-31'), new Date('2025-05-31T23:59:00Z'))).toBe(false);
    expect(isPastReview(day('2025-05-31'), new Date('2025-06-01T00:01:00Z'))).toBe(true);
    expect(isPastReview(undefined, new Date())).toBe(false);
  });

  it('combines the review notice, the date and the edit link', () => {
    const entry = { ...fixture('people', 'a', { reviewBy: day('2025-01-01') }), filePath: 'content/people/a.yaml' };
    const repository = { url: 'https://github.com/voorbeeld/kennisbank', branch: 'main' };
    expect(entryStatus(entry, { today: day('2025-06-01'), repository, gitDate: () => day('2024-12-01') })).toEqual({
      editUrl: 'https://github.com/voorbeeld/kennisbank/edit/main/content/people/a.yaml',
      lastUpdated: { date: day('2024-12-01'), precision: 'dag' },
      reviewOverdueSince: day('2025-01-01'),
    });
    expect(entryStatus(entry, { today: day('2024-06-01'), gitDate: noGit })).toEqual({
      editUrl: undefined,
      lastUpdated: undefined,
      reviewOverdueSince: undefined,
    });
  });
});

describe('readGitDates', () => {
  const temporary: string[] = [];
  afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-git-'));
    temporary.push(dir);
    return dir;
  };
  const identity = {
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  const git = (dir: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        ...identity,
        ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
      },
      stdio: 'pipe',
    });
  const write = (dir: string, file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  /** A repository where content/a.md changed in 2021 and 2023, and content/b.md in 2022. */
  function repository() {
    const dir = tempDir();
    git(dir, ['init', '-q', '-b', 'main']);
    write(dir, 'content/a.md', 'een');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'a'], '2021-03-04');
    write(dir, 'content/b.md', 'twee');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'b'], '2022-05-06');
    write(dir, 'content/a.md', 'een, aangepast');
    write(dir, 'README.md', 'niet in content');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'a again'], '2023-01-02');
    return dir;
  }

  it('gives every file the day of its last commit', () => {
    const dates = readGitDates(repository());
    expect(dates?.get('content/a.md')).toEqual(day('2023-01-02'));
    expect(dates?.get('content/b.md')).toEqual(day('2022-05-06'));
    expect(dates?.has('README.md')).toBe(false);
  });

  it('gives no date to a file with changes that are not committed yet', () => {
    const dir = repository();
    write(dir, 'content/b.md', 'twee, nog niet vastgelegd');
    const dates = readGitDates(dir);
    expect(dates?.has('content/b.md')).toBe(false);
    expect(dates?.get('content/a.md')).toEqual(day('2023-01-02'));
  });

  it('gives nothing in a shallow clone, where dates would be wrong', () => {
    const source = repository();
    const clone = tempDir();
    git(clone, ['clone', '-q', '--depth', '1', `file://${source}`, '.']);
    expect(readGitDates(clone)).toBeUndefined();
  });

  it('gives nothing outside a git repository', () => {
    const dir = tempDir();
    write(dir, 'content/a.md', 'een');
    expect(readGitDates(dir)).toBeUndefined();
  });
});
