/**
 * The bundled foods as one record. Reading 8,400 food rows back from IndexedDB costs a structured
 * clone per row (the largest item of a warm start, bench/README.md); one string holding the
 * table's compact body reads in a few milliseconds. The snapshot is written in the same
 * transaction as the rows (seed.ts), so it always describes the stored table; the rows stay the
 * record that recipes and restores read. A missing or damaged snapshot falls back to the rows and
 * is written again, so the next start is fast.
 */
import {
  decodeFoodTableBody,
  encodeFoodTableBody,
  foodTableBodyJson,
  type FoodTableBody,
} from '../../../src-shared/schemas/food-table';
import type { Food } from '../../../src-shared/schemas/food';
import type { CobaltDb } from './db';

export const FOOD_SNAPSHOT_KEY = 'foodTableSnapshot';

export interface FoodSnapshot {
  readonly tableVersion: string;
  /** `foodTableBodyJson` of the stored table. */
  readonly body: string;
}

export function snapshotRow(tableVersion: string, body: FoodTableBody) {
  const value: FoodSnapshot = { tableVersion, body: foodTableBodyJson(body) };
  return { key: FOOD_SNAPSHOT_KEY, value };
}

/** Decodes a snapshot, or null when it is missing, for another table version, or damaged. */
export function readSnapshot(value: unknown, tableVersion: string): Food[] | null {
  const snapshot = value as Partial<FoodSnapshot> | undefined;
  if (snapshot?.tableVersion !== tableVersion || typeof snapshot.body !== 'string') return null;
  try {
    const decoded = decodeFoodTableBody(JSON.parse(snapshot.body), 'structure');
    // The rows' order: IndexedDB returns them by primary key (code-unit order of the id).
    return decoded.ok
      ? decoded.foods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      : null;
  } catch {
    return null;
  }
}

/** Writes the snapshot of rows that were read the slow way (no snapshot, or a damaged one). */
export async function rewriteSnapshot(
  db: CobaltDb,
  tableVersion: string,
  foods: readonly Food[],
): Promise<void> {
  await db.meta.put(snapshotRow(tableVersion, encodeFoodTableBody(foods)));
}
