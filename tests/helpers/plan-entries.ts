/**
 * Plan entries in tests, stored the way the app stores them: per day (plan-days-repo.ts). Tests
 * seed and inspect single entries; this gives them the table-like verbs they need, each going
 * through the repository's own functions (never a hand-made day record).
 */
import type { PlanEntryRow } from '@shared/schemas/rows';
import type { CobaltDb } from '../../src-renderer/src/data/db';
import {
  clearEntries,
  countEntries,
  readAllEntries,
  readEntriesById,
  writeEntries,
} from '../../src-renderer/src/data/plan-days-repo';

const byId = (a: PlanEntryRow, b: PlanEntryRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function planEntries(db: CobaltDb) {
  return {
    count: () => countEntries(db),
    /** Every entry, by id. */
    toArray: async () => (await readAllEntries(db)).sort(byId),
    get: async (id: string) => (await readEntriesById(db, [id])).get(id),
    put: (row: PlanEntryRow) => writeEntries(db, [row]),
    bulkPut: (rows: readonly PlanEntryRow[]) => writeEntries(db, rows),
    delete: (id: string) => writeEntries(db, [], [id]),
    clear: () => clearEntries(db),
  };
}
