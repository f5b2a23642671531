/**
 * The bundled foods as one record. Reading 8,400 food rows back from IndexedDB costs a structured
 * clone per row (the largest item of a warm start, bench/README.md); one string holding the
 * table's compact body reads in a few milliseconds, and its rows are decoded when first needed
 * (food-map.ts). The snapshot is written in the same transaction as the rows (seed.ts), so it
 * always describes the stored table, and it carries the SHA-256 of its text: a snapshot that does
 * not match it, or is for another table version, is not used. The catalog then reads the rows,
 * which stay the record that recipes and restores read, and writes the snapshot again.
 */
import {
  decodeFoodTableBody,
  encodeFoodTableBody,
  foodTableBodyJson,
  type FoodRowTuple,
  type FoodTableBody,
} from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import type { CobaltDb } from './db';
import type { CompactFoods } from './food-map';

export const FOOD_SNAPSHOT_KEY = 'foodTableSnapshot';

export interface FoodSnapshot {
  readonly tableVersion: string;
  /** `foodTableBodyJson` of the stored table. */
  readonly body: string;
  /** SHA-256 of `body` (UTF-8), lowercase hex. */
  readonly sha256: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const byId = (a: FoodRowTuple, b: FoodRowTuple) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The meta row holding the snapshot of `body`, its rows in id order (the stored rows' primary-key
 * order, which the catalog keeps); built before the seeding transaction starts.
 */
export async function snapshotRow(tableVersion: string, body: FoodTableBody) {
  const text = foodTableBodyJson({ ...body, foods: [...body.foods].sort(byId) });
  const value: FoodSnapshot = { tableVersion, body: text, sha256: await sha256Hex(text) };
  return { key: FOOD_SNAPSHOT_KEY, value };
}

/**
 * The snapshot's rows (in id order, as written), or null when it is missing, for another table
 * version, or does not match its checksum.
 */
export async function readSnapshot(
  value: unknown,
  tableVersion: string,
): Promise<CompactFoods | null> {
  const snapshot = value as Partial<FoodSnapshot> | undefined;
  if (snapshot?.tableVersion !== tableVersion || typeof snapshot.body !== 'string') return null;
  if (snapshot.sha256 !== (await sha256Hex(snapshot.body))) return null;
  try {
    const body = JSON.parse(snapshot.body) as FoodTableBody;
    if (!Array.isArray(body.foods) || !body.foods.every((r) => Array.isArray(r))) return null;
    return { groups: body.groups, b12Reasons: body.b12Reasons, rows: body.foods };
  } catch {
    return null;
  }
}

/** Every food of a snapshot the caller has verified (the search-index worker's input). */
export function snapshotFoods(snapshot: FoodSnapshot): Food[] | null {
  try {
    const decoded = decodeFoodTableBody(JSON.parse(snapshot.body), 'structure');
    return decoded.ok ? decoded.foods : null;
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
  await db.meta.put(await snapshotRow(tableVersion, encodeFoodTableBody(foods)));
}
