/**
 * Restoring, end to end: the all-or-nothing data transaction (data/backup-repo.ts), which also
 * recomputes the weekly totals from the restored plan, then the catalog reload (custom foods may
 * have changed). Nothing is left half-done: the totals are written, or nothing is.
 */
import type { KnownFood, ValidBackup } from '@shared/backup';
import {
  restoreBackup,
  type RestoreMode,
  type RestoreOutcome,
  type RestoreProgress,
} from '../../data/backup-repo';
import type { FoodCatalog } from '../../data/catalog.svelte';
import type { CobaltDb } from '../../data/db';

/** Bundled foods only: a backup's custom foods must come with the backup. */
export function bundledFoodCheck(catalog: FoodCatalog): KnownFood {
  return (id) => {
    const food = catalog.get(id);
    return food !== undefined && food.source !== 'custom';
  };
}

export type RestoreAndRefreshResult =
  | { ok: true; outcome: RestoreOutcome; catalogError: string | null }
  | { ok: false; message: string };

export async function restoreAndRefresh(
  db: CobaltDb,
  catalog: FoodCatalog,
  backup: ValidBackup,
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreAndRefreshResult> {
  const restored = await restoreBackup(db, backup, mode, {
    bundledFoods: catalog.byId,
    ...(onProgress ? { onProgress } : {}),
  });
  if (!restored.ok) return restored;
  let catalogError: string | null = null;
  try {
    await catalog.load(db);
  } catch (error) {
    catalogError = error instanceof Error ? error.message : String(error);
  }
  return { ok: true, outcome: restored.outcome, catalogError };
}
