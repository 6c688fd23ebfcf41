import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { fieldsOf, type FieldKind } from '../../src/lib/schema/walk.ts';
import { overviewPath } from '../../src/lib/urls.ts';
import { collectionNames, isCollectionName, registry, type CollectionSpec } from '../../src/schemas/index.ts';
import { root } from '../support/builds.ts';

/**
 * The collection registry (src/schemas/registry.ts) is the one list of collections. A collection
 * added there needs its schema and its pages; these tests say which part is missing.
 */
const pagesDir = path.join(root, 'src/pages');
const pageFile = (sitePath: string) =>
  ['.astro', '.md', '.mdx'].some((ext) => fs.existsSync(path.join(pagesDir, `${sitePath.replace(/\/$/, '')}${ext}`))) ||
  fs.existsSync(path.join(pagesDir, sitePath, 'index.astro')) ||
  fs.existsSync(path.join(pagesDir, sitePath, '[...page].astro'));

describe.each(collectionNames)('collection %s', (collection) => {
  const spec: CollectionSpec = registry[collection];

  it('has a route, Dutch nouns, a title and file types', () => {
    expect(spec.route).toMatch(/^[a-z][a-z-]*$/);
    expect(spec.noun.one).toMatch(/^\p{Ll}/u);
    expect(spec.noun.many).toMatch(/^\p{Ll}/u);
    expect(spec.label.length).toBeGreaterThan(2);
    expect(spec.formats.length).toBeGreaterThan(0);
  });

  it(`has a page per entry, src/pages/<route>/[id].astro`, () => {
    expect(fs.existsSync(path.join(pagesDir, spec.route, '[id].astro'))).toBe(true);
  });

  it('has an overview page that lists it', () => {
    expect(pageFile(overviewPath(collection)), overviewPath(collection)).toBe(true);
  });

  it('names its entries by a field of its schema that every entry must have', () => {
    const field = fieldsOf(plainSchemas[collection] as z.ZodType).find((f) => f.name === spec.nameField);
    expect(field?.required).toBe(true);
    expect(field?.kind.type).toBe('text');
  });

  it('refers only to collections of the registry', () => {
    const targets = (kind: FieldKind): string[] =>
      kind.type === 'reference'
        ? [kind.collection]
        : kind.type === 'list'
          ? targets(kind.item)
          : kind.type === 'group'
            ? kind.fields.flatMap((f) => targets(f.kind))
            : [];
    const all = fieldsOf(plainSchemas[collection] as z.ZodType).flatMap((f) => targets(f.kind));
    expect(all.filter((target) => !isCollectionName(target))).toEqual([]);
  });
});

describe('the registry', () => {
  it('gives every collection its own route and its own nouns', () => {
    const routes = collectionNames.map((c) => registry[c].route);
    const nouns = collectionNames.flatMap((c) => [registry[c].noun.one, registry[c].noun.many]);
    expect(new Set(routes).size).toBe(routes.length);
    expect(new Set(nouns).size).toBe(nouns.length);
  });
});
