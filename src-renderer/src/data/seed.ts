/**
 * First-run seeding and table upgrades. The bundled food table ships with the app; when the stored
 * table version differs from the shipped one, the `foods` table is replaced in ONE transaction
 * (all rows or none), leaving custom foods, recipes and plans alone (they live in other tables).
 * A damaged table is refused before anything is written.
 */
import { decodeFoodTable, type FoodTableBody } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import type { CobaltDb } from './db';
import { snapshotRow } from './food-snapshot';

export const FOOD_TABLE_META_KEY = 'foodTable';

export interface StoredTableInfo {
  tableVersion: string;
  foodCount: number;
  seededAt: string;
}

export interface SeedProgress {
  readonly done: number;
  readonly total: number;
}

export type SeedOutcome =
  | { readonly status: 'up-to-date'; readonly tableVersion: string }
  | {
      readonly status: 'seeded';
      readonly tableVersion: string;
      readonly previousVersion: string | null;
      readonly foodCount: number;
    }
  | { readonly status: 'refused'; readonly message: string };

export interface SeedSource {
  /** The shipped table's version, known without loading the table (bundled meta.json). */
  readonly tableVersion: string;
  /** Loads the whole table file (parsed JSON). */
  load(): Promise<unknown>;
}

const CHUNK = 1000;

export async function storedTableInfo(db: CobaltDb): Promise<StoredTableInfo | null> {
  const row = await db.meta.get(FOOD_TABLE_META_KEY);
  return (row?.value as StoredTableInfo | undefined) ?? null;
}

/**
 * Makes sure the stored bundled foods are the shipped table. `now` is the seeding time recorded
 * with the table (passed in so tests are deterministic).
 */
export async function ensureFoodTable(
  db: CobaltDb,
  source: SeedSource,
  onProgress: (p: SeedProgress) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<SeedOutcome> {
  const stored = await storedTableInfo(db);
  if (stored?.tableVersion === source.tableVersion) {
    return { status: 'up-to-date', tableVersion: stored.tableVersion };
  }
  let json: unknown;
  try {
    json = await source.load();
  } catch (e) {
    return {
      status: 'refused',
      message: `The bundled food table could not be loaded: ${String(e)}`,
    };
  }
  const decoded = decodeFoodTable(json);
  if (!decoded.ok) {
    return {
      status: 'refused',
      message: `The bundled food table is damaged and was not loaded. ${decoded.error}`,
    };
  }
  const { foods, meta } = decoded.value;
  if (meta.tableVersion !== source.tableVersion) {
    return {
      status: 'refused',
      message: `The bundled food table says it is version ${meta.tableVersion}, but the app expected ${source.tableVersion}. It was not loaded.`,
    };
  }
  onProgress({ done: 0, total: foods.length });
  try {
    const body = json as FoodTableBody; // decoded above: its body fields are well formed
    const snapshot = await snapshotRow(meta.tableVersion, body);
    await writeTable(db, foods, snapshot, onProgress, now);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      status: 'refused',
      message: `The food table could not be saved (${reason}). Nothing was changed.`,
    };
  }
  return {
    status: 'seeded',
    tableVersion: meta.tableVersion,
    previousVersion: stored?.tableVersion ?? null,
    foodCount: foods.length,
  };
}

/** Replaces the bundled foods and records the version, all in one transaction. */
async function writeTable(
  db: CobaltDb,
  foods: readonly Food[],
  snapshot: Awaited<ReturnType<typeof snapshotRow>>,
  onProgress: (p: SeedProgress) => void,
  now: () => Date,
): Promise<void> {
  const { tableVersion } = snapshot.value;
  await db.transaction('rw', db.foods, db.meta, async () => {
    await db.foods.clear();
    for (let i = 0; i < foods.length; i += CHUNK) {
      await db.foods.bulkAdd(foods.slice(i, i + CHUNK));
      onProgress({ done: Math.min(i + CHUNK, foods.length), total: foods.length });
    }
    const info: StoredTableInfo = {
      tableVersion,
      foodCount: foods.length,
      seededAt: now().toISOString(),
    };
    await db.meta.bulkPut([{ key: FOOD_TABLE_META_KEY, value: info }, snapshot]);
  });
}
