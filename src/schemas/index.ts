import type { z } from 'astro/zod';
import type { CollectionName, ReferenceFactory } from './shared';
import { tableSchema } from './tables';
import { planSchema } from './plans';
import { newsletterSchema } from './newsletters';
import { practiceSchema } from './practices';
import { teamSchema } from './teams';
import { personSchema } from './people';
import { organisationSchema } from './organisations';
import { glossarySchema } from './glossary';
import { sourceSchema } from './sources';
import { supportLevelSchema } from './supportLevels';

export * from './shared';

/** How each collection is stored: the file types editors may use. */
export const collectionFormats: Record<CollectionName, readonly ('md' | 'mdx' | 'yaml')[]> = {
  tables: ['md'],
  plans: ['md', 'mdx'],
  newsletters: ['md', 'mdx'],
  practices: ['md', 'mdx'],
  teams: ['yaml'],
  people: ['yaml'],
  organisations: ['yaml'],
  glossary: ['yaml'],
  sources: ['md'],
  supportLevels: ['yaml'],
};

/** Every collection's schema, built with the given kind of reference. */
export function buildSchemas<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return {
    tables: tableSchema(ref),
    plans: planSchema(ref),
    newsletters: newsletterSchema(ref),
    practices: practiceSchema(ref),
    teams: teamSchema(ref),
    people: personSchema(ref),
    organisations: organisationSchema(ref),
    glossary: glossarySchema(ref),
    sources: sourceSchema(),
    supportLevels: supportLevelSchema(ref),
  } satisfies Record<CollectionName, unknown>;
}
