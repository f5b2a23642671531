/**
 * Reading the stored weekly totals per person (schemas/weekly-totals.ts), for history, trends and
 * the CSV export. They are written only by weekly-totals-projection.ts, inside the transaction of
 * every edit that changes them.
 */
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import type { CobaltDb } from './db';

/** A person's stored weekly totals, oldest week first (for history and trends). */
export async function readWeeklyTotals(db: CobaltDb, personId: string): Promise<WeeklyTotalsRow[]> {
  const rows = await db.weeklyTotals.where('personId').equals(personId).toArray();
  return rows.sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/** Every person's totals of the weeks starting `from` to `to` inclusive. */
export function readTotalsBetween(
  db: CobaltDb,
  from: string,
  to: string,
): Promise<WeeklyTotalsRow[]> {
  return db.weeklyTotals.where('weekStart').between(from, to, true, true).toArray();
}

/** Every stored weekly total (the CSV export). */
export function readAllWeeklyTotals(db: CobaltDb): Promise<WeeklyTotalsRow[]> {
  return db.weeklyTotals.toArray();
}
