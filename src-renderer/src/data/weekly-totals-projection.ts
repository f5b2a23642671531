/**
 * The one owner of the persisted weekly totals (schemas/weekly-totals.ts): derived rows, always
 * equal to a fresh analysis of the stored plan. Write paths do not compute totals; they run their
 * edit through `writeWithTotals` and say which weeks it touched (`touch.dates`, `touch.recurring`,
 * or `touch.everyWeek()` for a change outside the plan: people, settings, a recipe, a custom food),
 * and the projection rewrites exactly those weeks at the end of the SAME read-write transaction, so
 * an edit and its totals commit or roll back together.
 *
 * The projection reads everything from the stored tables, the foods included (bundled rows in
 * `foods`, the user's in `customFoods`, completed like the catalog completes them), so no caller
 * passes a food catalog in.
 *
 * Which weeks have totals: every week holding a plan entry, and every week the user has edited in
 * or opened (the Plan screen passes the shown week). Weeks where nothing is planned, and every week
 * while the household is empty, have none: there is nothing (or nobody) to total.
 */
import type { Table } from 'dexie';
import { addDays } from '@shared/base/dates';
import type { FoodCollection } from '@shared/domain/food-lookup';
import { completeNutrientValues } from '@shared/base/nutrients';
import { analyzePlannedWeek } from '@shared/domain/plan-analysis';
import { plannedItems, weekday, type PlannedItem } from '@shared/domain/plan-rows';
import type { Food } from '@shared/schemas/food';
import type { PersonProfile } from '@shared/schemas/profile';
import type { AppSettings, PlanEntryRow, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import { weeklyTotalsFromAnalysis } from '@shared/domain/weekly-totals';
import { weeklyTotalsRowSchema, type WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import type { CobaltDb } from './db';
import { entryDates, readEntriesBetween } from './plan-days-repo';
import { readPeople, readSettings } from './household-repo';

/** Every table the projection reads or writes; `writeWithTotals` adds them to the edit's own. */
export function projectionTables(db: CobaltDb): Table[] {
  return [
    db.planDays,
    db.recurring,
    db.weeklyTotals,
    db.people,
    db.settings,
    db.recipes,
    db.foods,
    db.customFoods,
  ];
}

/** The first day of the week holding `date`, for 0 = Sunday, 1 = Monday, 6 = Saturday. */
export function weekStartOf(date: string, weekStartsOn: number): string {
  return addDays(date, -((weekday(date) - weekStartsOn + 7) % 7));
}

/** What the analysis of any week needs besides its entries and foods. */
export interface HouseholdSnapshot {
  readonly settings: AppSettings;
  readonly people: readonly PersonProfile[];
  readonly recipes: ReadonlyMap<string, RecipeRow>;
  readonly recurring: readonly RecurringRow[];
}

async function readHousehold(db: CobaltDb): Promise<HouseholdSnapshot> {
  const [settings, people, recipes, recurring] = await Promise.all([
    readSettings(db),
    readPeople(db),
    db.recipes.toArray(),
    db.recurring.toArray(),
  ]);
  return { settings, people, recipes: new Map(recipes.map((r) => [r.id, r])), recurring };
}

/** Custom foods saved before a nutrient was added (iodine, selenium) read it as unknown. */
const withEveryNutrient = (food: Food): Food => ({
  ...food,
  nutrients: completeNutrientValues(food.nutrients),
});

/** The stored foods `items` eat, directly or as recipe ingredients (custom foods win, as in the catalog). */
async function readFoodsFor(
  db: CobaltDb,
  items: readonly PlannedItem[],
  recipes: ReadonlyMap<string, RecipeRow>,
): Promise<Map<string, Food>> {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.target.kind === 'food') ids.add(item.target.foodId);
    else for (const i of recipes.get(item.target.recipeId)?.ingredients ?? []) ids.add(i.foodId);
  }
  const wanted = [...ids];
  const [bundled, custom] = await Promise.all([
    db.foods.bulkGet(wanted),
    db.customFoods.bulkGet(wanted),
  ]);
  const foods = new Map<string, Food>();
  wanted.forEach((id, i) => {
    const own = custom[i];
    const food = own ? withEveryNutrient(own) : bundled[i];
    if (food) foods.set(id, food);
  });
  return foods;
}

