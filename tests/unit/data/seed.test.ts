import { afterEach, describe, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb } from '../../../src-renderer/src/data/db';
import * as scenarios from '../../helpers/seed-scenarios';

const dbs: CobaltDb[] = [];
function freshDb(): CobaltDb {
  const db = new CobaltDb('cobalt-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

describe('seeding the food table (fake-indexeddb)', () => {
  it('first run loads every food in one go and reports progress', () =>
    scenarios.firstRunSeedsEverythingWithProgress(freshDb()));
  it('a newer table replaces bundled foods and leaves custom foods, recipes and plans alone', () =>
    scenarios.newerTableReplacesBundledFoodsOnly(freshDb()));
  it('a damaged table is refused, naming the food and field, and nothing is written', () =>
    scenarios.damagedTableIsRefusedAndNothingWritten(freshDb()));
  it('a table that cannot be written leaves the old one in place', () =>
    scenarios.failedWriteRollsBack(freshDb()));
});
