/**
 * The list's days from the address: `#/shopping` (this week), `#/shopping/<a day>` (the week holding
 * it, e.g. a link from the plan's week), `#/shopping/<from>/<to>` (chosen dates). A link with
 * unusable dates falls back to this week and says so.
 */
import { isIsoDate } from '@shared/base/dates';
import { rangeProblems, weekRange, weekStartOf, type DateRange } from '@shared/domain/shopping';

export interface RouteRange {
  readonly mode: 'week' | 'range';
  readonly range: DateRange;
  /** Why the address's dates were not used, or null. */
  readonly problem: string | null;
}

export function routeRange(
  from: string | null,
  to: string | null,
  weekStartsOn: number,
  today: string,
): RouteRange {
  const thisWeek = weekRange(weekStartOf(today, weekStartsOn));
  if (from !== null && to !== null) {
    const problems = rangeProblems(from, to);
    if (!problems.from && !problems.to)
      return { mode: 'range', range: { from, to }, problem: null };
    return {
      mode: 'week',
      range: thisWeek,
      problem: `${problems.from ?? problems.to} Showing this week.`,
    };
  }
  if (from !== null) {
    if (isIsoDate(from) && !rangeProblems(from, from).from) {
      return { mode: 'week', range: weekRange(weekStartOf(from, weekStartsOn)), problem: null };
    }
    return {
      mode: 'week',
      range: thisWeek,
      problem: `“${from}” is not a date. Showing this week.`,
    };
  }
  return { mode: 'week', range: thisWeek, problem: null };
}
