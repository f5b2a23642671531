/**
 * Backups against the database: export every user table in one read transaction, and restore a
 * validated backup (src-shared/backup) in ONE read-write transaction over every user table plus
 * the derived weekly totals, so a restore is all-or-nothing. Given the bundled foods, the weekly
 * totals are recomputed from the restored plan inside that same transaction: closing the window
 * part-way leaves the old data and its totals, never restored entries without totals.
 */
import {
  BACKUP_TABLES,
  backupFileName,
  buildBackup,
  planMerge,
  readBackup,
  rowKey,
  serializeBackup,
  type BackupData,
  type BackupTable,
  type KnownFood,
  type ReadBackupResult,
  type StoredKeys,
  type ValidBackup,
} from '@shared/backup';
import { localDay } from '@shared/domain/date-format';
import type { FoodCollection } from '@shared/domain/food-lookup';
import { foodValues } from '@shared/domain/food-lookup';
import type { Food } from '@shared/schemas/food';
import type { CobaltDb } from './db';
import { isQuotaError, quotaMessage } from './repo-errors';
import { projectAllWeeks, projectionTables } from './weekly-totals-projection';
import { addEntries, entriesByDate, entryIds, readAllEntries } from './plan-days-repo';
import { messageOf } from '../lib/message-of';

export type RestoreMode = 'replace' | 'merge';

/** The stored table behind each backup table: plan entries are stored per day (plan-days-repo). */
function storedTable(db: CobaltDb, t: BackupTable) {
  return t === 'planEntries' ? db.planDays : db.table(t);
}

function userTables(db: CobaltDb) {
  return BACKUP_TABLES.map((t) => storedTable(db, t));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every user table's rows, read in one transaction so the snapshot is consistent. */
export async function readBackupData(db: CobaltDb): Promise<BackupData> {
  return db.transaction('r', userTables(db), async () => {
    const rows = await Promise.all(
      BACKUP_TABLES.map(async (t) =>
        // By id, as every other table comes (and as backups were written before plan days).
        t === 'planEntries' ? (await readAllEntries(db)).sort(byId) : db.table(t).toArray(),
      ),
    );
    return Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, rows[i]])) as unknown as BackupData;
  });
}

export interface ExportedBackup {
  text: string;
  fileName: string;
  counts: Record<BackupTable, number>;
}

export interface ExportOptions {
  appVersion: string;
  now: Date;
  /** The calendar day for the file name (defaults to the local day of `now`, as everywhere). */
  day?: string;
}

export async function exportBackup(db: CobaltDb, options: ExportOptions): Promise<ExportedBackup> {
  const data = await readBackupData(db);
  const envelope = await buildBackup(data, options.appVersion, options.now.toISOString());
  const day = options.day ?? localDay(options.now);
  return {
    text: serializeBackup(envelope),
    fileName: backupFileName(day),
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as Record<
      BackupTable,
      number
    >,
  };
}

/** The keys stored in every user table (for a merge preview and the merge itself). */
export async function readStoredKeys(db: CobaltDb): Promise<StoredKeys> {
  const keys = await Promise.all(
    BACKUP_TABLES.map(async (t) => {
      const primary =
        t === 'planEntries' ? await entryIds(db) : await db.table(t).toCollection().primaryKeys();
      // Compound keys ([listKey, itemKey]) come back as arrays; rowKey joins them the same way.
      return new Set(
        primary.map((k) =>
          Array.isArray(k)
            ? rowKey(t, { listKey: k[0], itemKey: k[1] })
            : rowKey(t, t === 'settings' ? { key: k } : { id: k }),
        ),
      );
    }),
  );
  return Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, keys[i]])) as unknown as StoredKeys;
}

export interface RestoreOutcome {
  mode: RestoreMode;
  /** Rows written per table. */
  added: Record<BackupTable, number>;
  /** Merge only: rows left out because the id is already stored (the stored row is kept). */
  skipped: Record<BackupTable, number>;
}

export type RestoreResult = { ok: true; outcome: RestoreOutcome } | { ok: false; message: string };

export interface RestoreProgress {
  /** Rows written so far (the totals count as one step per week at the end). */
  readonly done: number;
  readonly total: number;
  readonly stage: 'rows' | 'totals';
}

