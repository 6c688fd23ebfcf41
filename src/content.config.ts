// From astro/content/config, not astro:content: that virtual module is Astro's whole content
// runtime (getCollection, render and what they need), which Vite transforms module by module before
// the content sync can start: about a second of every build, spent on nothing the config uses.
import { defineCollection, type CollectionConfig } from 'astro/content/config';
import { collectionNames, registry, type CollectionName } from './schemas/index.ts';
import { plainSchemas } from './lib/schema/plain-schemas.ts';
import { contentDir } from './lib/content-dir.ts';
import { contentGlob } from './lib/content-loader.ts';
import { contentCacheKey } from './lib/content-cache-key.ts';

// The same schemas as the content check's, references included: what the check passes, Astro takes.
const schemas = plainSchemas;
// Besides their files, what the entries are read and rendered with (see contentCacheKey).
const cacheKey = contentCacheKey(contentDir());
type Schemas = typeof schemas;

/** A collection of the registry: it reads `<content dir>/<name>/`, in the file types the registry allows. */
function define(name: CollectionName) {
  const extensions = registry[name].formats;
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  return defineCollection({
    loader: contentGlob({ pattern, base: `${contentDir()}/${name}`, cacheKey }),
    schema: schemas[name],
  });
}

/**
 * Every collection of the registry (src/schemas/registry.ts), nothing listed twice. Typed per
 * collection here, once, so that Astro's `CollectionEntry<C>` knows each schema's fields.
 */
export const collections = Object.fromEntries(collectionNames.map((name) => [name, define(name)])) as {
  [C in CollectionName]: CollectionConfig<Schemas[C]>;
};