interface WeekPlan {
  readonly weekStart: string;
  readonly items: PlannedItem[];
}

/** Every stored plan entry by date, when the caller holds them all (a replacing restore). */
export type EntriesByDate = ReadonlyMap<string, readonly PlanEntryRow[]>;

async function readWeekPlan(
  db: CobaltDb,
  weekStart: string,
  h: HouseholdSnapshot,
  held?: EntriesByDate,
): Promise<WeekPlan> {
  const end = addDays(weekStart, 6);
  const entries = held
    ? Array.from({ length: 7 }, (_, i) => held.get(addDays(weekStart, i)) ?? []).flat()
    : await readEntriesBetween(db, weekStart, end);
  return { weekStart, items: plannedItems(entries, h.recurring, weekStart, end) };
}

function totalsOf(plan: WeekPlan, h: HouseholdSnapshot, foods: FoodCollection): WeeklyTotalsRow[] {
  if (h.people.length === 0 || plan.items.length === 0) return [];
  const { analysis } = analyzePlannedWeek(
    plan.weekStart,
    plan.items,
    { foods, recipes: h.recipes, people: h.people, slots: h.settings.mealSlots },
    h.settings.analysis,
  );
  return weeklyTotalsFromAnalysis(analysis);
}

/**
 * Totals for one week computed afresh from the stored plan ([] when nothing is planned): what the
 * stored rows must equal. `foods` overrides the stored foods (a restore that holds them already).
 */
export async function computeWeekTotals(
  db: CobaltDb,
  weekStart: string,
  foods?: FoodCollection,
): Promise<WeeklyTotalsRow[]> {
  const h = await readHousehold(db);
  const plan = await readWeekPlan(db, weekStart, h);
  return totalsOf(plan, h, foods ?? (await readFoodsFor(db, plan.items, h.recipes)));
}

/**
 * Recomputes and rewrites the totals of `weekStarts`; inside a rw transaction over
 * `projectionTables`. `held`: every stored entry, already in memory (then `cleared`: the totals
 * table was just emptied, so no week's old rows need deleting).
 */
async function rewriteWeeks(
  db: CobaltDb,
  weekStarts: Iterable<string>,
  h: HouseholdSnapshot,
  foods?: FoodCollection,
  held?: EntriesByDate,
  cleared = false,
): Promise<void> {
  const plans: WeekPlan[] = [];
  for (const weekStart of new Set(weekStarts))
    plans.push(await readWeekPlan(db, weekStart, h, held));
  const known =
    foods ??
    (await readFoodsFor(
      db,
      plans.flatMap((p) => p.items),
      h.recipes,
    ));
  const rows: WeeklyTotalsRow[] = [];
  for (const plan of plans) {
    const week = totalsOf(plan, h, known);
    for (const row of week) weeklyTotalsRowSchema.parse(row);
    rows.push(...week);
  }
  if (!cleared)
    await db.weeklyTotals
      .where('weekStart')
      .anyOf(plans.map((p) => p.weekStart))
      .delete();
  if (rows.length > 0) await db.weeklyTotals.bulkPut(rows);
}

/** Start dates of the weeks that have totals or plan entries (by the current first weekday). */
export async function storedWeeks(db: CobaltDb, weekStartsOn: number): Promise<Set<string>> {
  const [days, totalWeeks] = await Promise.all([
    entryDates(db),
    db.weeklyTotals.orderBy('weekStart').uniqueKeys(),
  ]);
  return new Set([...days, ...totalWeeks].map((d) => weekStartOf(String(d), weekStartsOn)));
}

/**
 * Recomputes every week's totals: for changes outside the plan. Joins the caller's transaction
 * when it runs inside one over `projectionTables` (a restore); `foods` overrides the stored
 * foods, and `held` gives every stored plan entry when the caller has them in memory (a replacing
 * restore: the week's entries need not be read back). Returns the weeks written.
 */
