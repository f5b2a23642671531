import { afterEach, describe, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb } from '../../../src-renderer/src/data/db';
import * as scenarios from './repo-scenarios';

const dbs: CobaltDb[] = [];
function freshDb(): CobaltDb {
  const db = new CobaltDb('cobalt-backup-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

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
});
