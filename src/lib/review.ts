import { isoDay } from './dates.ts';

/**
 * Whether a page is past the date by which someone should have checked it. A page is due the day
 * after its `reviewBy` date. Dates are calendar days, compared in UTC like every date in the content.
 */
export function isPastReview(reviewBy: Date | undefined, today: Date): boolean {
  return reviewBy !== undefined && isoDay(reviewBy) < isoDay(today);
}
