import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateFormats, localDay } from '@shared/domain/date-format';
import { dateFromDayNumber, dayNumber } from '@shared/base/dates';
import { weekday } from '@shared/domain/plan-rows';
import {
  formatDateTime,
  formatDay,
  formatLongDay,
  formatRange,
  formatTime,
  today,
  userLocale,
} from '../../../src-renderer/src/lib/dates';

/** The locale's own short month names (en-GB writes September "Sept"). */
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, m) => monthName.format(Date.UTC(2024, m, 15)));
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Any planning day, 1900–2200 (the app's range). */
const isoDay = fc
  .integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') })
  .map(dateFromDayNumber);

describe('one format per locale', () => {
  it('writes September as the locale does', () => {
    expect(MONTHS[8]).toMatch(/^Sept?$/);
    expect(MONTHS[0]).toBe('Jan');
  });

  it('writes days, long days, ranges, date-times and times the British way (the app locale)', () => {
    const gb = dateFormats('en-GB');
    expect(gb.day('2024-03-04')).toBe('Mon 4 Mar');
    expect(gb.longDay('2024-03-04')).toBe('Monday 4 March 2024');
    expect(gb.range('2024-03-04', '2024-03-10')).toBe('4–10 Mar 2024');
    expect(gb.range('2024-02-26', '2024-03-03')).toBe('26 Feb – 3 Mar 2024');
    expect(gb.range('2024-12-30', '2025-01-05')).toBe('30 Dec 2024 – 5 Jan 2025');
    expect(gb.range('2024-03-04', '2024-03-04')).toBe('4 Mar 2024');
    expect(gb.dateTime(new Date(2026, 0, 12, 10, 30))).toBe('12 Jan 2026, 10:30');
    expect(gb.time('08:00')).toBe('08:00');
    expect(gb.time('19:30')).toBe('19:30');
  });

  it('follows another locale’s order and clock', () => {
    const us = dateFormats('en-US');
    expect(us.day('2024-03-04')).toBe('Mon Mar 4');
    expect(us.range('2024-03-04', '2024-03-10')).toBe('Mar 4–10, 2024');
    expect(us.range('2024-12-30', '2025-01-05')).toBe('Dec 30, 2024 – Jan 5, 2025');
    expect(us.time('19:30')).toBe('7:30 PM');
    expect(us.dateTime(new Date(2026, 0, 12, 19, 30))).toBe('Jan 12, 2026, 7:30 PM');
    expect(dateFormats('de').range('2024-03-04', '2024-03-10')).toBe('4.–10. März 2024');
  });

  it('uses one clock for meal times and date-times in every locale', () => {
    for (const locale of ['en-GB', 'en-US', 'de', 'fr']) {
      const f = dateFormats(locale);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
          const clock = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(f.dateTime(new Date(2026, 0, 12, h, m))).toContain(f.time(clock));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('leaves text that is not a date-time or a clock time as it is, and refuses a non-date day', () => {
    const gb = dateFormats('en-GB');
    expect(gb.dateTime('yesterday')).toBe('yesterday');
    expect(gb.time('8 o’clock')).toBe('8 o’clock');
    expect(() => gb.day('2024-3-4')).toThrow(/YYYY-MM-DD/);
  });

  it('the screens use the app locale', () => {
    expect(formatDay('2026-01-01')).toBe('Thu 1 Jan');
    expect(formatLongDay('2026-01-01')).toBe('Thursday 1 January 2026');
    expect(formatRange('2026-01-01', '2026-01-11')).toBe('1–11 Jan 2026');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatTime('12:30')).toBe('12:30');
  });
});

describe('day and range texts agree with the ISO date', () => {
  const gb = dateFormats('en-GB');
  const parts = (iso: string) => ({
    day: Number(iso.slice(8, 10)),
    month: MONTHS[Number(iso.slice(5, 7)) - 1]!,
    year: iso.slice(0, 4),
  });

  it('names the weekday, day, month and year of the ISO date', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const p = parts(iso);
        expect(gb.day(iso)).toBe(`${WEEKDAYS[weekday(iso)]} ${p.day} ${p.month}`);
        expect(gb.range(iso, iso)).toBe(`${p.day} ${p.month} ${p.year}`);
      }),
    );
  });

  it('writes a range by what its ends share', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 61 }), (from, length) => {
        const to = dateFromDayNumber(dayNumber(from) + length);
        const a = parts(from);
        const b = parts(to);
        const expected =
          a.year !== b.year
            ? `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`
            : a.month !== b.month
              ? `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`
              : `${a.day}–${b.day} ${b.month} ${b.year}`;
        expect(gb.range(from, to)).toBe(expected);
      }),
    );
  });
});

describe('formatters are made lazily, once per locale', () => {
  const Real = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = Real;
    vi.resetModules();
  });

  it('loading the modules builds no formatter; each format builds one on first use', async () => {
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made += 1;
      }
    } as typeof Real;
    vi.resetModules();
    const shared = await import('@shared/domain/date-format');
    const screens = await import('../../../src-renderer/src/lib/dates');
    const gb = shared.dateFormats('en-GB');
    expect(made).toBe(0);

    expect(screens.formatDay('2024-03-04')).toBe('Mon 4 Mar');
    expect(made).toBe(1);
    gb.day('2024-03-05');
    screens.formatDay('2024-03-06');
    expect(made).toBe(1); // the renderer and shared code share the en-GB formats
    screens.formatRange('2024-03-04', '2024-03-10');
    screens.formatTime('08:00');
    expect(made).toBe(3);
    shared.dateFormats('en-US').day('2024-03-04');
    expect(made).toBe(4);
    expect(shared.dateFormats('en-US')).toBe(shared.dateFormats('en-US'));
  });
});

describe("the computer's locale", () => {
  it('is the first listed locale Intl can format', () => {
    expect(userLocale(['en-US', 'en-GB'])).toBe('en-US');
    expect(userLocale(['de-DE'])).toBe('de-DE');
    expect(userLocale(['not a tag!', 'fr-FR'])).toBe('fr-FR');
  });

  it('falls back to British English when none is given or none can be formatted', () => {
    expect(userLocale([])).toBe('en-GB');
    expect(userLocale(undefined)).toBe('en-GB');
    expect(userLocale(['%%'])).toBe('en-GB');
  });

  it('writes the same day differently in different locales', () => {
    expect(dateFormats(userLocale(['en-US'])).range('2024-03-04', '2024-03-10')).toMatch(
      /^Mar 4\s?–\s?10, 2024$/,
    );
    expect(dateFormats(userLocale(['en-GB'])).range('2024-03-04', '2024-03-10')).toBe(
      '4–10 Mar 2024',
    );
  });
});

describe('today', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(today(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    expect(localDay(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
    expect(today()).toBe(localDay(new Date()));
  });
});
