import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNames, builds } from '../support/builds.ts';
import { htmlFiles } from '../support/dist.ts';
import { htmlValidator } from '../support/html-validator.ts';

const validator = htmlValidator({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... />; both forms are valid HTML.
    'void-style': 'off',
    // Astro minifies: long lines and attribute order are not ours to choose.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    // Official document titles are long ("Verslag GOAB-themabijeenkomst …"); we keep them whole.
    'long-title': 'off',
  },
});

describe.each(buildNames)('html-validate on the %s build', (name) => {
  const { dir } = builds[name];
  it('reports no error on any page', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dir)) {
      const report = await validator.validateString(fs.readFileSync(path.join(dir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