export interface RestoreHooks {
  /** Called inside the transaction after each table is written (progress; tests interrupt here). */
  afterTable?: (table: BackupTable) => void;
  /** Called as rows are written, for a progress bar. */
  onProgress?: (progress: RestoreProgress) => void;
  /**
   * The bundled foods (any custom foods among them are ignored: the restored ones count). When
   * given, the weekly totals are recomputed inside the restore's transaction.
   */
  bundledFoods?: FoodCollection;
}

/** Rows per bulkAdd: small enough for the progress bar to move, large enough to stay fast. */
const CHUNK = 10_000;

/** The restored custom foods over the bundled table, as the analysis will see them. */
function foodsAfterRestore(bundled: FoodCollection, custom: readonly Food[]): Map<string, Food> {
  const foods = new Map<string, Food>();
  for (const food of foodValues(bundled)) if (food.source !== 'custom') foods.set(food.id, food);
  for (const food of custom) foods.set(food.id, food);
  return foods;
}

const zeroCounts = () =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;

/**
 * Writes a validated backup. Replace: every user table is cleared, then filled from the backup.
 * Merge: rows whose id is new are added, stored rows are never changed (src-shared/backup/merge.ts).
 * Either way in one transaction: if anything fails, IndexedDB rolls everything back.
 */
export async function restoreBackup(
  db: CobaltDb,
  backup: ValidBackup,
  mode: RestoreMode,
  hooks: RestoreHooks = {},
): Promise<RestoreResult> {
  try {
    const outcome = await db.transaction(
      'rw',
      [...userTables(db), ...projectionTables(db)],
      async () => {
        let rows: BackupData = backup.data;
        let skipped = zeroCounts();
        if (mode === 'replace') {
          for (const t of BACKUP_TABLES) await storedTable(db, t).clear();
        } else {
          const plan = planMerge(backup.data, await readStoredKeys(db));
          rows = plan.add;
          skipped = plan.skipped;
        }
        // Derived from the plan just replaced; recomputed below, in this same transaction.
        await db.weeklyTotals.clear();
        const added = zeroCounts();
        const total = BACKUP_TABLES.reduce((n, t) => n + (rows[t] as object[]).length, 0);
        let done = 0;
        for (const t of BACKUP_TABLES) {
          const tableRows = rows[t] as object[];
          const before = done;
          const progress = (written: number) => {
            done = before + written;
            hooks.onProgress?.({ done, total, stage: 'rows' });
          };
          // Adds, never puts: a key clash here is a bug and must abort the whole restore.
          if (t === 'planEntries')
            await addEntries(db, rows.planEntries, { chunk: CHUNK, onProgress: progress });
          else
            for (let i = 0; i < tableRows.length; i += CHUNK) {
              const chunk = tableRows.slice(i, i + CHUNK);
              await db.table(t).bulkAdd(chunk);
              progress(i + chunk.length);
            }
          added[t] = tableRows.length;
          hooks.afterTable?.(t);
        }
        if (hooks.bundledFoods) {
          hooks.onProgress?.({ done, total, stage: 'totals' });
          const foods = foodsAfterRestore(hooks.bundledFoods, await db.customFoods.toArray());
          // Replacing: the restored entries are every stored entry, so they need not be read back.
          const held = mode === 'replace' ? entriesByDate(rows.planEntries) : undefined;
          await projectAllWeeks(db, foods, held);
        }
        return { mode, added, skipped };
      },
    );
    return { ok: true, outcome };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, message: quotaMessage('the restored data') };
    const detail = messageOf(error);
    return {
      ok: false,
      message: `Restoring stopped part-way and was rolled back, so nothing was changed. (${detail})`,
    };
  }
}

/** Read (hardened, validated, upgraded) and restore in one call: used by tests and automation. */
export async function importBackupText(
  db: CobaltDb,
  text: string,
  mode: RestoreMode,
  isBundledFood: KnownFood,
  hooks: RestoreHooks = {},
): Promise<{ read: ReadBackupResult; restore: RestoreResult | null }> {
  const read = await readBackup(text, isBundledFood);
  if (!read.ok) return { read, restore: null };
  return { read, restore: await restoreBackup(db, read.backup, mode, hooks) };
}
