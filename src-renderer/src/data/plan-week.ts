/**
 * Everything the Plan screen shows for one week, read in one go (the live query re-runs it when
 * any of these tables change): the household, the settings, the recipes, and the week's rows.
 */
import type { PersonProfile } from '@shared/schemas/profile';
import type { AppSettings, PlanEntryRow, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { readPeople, readSettings } from './household';
import { readWeekRows } from './plan-repo';
import { weekStartOf } from './weekly-totals-repo';

export interface PlanWeekData {
  readonly weekStart: string;
  readonly settings: AppSettings;
  readonly people: readonly PersonProfile[];
  readonly recipes: readonly RecipeRow[];
  readonly entries: readonly PlanEntryRow[];
  readonly recurring: readonly RecurringRow[];
}

/** The week holding `date`, by the household's first day of the week. */
export async function loadPlanWeek(db: CobaltDb, date: string): Promise<PlanWeekData> {
  const settings = await readSettings(db);
  const weekStart = weekStartOf(date, settings.weekStartsOn);
  const [people, recipes, rows] = await Promise.all([
    readPeople(db),
    db.recipes.toArray(),
    readWeekRows(db, weekStart),
  ]);
  recipes.sort((a, b) => a.name.localeCompare(b.name));
  return { weekStart, settings, people, recipes, ...rows };
}
