/**
 * Merging a backup into what is already stored. Policy: a row whose key (id) is not stored yet is
 * added; a row whose key is already stored is skipped and the stored row kept, even if it differs
 * — a merge never overwrites anything. The settings record is therefore only added on a device
 * that has none. References stay whole: a skipped recipe or person keeps its id, so an added entry
 * that points at it points at the stored one.
 */
import { BACKUP_TABLES, rowKey, type BackupData, type BackupTable } from './format';

export type StoredKeys = Record<BackupTable, ReadonlySet<string>>;

export interface MergePlan {
  /** The rows to add, table by table. */
  add: BackupData;
  added: Record<BackupTable, number>;
  /** Rows left out because a row with the same key is already stored. */
  skipped: Record<BackupTable, number>;
}

export function planMerge(data: BackupData, stored: StoredKeys): MergePlan {
  const add = {} as Record<BackupTable, object[]>;
  const added = {} as Record<BackupTable, number>;
  const skipped = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) {
    const rows = (data[table] as object[]).filter((row) => !stored[table].has(rowKey(table, row)));
    add[table] = rows;
    added[table] = rows.length;
    skipped[table] = data[table].length - rows.length;
  }
  return { add: add as unknown as BackupData, added, skipped };
}

export function totalRows(counts: Record<BackupTable, number>): number {
  return BACKUP_TABLES.reduce((sum, t) => sum + counts[t], 0);
}
