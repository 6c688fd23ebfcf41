// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Lint for the code of the site, its tools and its tests: the recommended rules of ESLint,
 * typescript-eslint and eslint-plugin-astro, with the accessibility rules of jsx-a11y on the
 * markup of .astro files. Formatting is Prettier's job (prettier.config.js), not ESLint's.
 * `npm run lint` caches results per file, which is sound while no rule needs type information
 * (a type-aware rule can change its verdict on a file when another file changes).
 */
/** A relative path without a file extension (a query such as ?inline may follow one). */
const relativeWithoutExtension = String.raw`/^\.\.?\/(?!.*\.(ts|mjs|js|json|astro|css|svg)(\?.*)?$)/`;

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.test-dist/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'bench-results/',
      'tests/fixtures/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // A leading underscore marks what is left unused on purpose (a destructured value dropped).
      // A scrollable region (a wide table) must be reachable with Tab to scroll it with the keyboard
      // (WCAG 2.1.1; axe's scrollable-region-focusable): a named <section> is such a region.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A relative import names its file with the extension ('./urls.ts'): Node loads the build's
      // config and content check without a bundler, and only finds a file by its full name.
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=${relativeWithoutExtension}]`,
          message: "Schrijf de extensie in het pad van een import, bijvoorbeeld './urls.ts' (zie CONTRIBUTING).",
        })),
      ],
    },
  },
  {
    // Code that runs in the visitor's browser: custom elements and their helpers.
    files: ['src/components/**/*.ts', 'src/lib/search/client/**/*.ts', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
