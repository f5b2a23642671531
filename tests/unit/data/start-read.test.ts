/**
 * The start-up read (start-read-repo.ts) imports only open-existing-db.ts, so its database name
 * and key are written out: they must stay the ones the rest of the app uses. It reads what the catalog starts
 * from, and never creates a database that does not exist (a first run: Dexie creates it).
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb, DB_NAME } from '../../../src-renderer/src/data/db';
import { FOOD_TABLE_META_KEY } from '../../../src-renderer/src/data/seed';
import { FOOD_SNAPSHOT_KEY } from '../../../src-renderer/src/data/food-snapshot';
import {
  readAtStart,
  START_DB_NAME,
  START_KEYS,
} from '../../../src-renderer/src/data/start-read-repo';
import { makeFood } from '../../helpers/foods';

describe('the start-up read', () => {
  it('uses the database name and meta keys of the rest of the app', () => {
    expect(START_DB_NAME).toBe(DB_NAME);
    expect(START_KEYS).toEqual({ tableInfo: FOOD_TABLE_META_KEY });
  });

  it('reads the meta records and custom foods, at the version Dexie declares', async () => {
    const factory = new IDBFactory();
    const db = new CobaltDb(DB_NAME, { indexedDB: factory, IDBKeyRange });
    const mine = makeFood('custom:oat', { name: 'My oat drink', source: 'custom' });
    await db.customFoods.add(mine);
    await db.meta.bulkPut([
      { key: FOOD_TABLE_META_KEY, value: { tableVersion: 'v1' } },
      { key: FOOD_SNAPSHOT_KEY, value: { body: '{}' } },
    ]);
    const verno = db.verno;
    db.close();
    const read = await readAtStart(factory);
    expect(read).toEqual({
      idbVersion: Math.round(verno * 10),
      tableInfo: { tableVersion: 'v1' },
      customFoods: [mine],
    });
  });

  it('gives null for a database that does not exist, and does not create it', async () => {
    const factory = new IDBFactory();
    expect(await readAtStart(factory)).toBeNull();
    expect(await factory.databases()).toEqual([]);
    expect(await readAtStart(undefined)).toBeNull();
  });
});
