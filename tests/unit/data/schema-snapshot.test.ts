/**
 * Guards the database schema: the versions in db.ts must equal the committed snapshot, so a change
 * to a released version (instead of a new appended one) fails here and in review. To add a
 * version, append it to STORES and to src-renderer/src/data/schema-snapshot.json together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb, STORES } from '../../../src-renderer/src/data/db';
import snapshot from '../../../src-renderer/src/data/schema-snapshot.json';
import { planEntries } from '../../helpers/plan-entries';

const open: Dexie[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** The schema after every version has been applied: later versions override, null drops a table. */
function cumulative(versions: typeof STORES): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const { stores } of versions) {
    for (const [name, spec] of Object.entries(stores)) {
      if (spec === null) delete tables[name];
      else tables[name] = spec;
    }
  }
  return tables;
}

const normalize = (spec: string) =>
  spec
    .split(',')
    .map((part) => part.trim())
    .join(',');

describe('database schema snapshot', () => {
  it('db.ts declares exactly the committed versions (append-only)', () => {
    expect(STORES).toEqual(snapshot.versions);
  });

  it('versions start at 1 and go up by one', () => {
    expect(STORES.map((v) => v.version)).toEqual(STORES.map((_, i) => i + 1));
  });

  it('the opened database has the snapshot’s tables, keys and indexes', async () => {
    const db = new CobaltDb('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    open.push(db);
    await db.open();
    const actual = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(','),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(cumulative(snapshot.versions as unknown as typeof STORES)).map(
        ([name, spec]) => [name, normalize(spec)],
      ),
    );
    expect(actual).toEqual(expected);
    expect(db.verno).toBe(snapshot.versions.at(-1)!.version);
  });

  it('steps aside when another window upgrades the database (versionchange)', async () => {
    const indexedDB = new IDBFactory();
    const db = new CobaltDb('upgrade-test', { indexedDB, IDBKeyRange });
    open.push(db);
    await planEntries(db).put({
      id: 'e1',
      date: '2024-03-04',
      slotId: 'breakfast',
      target: { kind: 'food', foodId: 'sr:16139' },
      quantity: 1,
      unit: 'cup',
      grams: 243,
      eaters: 'all',
      order: 0,
    });
    // A newer app version opens the same database with one more version.
    const newer = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
    open.push(newer);
    const latest = snapshot.versions.at(-1)!;
    newer.version(latest.version).stores(cumulative(snapshot.versions as unknown as typeof STORES));
    newer.version(latest.version + 1).stores({ recipes: 'id, name, servings' });
    await newer.open(); // would hang (blocked) if the old connection stayed open
    expect(db.isOpen()).toBe(false);
    expect(await newer.table('planDays').where('slotIds').equals('breakfast').count()).toBe(1);
  });
});
