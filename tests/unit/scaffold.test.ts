import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { fieldsOf } from '../../src/lib/schema/walk.ts';
import { collectionFromName } from '../../src/lib/collection-names.ts';
import { idFromTitle } from '../../src/lib/entry-id.ts';
import { existingEntryFile, scaffoldEntry, titleField } from '../../src/lib/scaffold.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { root } from '../support/builds.ts';
import { contentWith, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

describe('idFromTitle', () => {
  it.each([
    ['Ontwikkeltafel 4', 'ontwikkeltafel-4'],
    ['Café-overleg: één keer per maand', 'cafe-overleg-een-keer-per-maand'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['Thema’s & projecten', 'themas-en-projecten'],
    ['  IJsselmonde, Ĳssel en Groenlo  ', 'ijsselmonde-ijssel-en-groenlo'],
    ['Geïntegreerd aanbod (0–4 jaar)', 'geintegreerd-aanbod-0-4-jaar'],
    ['VVE', 'vve'],
  ])('%s → %s', (title, id) => {
    expect(idFromTitle(title)).toBe(id);
  });

  it('gives a valid id, cut at a word when the title is long', () => {
    const id = idFromTitle(
      'Een heel lange titel die maar doorgaat en doorgaat over samenwerking tussen onderwijs en jeugdhulp in de regio',
    );
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(id.endsWith('-')).toBe(false);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(idFromTitle('!!! …')).toBe('');
    expect(() => scaffoldEntry('plans', '!!!')).toThrow(/geen letters of cijfers/);
  });
});

describe('collectionFromName', () => {
  it.each([
    ['plannen', 'plans'],
    ['nieuwsbrieven', 'newsletters'],
    ['praktijkvoorbeelden', 'practices'],
    ['mensen', 'people'],
    ['organisaties', 'organisations'],
    ['begrippen', 'glossary'],
    ['bronnen', 'sources'],
    ['Plans', 'plans'],
    ['supportLevels', 'supportLevels'],
    ['ontwikkeltafels', 'tables'],
  ])('%s is %s', (name, collection) => {
    expect(collectionFromName(name)).toEqual({ collection });
  });

  it('suggests the collection meant', () => {
    expect(collectionFromName('plannn')).toEqual({ suggestion: 'plannen' });
  });
});

describe('scaffoldEntry', () => {
  it.each(collectionNames)('%s: every field of the schema, with its description as a comment', (collection) => {
    const { text, file, id } = scaffoldEntry(collection, 'Nieuwe testpagina');
    expect(id).toBe('nieuwe-testpagina');
    expect(file).toMatch(new RegExp(`^${collection}/nieuwe-testpagina\\.(md|yaml)$`));
    for (const field of fieldsOf(plainSchemas[collection] as z.ZodType)) {
      expect(text, field.name).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
      const firstWords = field.description!.split(/\s+/).slice(0, 4).join(' ');
      expect(text, field.name).toContain(`# ${firstWords}`);
    }
    expect(text).toContain(`${titleField(collection)}: "Nieuwe testpagina"`);
  });

  it.each(collectionNames)('%s: fails the check only on the values still to fill in, each named', (collection) => {
    const { text, file } = scaffoldEntry(collection, 'Nieuwe testpagina');
    const dir = contentWith({ [file]: text });
    const { errors } = checkContent({ root, dir });
    const own = errors.filter((e) => e.file.endsWith(file));
    // Nothing else breaks because of the new file, and it is never silently valid.
    expect(errors.filter((e) => !e.file.endsWith(file))).toEqual([]);
    expect(own.length).toBeGreaterThan(0);
    for (const error of own) {
      // An empty field, or an empty row ("-") of a list, counted from 1 as editors count.
      expect(error.message, error.field).toMatch(/^(dit veld is nog leeg|plaats 1 in de lijst [a-zA-Z.]+ is leeg)$/);
      expect(error.line, error.field).toBeGreaterThan(0);
      expect(error.hint, error.field).toContain('Het veld is bedoeld voor: ');
    }
    // Every required field but the title is named.
    const required = fieldsOf(plainSchemas[collection] as z.ZodType)
      .filter((f) => f.required && f.name !== titleField(collection))
      .map((f) => f.name);
    expect(new Set(own.map((e) => e.field!.split('.')[0]))).toEqual(new Set(required));
  });

  it('gives a file that passes once the editor fills in the empty fields', () => {
    const { text, file } = scaffoldEntry('people', 'Piet Test');
    const filled = text.replace(/^sources:\n {2}-$/m, 'sources:\n  - testbron');
    const dir = contentWith({ [file]: filled });
    expect(checkContent({ root, dir }).errors).toEqual([]);
  });

  it('gives optional fields that become an empty field, not broken YAML, when switched on', () => {
    const { text, file } = scaffoldEntry('practices', 'Testvoorbeeld');
    const switchedOn = text.replace(
      /^# ageRange:\n((?:# .*\n)+)/m,
      (_, rest: string) => `ageRange:\n${rest.replace(/^# /gm, '')}`,
    );
    expect(switchedOn).not.toBe(text);
    const dir = contentWith({ [file]: switchedOn });
    const own = checkContent({ root, dir }).errors.filter((e) => e.file.endsWith(file));
    expect(own.filter((e) => e.field?.startsWith('ageRange')).map((e) => [e.field, e.message])).toEqual([
      ['ageRange.fromMonths', 'dit veld is nog leeg'],
      ['ageRange.toMonths', 'dit veld is nog leeg'],
      ['ageRange.label', 'dit veld is nog leeg'],
    ]);
  });

  it('finds an existing file with the same id, whatever its type', () => {
    const dir = contentWith();
    expect(existingEntryFile(dir, 'plans', 'testplan')).toBe(path.join(dir, 'plans/testplan.md'));
    expect(existingEntryFile(dir, 'plans', 'ander-plan')).toBeUndefined();
  });
});

// These start a Node process each; the timeout is room for a busy machine, not a speed requirement.
describe('npm run new', { timeout: 60_000 }, () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/new-entry.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });

  it('writes the file, lists what to fill in, and refuses the same id a second time', () => {
    const dir = contentWith();
    const first = run(dir, 'begrippen', 'ABC');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Aangemaakt:');
    expect(first.stdout).toMatch(/glossary\/abc\.yaml:\d+ veld "fullForm": dit veld is nog leeg/);
    const written = fs.readFileSync(path.join(dir, 'glossary/abc.yaml'), 'utf8');

    const second = run(dir, 'glossary', 'abc');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('Er is al een bestand met het id "abc"');
    expect(fs.readFileSync(path.join(dir, 'glossary/abc.yaml'), 'utf8')).toBe(written);
  });

  it('explains how to use it in Dutch, and suggests a collection name', () => {
    const dir = contentWith();
    const usage = run(dir).stderr;
    expect(usage).toContain('Gebruik: npm run new -- <soort> "Titel"');
    // Each kind once, by its Dutch name; the English and singular names work but are not listed.
    expect(usage).toContain('Soorten: ontwikkeltafels, plannen, nieuwsbrieven, praktijkvoorbeelden, teams, mensen,');
    expect(usage).not.toContain('plans');
    const wrong = run(dir, 'mensn', 'Piet Test');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('"mensn" is geen soort pagina die de site kent. Bedoelt u "mensen"?');
  });
});
