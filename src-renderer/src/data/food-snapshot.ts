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
  compareRowIds,
  decodeFoodTableBody,
  foodTableBodyJson,
  type FoodTableBody,
} from '@shared/schemas/food-table';
import { sha256Hex } from '@shared/backup/sha256';
import type { Food } from '@shared/schemas/food';
import type { CompactFoods } from './food-map';
import { reorderedRows, rowArray, type SplitFoodTable } from '@shared/schemas/food-table-text';

export const FOOD_SNAPSHOT_KEY = 'foodTableSnapshot';

export interface FoodSnapshot {
  readonly tableVersion: string;
  /** `foodTableBodyJson` of the stored table. */
  readonly body: string;
  /** SHA-256 of `body` (UTF-8), lowercase hex. */
  readonly sha256: string;
}

/**
 * The snapshot this page wrote or verified last, with its parsed rows: reading it back right
 * after seeding (the first run) then costs neither a second checksum nor a second parse. Only a
 * record whose text and checksum are identical to it is taken for it.
 */
let lastVerified: { readonly snapshot: FoodSnapshot; readonly compact: CompactFoods } | null = null;

/**
 * The meta row holding the snapshot of `body`, its rows in id order (the stored rows' primary-key
 * order, which the catalog keeps); built before the seeding transaction starts.
 */
export async function snapshotRow(tableVersion: string, body: FoodTableBody) {
  const foods = [...body.foods].sort(compareRowIds);
  const text = foodTableBodyJson({ ...body, foods });
  const value: FoodSnapshot = { tableVersion, body: text, sha256: await sha256Hex(text) };
  lastVerified = {
    snapshot: value,
    compact: { groups: body.groups, b12Reasons: body.b12Reasons, rows: rowArray(foods) },
  };
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
  const known = lastVerified?.snapshot;
  if (
    known?.tableVersion === tableVersion &&
    known.sha256 === snapshot.sha256 &&
    known.body === snapshot.body
  ) {
    return lastVerified!.compact;
  }
  if (snapshot.sha256 !== (await sha256Hex(snapshot.body))) return null;
  try {
    const body = JSON.parse(snapshot.body) as FoodTableBody;
    if (!Array.isArray(body.foods) || !body.foods.every((r) => Array.isArray(r))) return null;
    const compact = {
      groups: body.groups,
      b12Reasons: body.b12Reasons,
      rows: rowArray(body.foods),
    };
    lastVerified = { snapshot: snapshot as FoodSnapshot, compact };
    return compact;
  } catch {
    return null;
  }
}

/**
 * The rows of the shipped table file (shipped-table.ts: its head parsed, its rows not yet) in id
 * order, with the table version it says it is; null when it is not shaped like a table. A start
 * whose stored table is that version takes its bundled foods from here, not from the snapshot:
 * the version is the SHA-256 of the body, which seeding checked, so they are the rows it stored.
 */
export function shippedFoods(
  file: SplitFoodTable | null,
): { readonly tableVersion: string; readonly compact: CompactFoods } | null {
  const head = file?.head as
    (Partial<FoodTableBody> & { meta?: { tableVersion?: unknown } }) | undefined;
  const tableVersion = head?.meta?.tableVersion;
  if (!file || !head || typeof tableVersion !== 'string') return null;
  const { groups, b12Reasons } = head;
  if (typeof groups !== 'object' || groups === null || !Array.isArray(b12Reasons)) return null;
  const { rows } = file;
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const id = rows.idAt(i);
    if (id === undefined) return null;
    ids.push(id);
  }
  // The file's rows are two sorted runs (SR28, then curated foods), which the sort merges fast.
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return { tableVersion, compact: { groups, b12Reasons, rows: reorderedRows(rows, order) } };
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
