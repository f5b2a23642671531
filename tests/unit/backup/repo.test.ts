import { describe, it } from 'vitest';
import * as scenarios from './repo-scenarios';
import { useFreshNodeDbs } from '../../helpers/db-node';

const freshDb = useFreshNodeDbs('cobalt-backup-test');

describe('backup and restore against the database (fake-indexeddb)', () => {
  it('export → wipe → import gives identical rows', () =>
    scenarios.roundTripIsIdentical(freshDb()));
  it('replace leaves exactly the backup', () => scenarios.replaceLeavesExactlyTheBackup(freshDb()));
  it('merge adds new rows and keeps stored ones', () =>
    scenarios.mergeAddsNewRowsAndKeepsStoredOnes(freshDb()));
  it('refused files write nothing', () => scenarios.refusedFilesWriteNothing(freshDb()));
  it('a restore interrupted after some tables changes nothing', () =>
    scenarios.interruptedRestoreChangesNothing(freshDb()));
  it('a row refused part-way through a table changes nothing', () =>
    scenarios.rowFailureMidTableChangesNothing(freshDb(), 17));
  it('the totals a restore writes equal a fresh analysis of the stored plan (replace and merge)', () =>
    scenarios.restoredTotalsEqualAFreshAnalysis(freshDb()));
});
