/**
 * The one way Cobalt writes dates and times, per locale. Pure: the caller passes the locale, and
 * the only clock it touches is the `Date` handed to `localDay`/`dateTime`. ISO dates
 * ('YYYY-MM-DD') are calendar days, so they are formatted in UTC and never shift a day; date-times
 * (an ISO instant) are shown in the user's time zone.
 *
 * The `Intl.DateTimeFormat` objects are built on first use and kept per locale: building them at
 * module load cost ~22 ms of start-up (issue 18), and most screens need one or two of them.
 */

/** The formats, one each. Examples are for 'en-GB'. */
export interface DateFormats {
  /** "Mon 4 Mar": a day inside a known week (column headings, pickers, chart labels). */
  day(iso: string): string;
  /** "Monday 4 March 2024": a day on its own (accessible names, backup days). */
  longDay(iso: string): string;
  /** "4–10 Mar 2024", "26 Feb – 3 Mar 2024", "30 Dec 2024 – 5 Jan 2025", "4 Mar 2024". */
  range(from: string, to: string): string;
  /** "12 Jan 2026, 10:30": an instant (ISO date-time or Date) in the user's time zone. */
  dateTime(at: string | Date): string;
  /** "08:00" (or "8:00 am" where the locale's clock is 12-hour): a meal time 'HH:MM'. */
  time(clock: string): string;
}

type Kind = 'day' | 'longDay' | 'range' | 'dateTime' | 'time';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' },
  longDay: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  range: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  // Meal times are wall-clock times, not instants: UTC keeps 08:00 at 08:00.
  time: { timeStyle: 'short', timeZone: 'UTC' },
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;
/** Thin and narrow no-break spaces some ICU versions put in ranges and times; plain spaces read the same. */
const ODD_SPACES = /[\u2009\u202f]/g;

function calendarDay(iso: string): Date {
  const m = ISO_DAY.exec(iso);
  if (m === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function withoutFirstComma(text: string): string {
  return text.replace(',', '').replace(ODD_SPACES, ' ');
}

function makeFormats(locale: string): DateFormats {
  const made = new Map<Kind, Intl.DateTimeFormat>();
  const fmt = (kind: Kind): Intl.DateTimeFormat => {
    let f = made.get(kind);
    if (f === undefined) {
      f = new Intl.DateTimeFormat(locale, OPTIONS[kind]);
      made.set(kind, f);
    }
    return f;
  };
  return {
    day: (iso) => withoutFirstComma(fmt('day').format(calendarDay(iso))),
    longDay: (iso) => withoutFirstComma(fmt('longDay').format(calendarDay(iso))),
    range(from, to) {
      const parts = fmt('range').formatRangeToParts(calendarDay(from), calendarDay(to));
      // Only the day differs ("4–10 Mar 2024"): the dash binds the two numbers, no spaces.
      const onlyDays = parts
        .filter((p) => p.source !== 'shared' && p.type !== 'literal')
        .every((p) => p.type === 'day');
      return parts
        .map((p) => (onlyDays && p.type === 'literal' && p.value.trim() === '–' ? '–' : p.value))
        .join('')
        .replace(ODD_SPACES, ' ');
    },
    dateTime(at) {
      const date = typeof at === 'string' ? new Date(at) : at;
      if (Number.isNaN(date.getTime())) return typeof at === 'string' ? at : '';
      return fmt('dateTime').format(date).replace(ODD_SPACES, ' ');
    },
    time(clock) {
      const m = CLOCK.exec(clock);
      if (m === null) return clock;
      const at = new Date(Date.UTC(1970, 0, 1, Number(m[1]), Number(m[2])));
      return fmt('time').format(at).replace(ODD_SPACES, ' ');
    },
  };
}

const byLocale = new Map<string, DateFormats>();

/** The formats for `locale`, made once per locale; no formatter is built until a format is used. */
export function dateFormats(locale: string): DateFormats {
  let f = byLocale.get(locale);
  if (f === undefined) {
    f = makeFormats(locale);
    byLocale.set(locale, f);
  }
  return f;
}

/** 'YYYY-MM-DD' of `date` in the time zone of this computer: what "today" means to the user. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
