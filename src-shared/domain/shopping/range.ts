/**
 * The date range a shopping list covers: a week starting on the user's first weekday, or a range
 * they type. Ranges are checked field by field so the screen can say what is wrong where. Pure:
 * "today" is passed in.
 */
import { addDays, daysBetween, isIsoDate } from '../../base/dates';
import { weekday } from '../plan-rows';

/** Longest list the screen builds: two months of planning (issue 7). */
export const MAX_RANGE_DAYS = 62;
const EARLIEST = '1900-01-01';
const LATEST = '2200-12-31';

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** The first day of the week holding `date`, for weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekStartOf(date: string, weekStartsOn: number): string {
  return addDays(date, -((weekday(date) - weekStartsOn + 7) % 7));
}

export function weekRange(weekStart: string): DateRange {
  return { from: weekStart, to: addDays(weekStart, 6) };
}

/** The key check marks and manual items are stored under: "YYYY-MM-DD..YYYY-MM-DD". */
export function listKeyOf(range: DateRange): string {
  return `${range.from}..${range.to}`;
}

export interface RangeProblems {
  readonly from: string | null;
  readonly to: string | null;
}

function dateProblem(value: string, label: string): string | null {
  if (!isIsoDate(value)) return `${label}: enter a calendar date (YYYY-MM-DD).`;
  if (value < EARLIEST || value > LATEST) return `${label}: choose a date between 1900 and 2200.`;
  return null;
}

/** What is wrong with a typed range, per field; both null when it can be used. */
export function rangeProblems(from: string, to: string): RangeProblems {
  const fromProblem = dateProblem(from, 'Start');
  const toProblem = dateProblem(to, 'End');
  if (fromProblem || toProblem) return { from: fromProblem, to: toProblem };
  if (to < from) return { from: null, to: 'End: must not be before the start.' };
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
    return { from: null, to: `End: a list covers at most ${MAX_RANGE_DAYS} days.` };
  }
  return { from: null, to: null };
}
