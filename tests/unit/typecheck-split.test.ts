import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';

/**
 * `npm run typecheck` splits the work: `astro check` checks the .astro components (tsconfig.astro.json)
 * and TypeScript's own compiler every .ts file (tsconfig.json), several times faster. That covers
 * everything only while no script or module imports a component: tsc reads such an import as a
 * component of any props, where astro check knew its props.
 */
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);

describe('the split of the type check', () => {
  it('has no TypeScript or JavaScript file import an .astro component', () => {
    const importsComponent = /(?:from|import)\s*\(?\s*['"][^'"]+\.astro['"]/;
    const scripts = tracked.filter((file) => /\.(m?ts|m?js)$/.test(file) && !file.startsWith('tests/fixtures/'));
    expect(scripts.length).toBeGreaterThan(300);
    const offenders = scripts.filter((file) => importsComponent.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives astro check every .astro component of the repository', () => {
    const components = tracked.filter((file) => file.endsWith('.astro'));
    expect(components.length).toBeGreaterThan(50);
    const config = fs.readFileSync(path.join(root, 'tsconfig.astro.json'), 'utf8');
    expect(config).toContain('"src/**/*.astro"');
    expect(components.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });
});
