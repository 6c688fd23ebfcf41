import type { AnyEntry } from './entries.ts';
import {
  groupByInitial,
  groupByYear,
  groupOrganisationsByKind,
  groupPlansByTable,
  groupPracticesByPlace,
} from './groupings.ts';
import type { Group } from './groupings.ts';
import { overviewPaths, type PagedCollection } from './pagination.ts';
import { getSite } from './site.ts';

/** How each paged overview (pagination.ts) groups its entries: people A–Z, plans per table, newsletters per year, … */
async function overviewGroups(collection: PagedCollection): Promise<Group<AnyEntry>[]> {
  const site = await getSite();
  switch (collection) {
    case 'people':
      return groupByInitial(site.list('people'));
    case 'organisations':
      return groupOrganisationsByKind(site.list('organisations'));
    case 'plans':
      return groupPlansByTable(site.list('plans'), site.list('tables'));
    case 'practices':
      return groupPracticesByPlace(site.list('practices'));
    case 'newsletters':
      return groupByYear(site.list('newsletters'), (edition) => edition.data.date);
    case 'sources':
      return [{ entries: site.list('sources') }];
  }
}

/** `getStaticPaths` of a collection's overview route, `src/pages/<route>/[...page].astro`. */
export async function collectionOverviewPaths(collection: PagedCollection) {
  return overviewPaths(await overviewGroups(collection));
}
