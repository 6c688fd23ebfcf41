import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { buildNames, builds, fixtureBuilds, root, testRepositoryUrl } from '../support/builds.ts';
import { fileFor, htmlFiles, load } from '../support/dist.ts';

const { entries } = checkContent({ root });
/** Git's answer, or undefined where git cannot answer (no git, no repository): the site then shows no dates. */
function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const shallow = git('rev-parse', '--is-shallow-repository') !== 'false';
const uncommitted = new Set((git('diff', '--name-only', 'HEAD', '--', 'content') ?? '').split('\n'));
const gitDays = new Map<string, string | undefined>();

/** What git says the last change of a file was (asked file by file), or undefined where the site must show no date. */
function gitDay(file: string): string | undefined {
  if (shallow || uncommitted.has(file)) return undefined;
  if (!gitDays.has(file)) gitDays.set(file, git('log', '-1', '--format=%cs', '--', file) || undefined);
  return gitDays.get(file);
}

describe.each(buildNames)('the status of every entry page in the %s build', (name) => {
  const { dir, base } = builds[name];
  const pageOf = (collection: Parameters<typeof entryPath>[0], id: string) =>
    load(dir, fileFor(dir, base, `${base}${entryPath(collection, id).slice(1)}`)!);

  it('links to "Bijdragen" from every page', () => {
    for (const file of htmlFiles(dir)) {
      expect(load(dir, file)(`footer a[href="${base}bijdragen/"]`).length, file).toBeGreaterThan(0);
    }
  });

  it(
    name === 'sub'
      ? 'has "Bewerk deze pagina" linking to the file in the repository'
      : 'has no "Bewerk deze pagina" without REPOSITORY_URL',
    () => {
      for (const { entry } of entries) {
        const $ = pageOf(entry.collection, entry.id);
        const link = $('a').filter((_, a) => $(a).text().trim() === 'Bewerk deze pagina');
        if (name === 'sub') {
          expect(link.attr('href'), entry.file).toBe(`${testRepositoryUrl}/edit/main/${entry.file}`);
        } else {
          expect(link.length, entry.file).toBe(0);
        }
      }
    },
  );

  it('shows "Laatst bijgewerkt": a newsletter its date, other pages the last commit of their file', () => {
    for (const { entry, data } of entries) {
      const shown = pageOf(entry.collection, entry.id)('.page-status time').attr('datetime');
      const expected =
        data.updated instanceof Date
          ? data.updated.toISOString().slice(0, 10)
          : entry.collection === 'newsletters'
            ? (data.date as Date).toISOString().slice(0, data.datePrecision === 'maand' ? 7 : 10)
            : gitDay(entry.file);
      expect(shown, entry.file).toBe(expected);
    }
  });

  it('shows no notice on pages that are not past their review date', () => {
    for (const { entry, data } of entries) {
      if (data.reviewBy instanceof Date) continue;
      expect(pageOf(entry.collection, entry.id)('.notice').length, entry.file).toBe(0);
    }
  });

  it(
    name === 'sub'
      ? 'has a page that explains how to suggest a change on GitHub'
      : 'has a page that explains how to suggest a change',
    () => {
      const $ = load(dir, fileFor(dir, base, `${base}bijdragen/`)!);
      expect($('h1').text()).toBe('Bijdragen');
      expect($('main').text()).toContain('wijziging');
      if (name === 'sub') {
        expect($(`a[href="${testRepositoryUrl}/issues/new"]`).length).toBe(1);
        expect($('main').text()).toContain('Bewerk deze pagina');
      } else {
        expect($('main a[href*="git.example"]').length).toBe(0);
        expect($(`main a[href="${base}wie-doet-wat/"]`).length).toBe(1);
      }
    },
  );
});

describe('a page past its review date, and a page with its own updated date (the changed-content build)', () => {
  const { dir } = fixtureBuilds.changed;
  const page = (sitePath: string) => load(dir, `${sitePath.slice(1)}index.html`);

  it('shows a notice that the page may be out of date, with the date it should have been checked', () => {
    const notice = page('/mensen/kate-snellens/')('.notice');
    expect(notice.length).toBe(1);
    expect(notice.text()).toContain('Mogelijk verouderd');
    expect(notice.find('time').attr('datetime')).toBe('2020-01-31');
    expect(notice.text()).toContain(formatDate(new Date('2020-01-31T00:00:00Z')));
    expect(page('/mensen/kees-hendriks/')('.notice').length).toBe(0);
  });

  it("shows the entry's own updated date", () => {
    expect(page('/plannen/regie/')('.page-status time').attr('datetime')).toBe('2024-03-01');
  });

  it('shows no git date and no edit link for content read from outside the repository', () => {
    expect(page('/plannen/ketenmonitor/')('.page-status time').length).toBe(0);
    expect(page('/plannen/ketenmonitor/')('.page-status').text()).not.toContain('Bewerk deze pagina');
  });
});
