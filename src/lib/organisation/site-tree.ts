import { isEntryOf, type Entry } from '../entries.ts';
import { getSite } from '../site.ts';
import { href, overviewPath } from '../urls.ts';
import { fitsOnOnePage, sectionSlug } from './fit.ts';
import { buildOrganisationTree, type OrgNode } from './tree.ts';

/** One part of "who does what": a table, or what lies outside the tables. */
export interface OrgSection {
  root: OrgNode;
  table?: Entry<'tables'>;
  /** The site path of the section's own page, when the whole does not fit on one page. */
  path?: string;
}

/** Where the people and organisations a summary box stands for are listed. */
export function overviewOfKind(kind: string): string | undefined {
  if (kind === 'person') return href(overviewPath('people'));
  if (kind === 'organisation') return href(overviewPath('organisations'));
  return undefined;
}

let sections: Promise<OrgSection[]> | undefined;

/**
 * The sections of "who does what" for this site's content, each with its own page when needed; built
 * once and shared by the pages of the build, like the content itself (getSite).
 */
export function organisationSections(): Promise<OrgSection[]> {
  sections ??= buildSections();
  return sections;
}

async function buildSections(): Promise<OrgSection[]> {
  const site = await getSite();
  const roots = buildOrganisationTree({
    tables: site.list('tables'),
    plans: site.list('plans'),
    teams: site.list('teams'),
    people: site.list('people'),
    resolve: site.get,
  });
  const split = !fitsOnOnePage(roots);
  return roots.map((root) => {
    const entry = site.get(root.ref);
    return {
      root,
      table: entry && isEntryOf(entry, 'tables') ? entry : undefined,
      path: split ? `/wie-doet-wat/${sectionSlug(root)}/` : undefined,
    };
  });
}
