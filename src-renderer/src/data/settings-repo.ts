/**
 * Writes to the app settings (one row, key 'app'): meal slots, units, first day of the week,
 * analysis settings, the optimizer's supplement switch. The only code that writes `settings`;
 * every write is validated with `appSettingsSchema` (which also keeps meal-slot and aisle ids
 * unique) and runs in one transaction, in which the totals projection also rewrites the stored
 * weekly totals (meal times, the first weekday and the absorption window change them). Reading stays in household.ts (`readSettings`, defaults on a first run).
 */
import { appSettingsSchema, type AppSettings } from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { countEntriesInSlots } from './plan-days-repo';
import { readSettings, SETTINGS_KEY } from './household-repo';
import { guardWrite, InUseError, validate } from './repo-errors';
import { writeWithTotals } from './weekly-totals-projection';

/**
 * Merges `patch` into the stored settings and saves them. Removing a meal slot that plan entries
 * or recurring entries still use is refused, with how many; nothing is written then.
 */
export async function updateSettings(
  db: CobaltDb,
  patch: Partial<AppSettings>,
): Promise<AppSettings> {
  return guardWrite('the settings', async () => {
    const tables = [db.settings, db.planDays, db.recurring];
    const { value } = await writeWithTotals(db, tables, async ({ touch }) => {
      const current = await readSettings(db);
      const next = validate(appSettingsSchema, { ...current, ...patch });
      const kept = new Set(next.mealSlots.map((s) => s.id));
      const removed = current.mealSlots.filter((s) => !kept.has(s.id));
      if (removed.length > 0) {
        const gone = removed.map((s) => s.id);
        const count =
          (await countEntriesInSlots(db, gone)) +
          (await db.recurring.where('slotId').anyOf(gone).count());
        if (count > 0) {
          const names = removed.map((s) => `“${s.label}”`).join(' and ');
          throw new InUseError(
            `${names} ${removed.length === 1 ? 'holds' : 'hold'} ${count} planned ${count === 1 ? 'entry' : 'entries'}. Move or delete ${count === 1 ? 'it' : 'them'} before removing the slot; nothing was saved.`,
          );
        }
      }
      await db.settings.put({ key: SETTINGS_KEY, value: next });
      touch.everyWeek();
      return next;
    });
    return value;
  });
}
