import { entryTitle, sortByTitle, type AnyEntry } from './entries';
import { entryHref } from './urls';
import { fundingSources, labelOf } from '../schemas/vocabulary';

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
export function pyramidLevels(levels: readonly AnyEntry[], practices: readonly AnyEntry[]): PyramidLevel[] {
  return [...levels]
    .sort((a, b) => (b.data.order as number) - (a.data.order as number))
    .map((level) => ({
      id: level.id,
      name: entryTitle(level),
      href: entryHref('supportLevels', level.id),
      share: typeof level.data.share === 'string' ? level.data.share : undefined,
      funding: ((level.data.funding as string[] | undefined) ?? []).map((source) => labelOf(fundingSources, source)),
      practices: sortByTitle(
        practices.filter((practice) =>
          ((practice.data.supportLevels as { id: string }[] | undefined) ?? []).some((ref) => ref.id === level.id),
        ),
      ).map((practice) => ({ title: entryTitle(practice), href: entryHref('practices', practice.id) })),
    }));
}
