/**
 * Weekly totals per person (schemas/weekly-totals.ts): derived rows, always equal to a fresh
 * analysis of the stored plan. They are rewritten inside the transaction of every plan edit (see
 * plan-repo.ts) and, through `refreshAllWeeks`, after anything else that changes the analysis
 * (people, settings such as the first day of the week or meal times, recipes, custom foods).
 *
 * Which weeks have totals: every week holding a plan entry, and every week the user has edited in
 * or opened (the Plan screen passes the shown week). Weeks where nothing is planned, and every week
 * while the household is empty, have none: there is nothing (or nobody) to total.
 */
import { addDays } from '@shared/domain/dates';
import { analyzePlannedWeek } from '@shared/domain/plan-analysis';
import { plannedItems, weekday } from '@shared/domain/plan-rows';
import type { FoodCollection } from '@shared/domain/food-lookup';
import type { AppSettings, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import {
  weeklyTotalsFromAnalysis,
  weeklyTotalsRowSchema,
  type WeeklyTotalsRow,
} from '@shared/schemas/weekly-totals';
import type { PersonProfile } from '@shared/schemas/profile';
import type { CobaltDb } from './db';
import { readPeople, readSettings } from './household';

/** Every table a plan edit reads or writes: one transaction covers them all. */
export function planTables(db: CobaltDb) {
  return [db.planEntries, db.recurring, db.weeklyTotals, db.people, db.settings, db.recipes];
}

/** The first day of the week holding `date`, for 0 = Sunday, 1 = Monday, 6 = Saturday. */
export function weekStartOf(date: string, weekStartsOn: number): string {
  return addDays(date, -((weekday(date) - weekStartsOn + 7) % 7));
}

/** What the analysis of any week needs besides its entries. */
export interface HouseholdSnapshot {
  readonly settings: AppSettings;
  readonly people: readonly PersonProfile[];
  readonly recipes: ReadonlyMap<string, RecipeRow>;
  readonly recurring: readonly RecurringRow[];
}

export async function readHousehold(db: CobaltDb): Promise<HouseholdSnapshot> {
  const [settings, people, recipes, recurring] = await Promise.all([
    readSettings(db),
    readPeople(db),
    db.recipes.toArray(),
    db.recurring.toArray(),
  ]);
  return { settings, people, recipes: new Map(recipes.map((r) => [r.id, r])), recurring };
}

/** Totals for one week computed afresh from the stored plan ([] when nothing is planned). */
export async function computeWeekTotals(
  db: CobaltDb,
  foods: FoodCollection,
  weekStart: string,
  household?: HouseholdSnapshot,
): Promise<WeeklyTotalsRow[]> {
  const h = household ?? (await readHousehold(db));
  if (h.people.length === 0) return [];
  const end = addDays(weekStart, 6);
  const entries = await db.planEntries.where('date').between(weekStart, end, true, true).toArray();
  const items = plannedItems(entries, h.recurring, weekStart, end);
  if (items.length === 0) return [];
  const { analysis } = analyzePlannedWeek(
    weekStart,
    items,
    { foods, recipes: h.recipes, people: h.people, slots: h.settings.mealSlots },
    h.settings.analysis,
  );
  return weeklyTotalsFromAnalysis(analysis);
}

/**
 * Recomputes and rewrites the totals of `weekStarts`. Call inside a 'rw' transaction over
 * `planTables(db)` (it adds none of its own, so a failure aborts the caller's whole edit).
 */
export async function refreshWeeks(
  db: CobaltDb,
  foods: FoodCollection,
  weekStarts: Iterable<string>,
  household?: HouseholdSnapshot,
): Promise<void> {
  const h = household ?? (await readHousehold(db));
  for (const weekStart of new Set(weekStarts)) {
    const rows = await computeWeekTotals(db, foods, weekStart, h);
    for (const row of rows) weeklyTotalsRowSchema.parse(row);
    await db.weeklyTotals.where('weekStart').equals(weekStart).delete();
    if (rows.length > 0) await db.weeklyTotals.bulkPut(rows);
  }
}

/** Start dates of the weeks that have totals or plan entries (by the current first weekday). */
export async function storedWeeks(db: CobaltDb, weekStartsOn: number): Promise<Set<string>> {
  const [entryDates, totalWeeks] = await Promise.all([
    db.planEntries.orderBy('date').uniqueKeys(),
    db.weeklyTotals.orderBy('weekStart').uniqueKeys(),
  ]);
  return new Set([...entryDates, ...totalWeeks].map((d) => weekStartOf(String(d), weekStartsOn)));
}

/**
 * Recomputes every week's totals in one transaction: for changes outside the plan (a person
 * added or edited, settings, a recipe or custom food changed). Joins the caller's transaction
 * when it runs inside one over the same tables. Returns the weeks written.
 */
export async function refreshAllWeeks(db: CobaltDb, foods: FoodCollection): Promise<string[]> {
  return db.transaction('rw', planTables(db), async () => {
    const household = await readHousehold(db);
    const weeks = await storedWeeks(db, household.settings.weekStartsOn);
    await db.weeklyTotals.clear();
    await refreshWeeks(db, foods, weeks, household);
    return [...weeks].sort();
  });
}

/** Weeks overlapping a recurring row's range, among `candidates`. */
export function weeksOverlapping(row: RecurringRow, candidates: Iterable<string>): string[] {
  return [...candidates].filter(
    (week) => addDays(week, 6) >= row.startDate && (row.endDate === null || week <= row.endDate),
  );
}

/** A person's stored weekly totals, oldest week first (for history and trends). */
export async function readWeeklyTotals(db: CobaltDb, personId: string): Promise<WeeklyTotalsRow[]> {
  const rows = await db.weeklyTotals.where('personId').equals(personId).toArray();
  return rows.sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/**
 * Writes the totals of a week that has none yet (a week holding only repeating entries, opened
 * for the first time). A no-op when they exist: every edit keeps existing totals fresh.
 */
export async function ensureWeekTotals(
  db: CobaltDb,
  foods: FoodCollection,
  weekStart: string,
): Promise<boolean> {
  return db.transaction('rw', planTables(db), async () => {
    if ((await db.weeklyTotals.where('weekStart').equals(weekStart).count()) > 0) return false;
    const household = await readHousehold(db);
    const rows = await computeWeekTotals(db, foods, weekStart, household);
    if (rows.length > 0) await db.weeklyTotals.bulkPut(rows);
    return rows.length > 0;
  });
}
