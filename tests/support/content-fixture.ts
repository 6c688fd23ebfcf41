import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, type ContentIssue } from '../../src/lib/content-check/index.ts';
import { root } from './builds.ts';

const base = path.join(root, 'tests/fixtures/content-check/base');
const temporary: string[] = [];

/** A plan with `body` as its text, which starts on line BODY (one line later per line of `frontmatter`). */
export const plan = (body: string, frontmatter = '') => `---
title: Tweede testplan
summary: Een tweede verzonnen plan om de inhoudscontrole mee te testen.
kind: project
sources:
  - testbron
${frontmatter}---

${body}
`;
export const BODY = 9;

/** Removes every folder `contentWith` made; call it in `afterAll`. */
export function removeFixtures(): void {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A copy of the fixture content in a temporary folder, with files added (text, or bytes as a Buffer),
 * changed (a function) or removed (null).
 */
export function contentWith(files: Record<string, string | Buffer | null | ((text: string) => string)> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-check-'));
  temporary.push(dir);
  fs.cpSync(base, dir, { recursive: true });
  for (const [file, change] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (change === null) {
      fs.rmSync(target);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, typeof change === 'function' ? change(fs.readFileSync(target, 'utf8')) : change);
  }
  return dir;
}

/**
 * A project whose src/ is this one's and whose media folder (public/afbeeldingen/) holds `files`, by
 * their path in that folder; removed by `removeFixtures`. For the checks that read the folder itself.
 */
export function projectWithImages(files: Record<string, string | Buffer>): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-project-'));
  temporary.push(project);
  fs.symlinkSync(path.join(root, 'src'), path.join(project, 'src'));
  for (const [file, bytes] of Object.entries(files)) {
    const target = path.join(project, 'public/afbeeldingen', file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return project;
}

/** Runs the check on fixture content with the given changes; `today` fixes the date for `reviewBy`. */
export function checkWith(files: Parameters<typeof contentWith>[0] = {}, today = new Date('2025-06-01T12:00:00Z')) {
  const dir = contentWith(files);
  const result = checkContent({ root, dir, today });
  const about = (file: string) => (issue: ContentIssue) => issue.file.endsWith(`/${file}`);
  return {
    ...result,
    dir,
    errorsIn: (file: string) => result.errors.filter(about(file)),
    warningsIn: (file: string) => result.warnings.filter(about(file)),
  };
}
