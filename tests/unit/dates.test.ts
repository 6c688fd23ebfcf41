import { describe, expect, it } from 'vitest';
import { formatDate, formatDateAt, formatMonth, isoAt, isoDay } from '../../src/lib/dates.ts';

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

describe('dates known to the month only', () => {
  it('shows month and year, and a month-precise datetime', () => {
    const date = new Date('2019-11-01');
    expect(formatDateAt(date, 'maand')).toBe('november 2019');
    expect(isoAt(date, 'maand')).toBe('2019-11');
    expect(formatDateAt(date)).toBe('1 november 2019');
    expect(isoAt(date, 'dag')).toBe('2019-11-01');
  });
});
