/** Retired meta records (food-table-repo.ts): removed after start-up, nothing else touched. */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb, DB_NAME } from '../../../src-renderer/src/data/db';
import { FOOD_TABLE_META_KEY } from '../../../src-renderer/src/data/seed';
import {
  dropRetiredRecords,
  RETIRED_META_KEYS,
} from '../../../src-renderer/src/data/food-table-repo';

describe('retired meta records', () => {
  it('deletes the search index earlier builds kept, and keeps every other record', async () => {
    const db = new CobaltDb(DB_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.meta.bulkPut([
      { key: 'foodSearchIndex', value: { key: {}, index: { terms: ['a'] } } },
      { key: FOOD_TABLE_META_KEY, value: { tableVersion: 'v1' } },
    ]);
    expect(RETIRED_META_KEYS).toContain('foodSearchIndex');
    await dropRetiredRecords(db);
    expect((await db.meta.toArray()).map((r) => r.key)).toEqual([FOOD_TABLE_META_KEY]);
    await dropRetiredRecords(db); // nothing left to delete: still fine
    expect(await db.meta.count()).toBe(1);
    db.close();
  });
});
