import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../support/astro-build.ts';
import { root } from '../support/builds.ts';
import { isolatedProject } from '../support/isolated-project.ts';

/**
 * A copy of the real content with one mistake in each of four files and a contradiction between two
 * others, built once: the build must
 * stop, name every mistake with its file (and line), and count each one as an error, not a warning.
 */
const temporary: string[] = [];
const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-content-'));
temporary.push(contentDir);
const regieLines = fs.readFileSync(path.join(root, 'content/plans/regie.md'), 'utf8').trimEnd().split('\n').length;

function change(file: string, edit: (text: string) => string) {
  const target = path.join(contentDir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
}

let result: BuildResult;
let built = false;

beforeAll(async () => {
  fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  // A reference to an entry that does not exist.
  change('people/kate-snellens.yaml', (text) =>
    /^organisation:/m.test(text)
      ? text.replace(/^organisation:.*$/m, 'organisation: gemeente-hengeloo')
      : `${text.trimEnd()}\norganisation: gemeente-hengeloo\n`,
  );
  // A link in the text to a page that does not exist (line regieLines + 2), then code (lines + 4 and + 6).
  change(
    'plans/regie.md',
    (text) =>
      `${text.trimEnd()}\n\nZie [het plan](/plannen/regiee/).\n\nTekst <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n`,
  );
  // An unknown field.
  change('tables/ontwikkeltafel-1.md', (text) => text.replace(/^title:/m, 'titel:'));
  // Two plans that are each other's parent (jeugdbeschermingstafels already falls under regionale-sturing).
  change('plans/regionale-sturing.md', (text) => text.replace(/^title:/m, 'parent: "jeugdbeschermingstafels"\ntitle:'));
  const project = isolatedProject();
  temporary.push(project);
  const out = path.join(contentDir, '.dist');
  result = await astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: out }, project);
  built = fs.existsSync(path.join(out, 'index.html'));
}, 300_000);
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('a content mistake stops the build', () => {
  it('stops before anything is built', () => {
    expect(result.status).not.toBe(0);
    expect(built).toBe(false);
    expect(result.output).toMatch(/De inhoud heeft \d+ fouten?\. Herstel/);
  });

  it("says only what editors act on: no stack trace or location in the build's own code", () => {
    expect(result.output).not.toMatch(/Stack trace|Location:/);
    expect(result.output).not.toContain('src/integrations/');
  });

  // Each mistake below is reported as an error (a line starting with FOUT), never as a warning:
  // it would stop the build on its own.
  const errorLine = (text: string) => result.output.split('\n').find((line) => line.includes(text));

  it('a reference to an entry that does not exist names the file, the field and the missing id', () => {
    expect(errorLine('people/kate-snellens.yaml')).toMatch(/^FOUT .*veld "organisation".*"gemeente-hengeloo"/);
    expect(result.output).toContain('Bedoelt u "gemeente-hengelo"?');
  });

  it('a link to a page that does not exist in the text stops the build too, with the line', () => {
    expect(
      errorLine(`plans/regie.md:${regieLines + 2} de link "/plannen/regiee/" gaat naar een pagina die niet bestaat`),
    ).toMatch(/^FOUT /);
    expect(result.output).toContain('Bedoelt u "/plannen/regie/"?');
  });

  it('an unknown field names the file and the field, and suggests the right one', () => {
    expect(errorLine('onbekend veld "titel"')).toMatch(/^FOUT .*tables\/ontwikkeltafel-1\.md:2 /);
    expect(result.output).toContain('Bedoelt u "title"?');
  });

  it('a contradiction between files stops the build, named in each file with the other', () => {
    const files = ['plans/jeugdbeschermingstafels.md', 'plans/regionale-sturing.md'];
    for (const file of files) {
      const line = errorLine(`${file}:`);
      expect(line).toMatch(/^FOUT .*veld "parent": .*verwijzen met parent in een kring naar elkaar/);
      for (const named of files) expect(line).toContain(named);
    }
  });

  it('a script or event handler in a Markdown body stops the build with the file, the line and what to do', () => {
    expect(errorLine(`plans/regie.md:${regieLines + 4} het element <img> heeft het attribuut "onerror"`)).toMatch(
      /^FOUT /,
    );
    expect(errorLine(`plans/regie.md:${regieLines + 6} bevat een <script>; code in de inhoud mag niet`)).toMatch(
      /^FOUT /,
    );
    expect(result.output).toContain('Haal het <script> weg.');
  });
});
