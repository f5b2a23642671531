/** Dates in the backup panel, in words. */
import { dayNumber } from '../../../../src-shared/domain/dates';

const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const momentFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mon, 5 Jan 2026" for 'YYYY-MM-DD' (a calendar day, so no time zone shift). */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(dayNumber(day) * 86_400_000));
}

/** "12 Jan 2026, 10:30" in the user's time zone for an ISO date-time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : momentFormat.format(date);
}