export async function projectAllWeeks(
  db: CobaltDb,
  foods?: FoodCollection,
  held?: EntriesByDate,
): Promise<string[]> {
  return db.transaction('rw', projectionTables(db), async () => {
    const household = await readHousehold(db);
    const weeks = await storedWeeks(db, household.settings.weekStartsOn);
    await db.weeklyTotals.clear();
    await rewriteWeeks(db, weeks, household, foods, held, true);
    return [...weeks].sort();
  });
}

/** Weeks overlapping a recurring row's range, among `candidates`. */
function weeksOverlapping(row: RecurringRow, candidates: Iterable<string>): string[] {
  return [...candidates].filter(
    (week) => addDays(week, 6) >= row.startDate && (row.endDate === null || week <= row.endDate),
  );
}

/** What an edit tells the projection it touched. */
export interface TouchedWeeks {
  /** The weeks holding these dates (a plan entry as it was and as it is, the week on screen). */
  dates(dates: Iterable<string>): void;
  /** Every week with totals that a repeating entry (as it was or as it is) covers. */
  recurring(rows: Iterable<RecurringRow>): void;
  /** Everything: a change outside the plan (people, settings, a recipe, a custom food). */
  everyWeek(): void;
}

/** What `writeWithTotals` gives the edit: the household as the projection reads it. */
export interface WriteScope {
  readonly touch: TouchedWeeks;
  /**
   * The household as the projection will read it. Read once, when first asked for, and reused
   * for the totals: so ask only after the edit's last write.
   */
  household(): Promise<HouseholdSnapshot>;
}

/**
 * Runs `edit` in one read-write transaction over `tables` plus the projection's tables, then
 * rewrites the totals of the weeks the edit touched, in that same transaction: if the edit or the
 * totals fail, nothing is written. Returns the edit's value and the weeks rewritten (sorted).
 */
export async function writeWithTotals<T>(
  db: CobaltDb,
  tables: readonly Table[],
  edit: (scope: WriteScope) => Promise<T>,
): Promise<{ value: T; weeks: string[] }> {
  const all = [...new Set([...projectionTables(db), ...tables])];
  return db.transaction('rw', all, async () => {
    const dates: string[] = [];
    const recurring: RecurringRow[] = [];
    let every = false;
    const touch: TouchedWeeks = {
      dates: (d) => void dates.push(...d),
      recurring: (rows) => void recurring.push(...rows),
      everyWeek: () => void (every = true),
    };
    let read: Promise<HouseholdSnapshot> | null = null;
    const household = () => (read ??= readHousehold(db));
    const value = await edit({ touch, household });
    if (every) return { value, weeks: await projectAllWeeks(db) };
    if (dates.length === 0 && recurring.length === 0) return { value, weeks: [] };
    // After the edit: the first weekday and the repeating rows as they now are.
    const h = await household();
    const startOf = (date: string) => weekStartOf(date, h.settings.weekStartsOn);
    const weeks = new Set(dates.map(startOf));
    if (recurring.length > 0) {
      const withTotals = await db.weeklyTotals.orderBy('weekStart').uniqueKeys();
      const candidates = new Set([...weeks, ...withTotals.map((w) => startOf(String(w)))]);
      for (const row of recurring) for (const w of weeksOverlapping(row, candidates)) weeks.add(w);
    }
    await rewriteWeeks(db, weeks, h);
    return { value, weeks: [...weeks].sort() };
  });
}

/**
 * Writes the totals of a week that has none yet (a week holding only repeating entries, opened
 * for the first time). A no-op when they exist: every edit keeps existing totals fresh.
 */
export async function ensureWeekTotals(db: CobaltDb, weekStart: string): Promise<boolean> {
  return db.transaction('rw', projectionTables(db), async () => {
    if ((await db.weeklyTotals.where('weekStart').equals(weekStart).count()) > 0) return false;
    const rows = await computeWeekTotals(db, weekStart);
    if (rows.length > 0) await db.weeklyTotals.bulkPut(rows);
    return rows.length > 0;
  });
}
