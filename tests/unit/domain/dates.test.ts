import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  isClockTime,
  isIsoDate,
  minutesOfDay,
  weekDates,
} from '@shared/base/dates';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-4-01')).toBe(false);
  });

  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(() => dayNumber('2024-02-30')).toThrow(RangeError);
  });

  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (n) => {
        const date = dateFromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(n);
      }),
    );
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('lists the seven days of a week', () => {
    expect(weekDates('2024-12-30')).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-05',
    ]);
  });

  it('reads clock times', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(minutesOfDay('08:30')).toBe(510);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('8:30')).toBe(false);
    expect(() => minutesOfDay('12:60')).toThrow(RangeError);
  });
});
