/**
 * Dates and times on every screen and print layout: the one date module of the renderer
 * (formats in src-shared/domain/date-format.ts) and the one place it reads the clock.
 */
import { dateFormats, localDay, type DateFormats } from '@shared/domain/date-format';
import { isIsoDate } from '@shared/base/dates';

/** Used when the computer names no locale this browser can format (and in Node, which has none). */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * The locale of dates and times: the computer's own (Electron and Chromium give the operating
 * system's language here, the same locale the native date inputs use), so "Go to date" and the
 * week heading are written alike: "03/04/2024" beside "4–10 Mar 2024" in Britain, "03/04/2024"
 * beside "Mar 4 – 10, 2024" in the US. The first listed locale Intl can format wins.
 */
export function userLocale(
  languages: readonly string[] | undefined = globalThis.navigator?.languages,
): string {
  for (const tag of languages ?? []) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported !== undefined) return supported;
    } catch {
      // Not a well-formed language tag: try the next one.
    }
  }
  return FALLBACK_LOCALE;
}

let appLocale: string | null = null;
let appFormats: DateFormats | null = null;

/**
 * The formats of the locale this window writes dates in, found on first use: the first `Intl` call
 * of a page loads the locale data (20–45 ms), so it is not made at module load (issue 18) but
 * by the first format, or earlier by `prepareDateFormats` while start-up waits for the database.
 */
function formats(): DateFormats {
  appLocale ??= userLocale();
  return (appFormats ??= dateFormats(appLocale));
}

/**
 * Builds the locale's data and the formatters the Plan screen's first render uses, so that render
 * does not pay for them. Start-up calls it in a task of its own while IndexedDB opens.
 */
export function prepareDateFormats(): void {
  const f = formats();
  f.day('2024-03-04');
  f.longDay('2024-03-04');
  f.range('2024-03-04', '2024-03-10');
  f.time('08:00');
}

/** "Mon 4 Mar" */
export const formatDay = (iso: string): string => formats().day(iso);
/** "Monday 4 March 2024" */
export const formatLongDay = (iso: string): string => formats().longDay(iso);
/** "4–10 Mar 2024" */
export const formatRange = (from: string, to: string): string => formats().range(from, to);
/** "12 Jan 2026, 10:30" (local time) for an ISO date-time; the text itself if it is not one. */
export const formatDateTime = (at: string | Date): string => formats().dateTime(at);
/** "08:00": a meal time. */
export const formatTime = (clock: string): string => formats().time(clock);

/** Today's date on this computer ('YYYY-MM-DD', local time): the only place screens read the clock. */
export function today(now: Date = new Date()): string {
  return localDay(now);
}

/** Weekday names by number (0 = Sunday), for repeat pickers. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Dates users may plan: 1900–2200 (the stored rows' range, schemas/rows.ts). */
export function dateProblem(value: string): string | null {
  if (value === '') return 'Enter a date';
  if (!isIsoDate(value)) return 'Enter a real date written YYYY-MM-DD';
  if (value < '1900-01-01' || value > '2200-12-31') return 'Choose a date between 1900 and 2200';
  return null;
}
