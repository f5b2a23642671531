/**
 * Reading the stored food tables for the catalog (catalog.svelte.ts): the bundled rows, their
 * one-record snapshot (food-snapshot.ts) and the user's custom foods, unsorted (the catalog keeps
 * the stored order). Seeding writes the bundled table (seed.ts); custom foods are written by
 * custom-foods-repo.ts.
 */
import { encodeFoodTableBody } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import type { CobaltDb } from './db';
import { FOOD_SNAPSHOT_KEY, snapshotRow } from './food-snapshot';

export function readBundledFoodRows(db: CobaltDb): Promise<Food[]> {
  return db.foods.toArray();
}

export function readCustomFoodRows(db: CobaltDb): Promise<Food[]> {
  return db.customFoods.toArray();
}

/** The stored snapshot record's value, unchecked (`readSnapshot` verifies it). */
export async function readStoredSnapshot(db: CobaltDb): Promise<unknown> {
  return (await db.meta.get(FOOD_SNAPSHOT_KEY))?.value;
}

/** Writes the snapshot of rows that were read the slow way (no snapshot, or a damaged one). */
export async function rewriteSnapshot(
  db: CobaltDb,
  tableVersion: string,
  foods: readonly Food[],
): Promise<void> {
  await db.meta.put(await snapshotRow(tableVersion, encodeFoodTableBody(foods)));
}

/**
 * Meta records no version of the app reads any more: the search index earlier builds kept in the
 * database (2.6 MB; the index now ships with the table, shipped-index.ts).
 */
export const RETIRED_META_KEYS = ['foodSearchIndex'] as const;

/** Deletes the retired records (after start-up; nothing reads them, so a failure is harmless). */
export function dropRetiredRecords(db: CobaltDb): Promise<void> {
  return db.meta.bulkDelete([...RETIRED_META_KEYS]);
}
