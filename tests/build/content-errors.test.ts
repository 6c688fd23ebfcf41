import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/builds';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content with one file changed, built; returns the build's output. */
function buildWith(file: string, change: (text: string) => string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-content-'));
  temporary.push(dir);
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: path.join(dir, '.dist') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, built: fs.existsSync(path.join(dir, '.dist/index.html')) };
}

describe('a content mistake stops the build', () => {
  it('a reference to an entry that does not exist names the file, the field and the missing id', () => {
    const result = buildWith('people/kate-snellens.yaml', (text) =>
      /^organisation:/m.test(text)
        ? text.replace(/^organisation:.*$/m, 'organisation: gemeente-hengeloo')
        : `${text.trimEnd()}\norganisation: gemeente-hengeloo\n`,
    );
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain('people/kate-snellens.yaml');
    expect(result.output).toContain('veld "organisation"');
    expect(result.output).toContain('"gemeente-hengeloo"');
    expect(result.output).toContain('Bedoelt u "gemeente-hengelo"?');
  }, 120_000);

  it('a link to a page that does not exist in the text stops the build too, with the line', () => {
    const result = buildWith('plans/regie.md', (text) => `${text.trimEnd()}\n\nZie [het plan](/plannen/regiee/).\n`);
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toMatch(/plans\/regie\.md:\d+ de link "\/plannen\/regiee\/" gaat naar een pagina die niet bestaat/);
    expect(result.output).toContain('Bedoelt u "/plannen/regie/"?');
  }, 120_000);

  it('an unknown field names the file and the field, and suggests the right one', () => {
    const result = buildWith('tables/ontwikkeltafel-1.md', (text) => text.replace(/^title:/m, 'titel:'));
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain('tables/ontwikkeltafel-1.md:2');
    expect(result.output).toContain('onbekend veld "titel"');
    expect(result.output).toContain('Bedoelt u "title"?');
  }, 120_000);

  it('a script or event handler in a Markdown body stops the build with the file, the line and what to do', () => {
    const result = buildWith('plans/regie.md', (text) => `${text.trimEnd()}\n\nTekst <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n`);
    const lines = fs.readFileSync(path.join(root, 'content/plans/regie.md'), 'utf8').trimEnd().split('\n').length;
    expect(result.status).not.toBe(0);
    expect(result.built).toBe(false);
    expect(result.output).toContain(`plans/regie.md:${lines + 2} het element <img> heeft het attribuut "onerror"`);
    expect(result.output).toContain(`plans/regie.md:${lines + 4} bevat een <script>; code in de inhoud mag niet`);
    expect(result.output).toContain('Haal het <script> weg.');
  }, 120_000);
});
