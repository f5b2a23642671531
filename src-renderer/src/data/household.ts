/**
 * Reading the household: people (as the engine's parsed profiles) and the app settings, with
 * defaults for a first run. Used by the plan-edit transaction (weekly totals) and the screens.
 * Writes live in the people/settings repositories.
 */
import { DEFAULT_ANALYSIS_SETTINGS } from '@shared/domain';
import { personProfileSchema, type PersonProfile } from '@shared/schemas/profile';
import { appSettingsSchema, DEFAULT_MEAL_SLOTS, type AppSettings } from '@shared/schemas/rows';
import type { CobaltDb } from './db';

export const SETTINGS_KEY = 'app';

/** Aisles for a first run: food groups to the shop's usual sections (issue 7 refines). */
export const DEFAULT_SETTINGS: AppSettings = {
  mealSlots: [...DEFAULT_MEAL_SLOTS],
  units: 'metric',
  weekStartsOn: 1,
  analysis: DEFAULT_ANALYSIS_SETTINGS,
  optimizerAllowsSupplements: true,
  aisles: [],
  pantry: [],
};

export async function readSettings(db: CobaltDb): Promise<AppSettings> {
  const row = await db.settings.get(SETTINGS_KEY);
  if (!row) return DEFAULT_SETTINGS;
  const parsed = appSettingsSchema.safeParse(row.value);
  // A stored row that no longer parses (it was validated on write) falls back to defaults rather
  // than locking the user out; the settings screen shows and rewrites it.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** People in household order, as the engine reads them (defaults such as "over 50" resolved). */
export async function readPeople(db: CobaltDb): Promise<PersonProfile[]> {
  const rows = await db.people.orderBy('id').toArray();
  rows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return rows.flatMap((row) => {
    // The row id is the person's id everywhere (eaters, totals, screens); repositories store the
    // same id in the profile, and a profile that says otherwise must not split one person in two.
    const parsed = personProfileSchema.safeParse({ ...(row.profile as object), id: row.id });
    return parsed.success ? [parsed.data] : [];
  });
}
