/**
 * Dates and times on every screen and print layout: the one date module of the renderer
 * (formats in src-shared/domain/date-format.ts) and the one place it reads the clock.
 */
import { dateFormats, localDay } from '@shared/domain/date-format';
import { isIsoDate } from '@shared/domain/dates';

/**
 * The locale of dates and times. The app's words are British English, so its dates are too
 * (day before month, 24-hour clock), the same on every computer.
 */
export const APP_LOCALE = 'en-GB';

const formats = dateFormats(APP_LOCALE);

/** "Mon 4 Mar" */
export const formatDay = (iso: string): string => formats.day(iso);
/** "Monday 4 March 2024" */
export const formatLongDay = (iso: string): string => formats.longDay(iso);
/** "4–10 Mar 2024" */
export const formatRange = (from: string, to: string): string => formats.range(from, to);
/** "12 Jan 2026, 10:30" (local time) for an ISO date-time; the text itself if it is not one. */
export const formatDateTime = (at: string | Date): string => formats.dateTime(at);
/** "08:00": a meal time. */
export const formatTime = (clock: string): string => formats.time(clock);

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
