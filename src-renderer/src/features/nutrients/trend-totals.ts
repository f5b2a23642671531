/**
 * What the Nutrients trends read besides the shown week (the plan session's): 12 weeks of stored
 * weekly totals per person, and how many people rows are stored (some may not have parsed).
 * Also timed by the bench.
 */
import { addDays } from '@shared/base/dates';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import type { CobaltDb } from '../../data/db';
import { countStoredPeople } from '../../data/people-repo';
import { readTotalsBetween } from '../../data/weekly-totals-repo';
import { TREND_WEEKS } from './dashboard';

export interface TrendTotals {
  /** Stored people rows, some of which may not have parsed. */
  readonly storedPeople: number;
  /** Weekly totals of the 12 weeks up to `weekStart`, per person id. */
  readonly totals: ReadonlyMap<string, readonly WeeklyTotalsRow[]>;
}

export async function loadTrendTotals(db: CobaltDb, weekStart: string): Promise<TrendTotals> {
  const from = addDays(weekStart, -7 * (TREND_WEEKS - 1));
  const [storedPeople, rows] = await Promise.all([
    countStoredPeople(db),
    readTotalsBetween(db, from, weekStart),
  ]);
  const totals = new Map<string, WeeklyTotalsRow[]>();
  for (const row of rows) totals.set(row.personId, [...(totals.get(row.personId) ?? []), row]);
  return { storedPeople, totals };
}
