/**
 * Restoring, end to end: the all-or-nothing data transaction (data/backup-repo.ts), then the
 * catalog reload (custom foods may have changed) and the weekly totals recomputed from the
 * restored plan. The recompute is a second step: if it fails the data is still restored, the
 * user is told, and totals are rewritten as the plan is next edited.
 */
import type { KnownFood, ValidBackup } from '../../../../src-shared/backup';
import { restoreBackup, type RestoreMode, type RestoreOutcome } from '../../data/backup-repo';
import type { FoodCatalog } from '../../data/catalog.svelte';
import type { CobaltDb } from '../../data/db';
import { refreshAllWeeks } from '../../data/weekly-totals-repo';

/** Bundled foods only: a backup's custom foods must come with the backup. */
export function bundledFoodCheck(catalog: FoodCatalog): KnownFood {
  return (id) => {
    const food = catalog.get(id);
    return food !== undefined && food.source !== 'custom';
  };
}

export type RestoreAndRefreshResult =
  | { ok: true; outcome: RestoreOutcome; totalsError: string | null }
  | { ok: false; message: string };

export async function restoreAndRefresh(
  db: CobaltDb,
  catalog: FoodCatalog,
  backup: ValidBackup,
  mode: RestoreMode,
): Promise<RestoreAndRefreshResult> {
  const restored = await restoreBackup(db, backup, mode);
  if (!restored.ok) return restored;
  let totalsError: string | null = null;
  try {
    await catalog.load(db);
    await refreshAllWeeks(db, catalog.byId);
  } catch (error) {
    totalsError = error instanceof Error ? error.message : String(error);
  }
  return { ok: true, outcome: restored.outcome, totalsError };
}
