import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, isoDay } from '../../src/lib/dates';

describe('dates', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDate(new Date('2023-01-24'))).toBe('24 januari 2023');
    expect(formatDate(new Date('2019-11-01'))).toBe('1 november 2019');
    expect(formatMonth(new Date('2019-11-01'))).toBe('november 2019');
  });

  it('does not shift a calendar date across a time zone', () => {
    expect(formatDate(new Date('2018-11-01T00:00:00Z'))).toBe('1 november 2018');
    expect(isoDay(new Date('2023-01-24'))).toBe('2023-01-24');
  });
});
