/**
 * The shopping list's storage: what a list is built from (plan rows for a date range, recipes,
 * people, settings), its check marks and manual items, and the shopping parts of the settings
 * (aisles, per-food aisle moves, pantry). The only code that writes `shoppingChecks` and
 * `shoppingItems`. Every write is validated and runs in one transaction, and returns what undo
 * needs to put things back.
 */
import type { PlannedItem } from '@shared/domain/plan-rows';
import { plannedItems } from '@shared/domain/plan-rows';
import type { DateRange } from '@shared/domain/shopping';
import { effectiveAisles, listKeyOf } from '@shared/domain/shopping';
import type { PersonProfile } from '@shared/schemas/profile';
import {
  appSettingsSchema,
  shoppingCheckRowSchema,
  shoppingItemRowSchema,
  type Aisle,
  type AppSettings,
  type RecipeRow,
  type ShoppingCheckRow,
  type ShoppingItemRow,
} from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { readEntriesBetween } from './plan-days-repo';
import { readPeople, readSettings, SETTINGS_KEY } from './household-repo';
import { guardWrite, NotFoundError, validate } from './repo-errors';

/** Everything a list for one date range is built from, read in one go (a live query's body). */
export interface ShoppingSource {
  readonly listKey: string;
  readonly items: readonly PlannedItem[];
  readonly people: readonly PersonProfile[];
  readonly recipes: readonly RecipeRow[];
  readonly settings: AppSettings;
  readonly manual: readonly ShoppingItemRow[];
  readonly checked: ReadonlySet<string>;
  /** Checked line key → the amount it showed when checked (rows from before have none). */
  readonly checkedAmounts: ReadonlyMap<string, string>;
}

export async function readShoppingSource(db: CobaltDb, range: DateRange): Promise<ShoppingSource> {
  const listKey = listKeyOf(range);
  const [entries, recurring, recipes, people, settings, manual, checks] = await Promise.all([
    readEntriesBetween(db, range.from, range.to),
    db.recurring.toArray(),
    db.recipes.toArray(),
    readPeople(db),
    readSettings(db),
    db.shoppingItems.where('listKey').equals(listKey).toArray(),
    db.shoppingChecks.where('listKey').equals(listKey).toArray(),
  ]);
  return {
    listKey,
    items: plannedItems(entries, recurring, range.from, range.to),
    people,
    recipes,
    settings,
    manual,
    checked: new Set(checks.filter((c) => c.checked).map((c) => c.itemKey)),
    checkedAmounts: new Map(
      checks.flatMap((c) => (c.checked && c.amount !== undefined ? [[c.itemKey, c.amount]] : [])),
    ),
  };
}

// ── Check marks ─────────────────────────────────────────────────────────────────────────────────

/** Checks or unchecks one line. An unchecked line has no row. */
export async function setChecked(
  db: CobaltDb,
  listKey: string,
  itemKey: string,
  checked: boolean,
  /** The amount the line shows now (kept with the check mark). */
  amount?: string,
): Promise<void> {
  const row = validate(shoppingCheckRowSchema, {
    listKey,
    itemKey,
    checked: true,
    ...(amount ? { amount } : {}),
  });
  await guardWrite('the check mark', async () => {
    if (checked) await db.shoppingChecks.put(row);
    else await db.shoppingChecks.delete([listKey, itemKey]);
  });
}

/** Removes every check mark of a list; returns the rows removed (undo puts them back). */
export async function clearChecks(db: CobaltDb, listKey: string): Promise<ShoppingCheckRow[]> {
  return guardWrite('the check marks', () =>
    db.transaction('rw', db.shoppingChecks, async () => {
      const rows = await db.shoppingChecks.where('listKey').equals(listKey).toArray();
      await db.shoppingChecks.bulkDelete(
        rows.map((r) => [r.listKey, r.itemKey] as [string, string]),
      );
      return rows;
    }),
  );
}

export async function restoreChecks(
  db: CobaltDb,
  rows: readonly ShoppingCheckRow[],
): Promise<void> {
  const valid = rows.map((r) => validate(shoppingCheckRowSchema, r));
  await guardWrite('the check marks', () => db.shoppingChecks.bulkPut(valid));
}

// ── Manual items and notes ──────────────────────────────────────────────────────────────────────

/** Adds an item (in an aisle) or a note (`aisleId` null) at the end of a list. */
export async function addManualItem(
  db: CobaltDb,
  draft: { listKey: string; text: string; aisleId: string | null },
): Promise<ShoppingItemRow> {
  const id = crypto.randomUUID();
  validate(shoppingItemRowSchema, { ...draft, id, order: 0 }); // refuse bad text before writing
  return guardWrite('the item', () =>
    db.transaction('rw', db.shoppingItems, async () => {
      const rows = await db.shoppingItems.where('listKey').equals(draft.listKey).toArray();
      const order = rows.reduce((max, r) => Math.max(max, r.order + 1), 0);
      const row = validate(shoppingItemRowSchema, { ...draft, id, order });
      await db.shoppingItems.add(row);
      return row;
    }),
  );
}

