import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, collectionFormats, type CollectionName } from './schemas';
import { contentDir } from './lib/content-dir';

const schemas = buildSchemas(reference);

/** Each collection reads `<content dir>/<name>/`, in the file types `collectionFormats` allows. */
function loader(name: CollectionName) {
  const extensions = collectionFormats[name];
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  return glob({ pattern, base: `${contentDir()}/${name}` });
}

export const collections = {
  tables: defineCollection({ loader: loader('tables'), schema: schemas.tables }),
  plans: defineCollection({ loader: loader('plans'), schema: schemas.plans }),
  newsletters: defineCollection({ loader: loader('newsletters'), schema: schemas.newsletters }),
  practices: defineCollection({ loader: loader('practices'), schema: schemas.practices }),
  teams: defineCollection({ loader: loader('teams'), schema: schemas.teams }),
  people: defineCollection({ loader: loader('people'), schema: schemas.people }),
  organisations: defineCollection({ loader: loader('organisations'), schema: schemas.organisations }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
  sources: defineCollection({ loader: loader('sources'), schema: schemas.sources }),
  supportLevels: defineCollection({ loader: loader('supportLevels'), schema: schemas.supportLevels }),
};
