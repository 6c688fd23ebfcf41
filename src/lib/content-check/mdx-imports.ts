import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Check } from './context.ts';
import type { ContentIssue } from './types.ts';

/** `import … from 'x'`, `export … from 'x'` and `import 'x'`: group 2 or 4 is what is imported. */
const importedFrom = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1|\bimport\s*(['"])([^'"\n]+)\3/g;

/** The extensions Vite tries for an import written without one, also for a folder's index file. */
const extensions = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

/** Whether Vite finds a file for the path: as written, with one of its extensions, or as a folder's index. */
function fileExists(candidate: string): boolean {
  const found = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();
  return (
    found(candidate) || extensions.some((ext) => found(candidate + ext) || found(path.join(candidate, `index${ext}`)))
  );
}

/**
 * Whether an installed package offers `subpath` ("" for the package itself) to an import, as Node and
 * Vite resolve it: through the keys of its `exports` ("./zod", or a pattern such as "./dist/*"), or,
 * for a package without `exports`, as a file in its folder. Which condition (import, browser, …) a
 * key holds is left to the build: a key that is there, and not null, is offered.
 */
function packageHas(packageDir: string, subpath: string): boolean {
  let manifest: { exports?: unknown };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { exports?: unknown };
  } catch {
    return true; // A package.json the check cannot read: the build will say what is wrong with it.
  }
  const { exports } = manifest;
  if (exports === undefined || exports === null) return subpath === '' || fileExists(path.join(packageDir, subpath));
  const key = subpath === '' ? '.' : `./${subpath}`;
  // "exports": "./index.js", or { "import": …, "default": … }: only the package itself is offered.
  if (typeof exports === 'string' || Array.isArray(exports) || Object.keys(exports).every((k) => !k.startsWith('.')))
    return key === '.';
  const entries = exports as Record<string, unknown>;
  if (key in entries) return entries[key] !== null;
  return Object.entries(entries).some(([pattern, target]) => {
    const star = pattern.indexOf('*');
    return (
      star !== -1 &&
      target !== null &&
      key.startsWith(pattern.slice(0, star)) &&
      key.endsWith(pattern.slice(star + 1)) &&
      key.length >= pattern.length - 1
    );
  });
}

/** What is wrong with importing `specifier` from the file at `from`; undefined when the build finds it. */
function problemWith(
  specifier: string,
  from: string,
  root: string,
): Pick<ContentIssue, 'message' | 'hint'> | undefined {
  const bare = specifier.split('?')[0]!;
  if (bare.startsWith('astro:') || bare.startsWith('node:') || builtinModules.includes(bare)) return undefined;
  if (bare.startsWith('.') || bare.startsWith('/')) {
    // Vite reads "/src/…" from the project's root, "./…" and "../…" from the file's own folder.
    const target = bare.startsWith('/') ? path.join(root, bare) : path.resolve(path.dirname(from), bare);
    if (fileExists(target)) return undefined;
    return {
      message: `het bestand "${specifier}" dat hier wordt ingeladen (import), bestaat niet`,
      hint: 'Controleer de naam en de map. Een pad met ./ of ../ begint bij de map van dit bestand, een pad met / bij de hoofdmap van het project, zoals /src/components/Card.astro.',
    };
  }
  const parts = bare.split('/');
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const packageDir = path.join(root, 'node_modules', name);
  if (fs.existsSync(path.join(packageDir, 'package.json'))) {
    const subpath = parts.slice(name.split('/').length).join('/');
    if (packageHas(packageDir, subpath)) return undefined;
    return {
      message: `het pakket "${name}" heeft geen onderdeel "${subpath}" dat hier kan worden ingeladen (import)`,
      hint: `Controleer wat er na ${name}/ staat: een pakket stelt alleen bepaalde onderdelen beschikbaar. Of haal de regel met import weg.`,
    };
  }
  return {
    message: `het pakket "${name}" dat hier wordt ingeladen (import), is niet geïnstalleerd`,
    hint: `Haal de regel met import weg, of vraag een ontwikkelaar om het pakket toe te voegen (npm install ${name}).`,
  };
}

/**
 * An .mdx body that imports a file that is not there, or a package that is not installed: the build
 * would stop on it with Vite's English error and a stack trace. Said here, in Dutch, at its line.
 */
export const checkMdxImports: Check = ({ entries, bodyOf, root }) => {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.format !== 'mdx') continue;
    const body = bodyOf(entry);
    if (!body) continue;
    for (const node of body.tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      // Comments left out, with their lines kept, so a line counted below is the line in the file.
      const code = node.value.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
      for (const match of code.matchAll(importedFrom)) {
        const specifier = match[2] ?? match[4]!;
        const problem = problemWith(specifier, entry.path, root);
        if (!problem) continue;
        const start = body.lineOf(node);
        const within = code.slice(0, match.index).split('\n').length - 1;
        issues.push({
          severity: 'error',
          file: entry.file,
          line: start === undefined ? undefined : start + within,
          ...problem,
        });
      }
    }
  }
  return issues;
};