/** Changes an item's text or aisle; returns the row as it was. */
export async function updateManualItem(
  db: CobaltDb,
  id: string,
  patch: Partial<Pick<ShoppingItemRow, 'text' | 'aisleId'>>,
): Promise<ShoppingItemRow> {
  return guardWrite('the item', () =>
    db.transaction('rw', db.shoppingItems, async () => {
      const before = await db.shoppingItems.get(id);
      if (!before) throw new NotFoundError('That item was already deleted; nothing was changed.');
      await db.shoppingItems.put(validate(shoppingItemRowSchema, { ...before, ...patch }));
      return before;
    }),
  );
}

/** Deletes an item and its check mark; returns both so undo can put them back. */
export async function deleteManualItem(
  db: CobaltDb,
  id: string,
  itemKey: string,
): Promise<{ row: ShoppingItemRow | undefined; check: ShoppingCheckRow | undefined }> {
  return guardWrite('the item', () =>
    db.transaction('rw', [db.shoppingItems, db.shoppingChecks], async () => {
      const row = await db.shoppingItems.get(id);
      const check = row ? await db.shoppingChecks.get([row.listKey, itemKey]) : undefined;
      await db.shoppingItems.delete(id);
      if (row) await db.shoppingChecks.delete([row.listKey, itemKey]);
      return { row, check };
    }),
  );
}

/** Puts back a deleted or edited item exactly as it was. */
export async function putManualItem(
  db: CobaltDb,
  row: ShoppingItemRow,
  check?: ShoppingCheckRow,
): Promise<void> {
  const valid = validate(shoppingItemRowSchema, row);
  await guardWrite('the item', () =>
    db.transaction('rw', [db.shoppingItems, db.shoppingChecks], async () => {
      await db.shoppingItems.put(valid);
      if (check) await db.shoppingChecks.put(validate(shoppingCheckRowSchema, check));
    }),
  );
}

// ── Aisles and pantry (parts of the app settings) ───────────────────────────────────────────────

/** The settings fields the shopping list owns; none of them changes a nutrient analysis. */
type ShoppingSettings = Partial<Pick<AppSettings, 'aisles' | 'pantry' | 'aisleOverrides'>>;

/**
 * Read-modify-write of the shopping fields of the settings row in one transaction, validated with
 * `appSettingsSchema`: `change` sees the settings as stored now. Not through settings-repo's
 * `updateSettings`, which also recomputes every week's stored nutrient totals: right for meal
 * times, wasted work for a pantry tap.
 */
async function changeSettings(
  db: CobaltDb,
  change: (current: AppSettings) => ShoppingSettings,
): Promise<AppSettings> {
  return guardWrite('the shopping settings', () =>
    db.transaction('rw', db.settings, async () => {
      const current = await readSettings(db);
      const next = validate(appSettingsSchema, { ...current, ...change(current) });
      await db.settings.put({ key: SETTINGS_KEY, value: next });
      return next;
    }),
  );
}

/** Saves the aisle list; per-food moves into aisles that no longer exist are dropped. */
export async function saveAisles(db: CobaltDb, aisles: readonly Aisle[]): Promise<AppSettings> {
  return changeSettings(db, (current) => {
    const ids = new Set(aisles.map((a) => a.id));
    const overrides = Object.entries(current.aisleOverrides ?? {}).filter(
      ([, aisleId]) => ids.has(aisleId) || aisleId === 'other',
    );
    return { aisles: [...aisles], aisleOverrides: Object.fromEntries(overrides) };
  });
}

/**
 * Moves a food to another aisle for good, or back to its group's aisle (`aisleId` null). Returns
 * the aisle it was moved from (undo moves it back). Stored aisles start as the defaults.
 */
export async function setFoodAisle(
  db: CobaltDb,
  foodId: string,
  aisleId: string | null,
): Promise<string | null> {
  let previous: string | null = null;
  await changeSettings(db, (current) => {
    const overrides = { ...(current.aisleOverrides ?? {}) };
    previous = overrides[foodId] ?? null;
    if (aisleId === null) delete overrides[foodId];
    else overrides[foodId] = aisleId;
    return { aisles: [...effectiveAisles(current.aisles)], aisleOverrides: overrides };
  });
  return previous;
}

/** Adds foods to, or removes them from, the pantry (left off every shopping list). */
export async function setPantry(
  db: CobaltDb,
  foodIds: readonly string[],
  inPantry: boolean,
): Promise<AppSettings> {
  return changeSettings(db, (current) => {
    const pantry = new Set(current.pantry);
    for (const id of foodIds) {
      if (inPantry) pantry.add(id);
      else pantry.delete(id);
    }
    return { pantry: [...pantry] };
  });
}
