import { entryTitle, refKey, sortByTitle, type Entry } from './entries.ts';
import { entryHref } from './urls.ts';
import { fundingSources, labelOf } from '../schemas/vocabulary.ts';

export interface PyramidLevel {
  id: string;
  name: string;
  href: string;
  /** The share of toddlers the source gives for this level; most levels have none. */
  share?: string;
  funding: string[];
  practices: { title: string; href: string }[];
}

/**
 * The support pyramid from top to bottom, the order it is drawn and read in: the most specialised
 * support first, the basis last. Each level with the practices that work at it.
 */
export function pyramidLevels(
  levels: readonly Entry<'supportLevels'>[],
  practices: readonly Entry<'practices'>[],
): PyramidLevel[] {
  return [...levels]
    .sort((a, b) => b.data.order - a.data.order)
    .map((level) => ({
      id: level.id,
      name: entryTitle(level),
      href: entryHref('supportLevels', level.id),
      share: level.data.share,
      funding: level.data.funding.map((source) => labelOf(fundingSources, source)),
      practices: sortByTitle(
        practices.filter((practice) => practice.data.supportLevels.some((ref) => ref.id === level.id)),
      ).map((practice) => ({ title: entryTitle(practice), href: entryHref('practices', practice.id) })),
    }));
}

/** The sources the levels cite, each once, in the order they are first cited: the pyramid's own sources. */
export function pyramidSources(levels: readonly Entry<'supportLevels'>[]) {
  return [...new Map(levels.flatMap((level) => level.data.sources).map((ref) => [refKey(ref), ref])).values()];
}
