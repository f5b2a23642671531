/** Dates for display on the Plan screen. ISO dates are calendar days, so they are formatted in UTC. */
import { isIsoDate } from '../../../../src-shared/domain/dates';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const longFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const rangeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Mon 4 Mar" */
export const formatDay = (iso: string): string => dayFormat.format(asDate(iso)).replace(',', '');
/** "Monday 4 March 2024" */
export const formatLongDay = (iso: string): string =>
  longFormat.format(asDate(iso)).replace(',', '');
/** "Mon" */
export const formatWeekday = (iso: string): string => weekdayFormat.format(asDate(iso));
/** "4 Mar 2024 – 10 Mar 2024" */
export const formatRange = (from: string, to: string): string =>
  `${rangeFormat.format(asDate(from))} – ${rangeFormat.format(asDate(to))}`;

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
