import { describe, it } from 'vitest';
import * as scenarios from '../../unit/backup/repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';

const freshDb = useFreshBrowserDbs('backup');

describe('backup and restore in Chromium (real IndexedDB)', () => {
  it('export → wipe → import gives identical rows', () =>
    scenarios.roundTripIsIdentical(freshDb()));
  it('replace leaves exactly the backup', () => scenarios.replaceLeavesExactlyTheBackup(freshDb()));
  it('merge adds new rows and keeps stored ones', () =>
    scenarios.mergeAddsNewRowsAndKeepsStoredOnes(freshDb()));
  it('refused files write nothing', () => scenarios.refusedFilesWriteNothing(freshDb()));
  it('an import interrupted mid-transaction (after the plan entries) leaves the database unchanged', () =>
    scenarios.interruptedRestoreChangesNothing(freshDb()));
  it('a row refused part-way through a table (Dexie hook) leaves the database unchanged', () =>
    scenarios.rowFailureMidTableChangesNothing(freshDb(), 23));
  it('the totals a restore writes equal a fresh analysis of the stored plan (replace and merge)', () =>
    scenarios.restoredTotalsEqualAFreshAnalysis(freshDb()));
});
