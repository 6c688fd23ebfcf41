import { gitDateOf } from './git-dates.ts';
import type { AnyEntry } from './entries.ts';
import { lastUpdated, type KnownDate } from './last-updated.ts';
import { editUrl, repositoryFromEnv, type Repository } from './repository.ts';
import { isPastReview } from './review.ts';

/** What a page says about itself below its text: how fresh it is, and where to change it. */
export interface EntryStatus {
  /** The page in the repository's web editor; only when REPOSITORY_URL is set. */
  editUrl?: string;
  lastUpdated?: KnownDate;
  /** The `reviewBy` date, when it has passed: the page may be out of date. */
  reviewOverdueSince?: Date;
}

export interface StatusContext {
  today: Date;
  repository?: Repository;
  gitDate(file: string): Date | undefined;
}

export function entryStatus(entry: AnyEntry, context: StatusContext): EntryStatus {
  const reviewBy = 'reviewBy' in entry.data ? entry.data.reviewBy : undefined;
  return {
    editUrl: editUrl(context.repository, entry.filePath),
    lastUpdated: lastUpdated(entry, context.gitDate),
    reviewOverdueSince: isPastReview(reviewBy, context.today) ? reviewBy : undefined,
  };
}

/** The context of this build: today, the configured repository, and git in the project folder. */
export function buildStatusContext(): StatusContext {
  const root = process.cwd();
  return { today: new Date(), repository: repositoryFromEnv(), gitDate: (file) => gitDateOf(root, file) };
}
