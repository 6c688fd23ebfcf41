import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';

/** The project's own files (not node_modules, builds or hidden folders) matching a pattern. */
const own = (pattern: string) => fs.globSync(pattern, { cwd: root, exclude: ['node_modules', 'dist', 'dist-*', '.*'] });

/**
 * `npm run typecheck` splits the work: `astro check` checks the .astro components (tsconfig.astro.json)
 * and TypeScript's own compiler every .ts file (tsconfig.json), several times faster. That covers
 * everything only while no script or module imports a component: tsc reads such an import as a
 * component of any props, where astro check knew its props.
 */
describe('the split of the type check', () => {
  it('has no TypeScript or JavaScript file import an .astro component', () => {
    const importsComponent = /(?:from|import)\s*\(?\s*['"][^'"]+\.astro['"]/;
    const scripts = own('**/*.{ts,mts,js,mjs}').filter((file) => !file.startsWith('tests/fixtures/'));
    expect(scripts.length).toBeGreaterThan(300);
    const offenders = scripts.filter((file) => importsComponent.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives astro check every .astro component of the repository', () => {
    const components = own('**/*.astro');
    expect(components.length).toBeGreaterThan(50);
    const config = fs.readFileSync(path.join(root, 'tsconfig.astro.json'), 'utf8');
    expect(config).toContain('"src/**/*.astro"');
    expect(components.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });
});
