/**
 * The migration path, proven on Chromium's real IndexedDB: a committed export of a version-1
 * database (tests/fixtures/cobalt-db-v1.json) is loaded into a database opened at version 1 only,
 * then opened with the current CobaltDb, which upgrades it through version 2 (slot indexes, and
 * person rows brought under the household rules) to version 3 (plan entries stored per day).
 * Nothing else may change.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CobaltDb, STORES } from '../../src-renderer/src/data/db';
import { readPeople } from '../../src-renderer/src/data/household-repo';
import fixture from '../fixtures/cobalt-db-v1.json';
import { countEntriesInSlots } from '../../src-renderer/src/data/plan-days-repo';
import { planEntries } from '../helpers/plan-entries';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

type Rows = Record<string, Record<string, unknown>[]>;
/** By id in code-unit order, as IndexedDB orders string keys. */
const byId = (a: { id?: unknown }, b: { id?: unknown }) => {
  const [x, y] = [String(a.id), String(b.id)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const tables = fixture.tables as unknown as Rows;

async function v1Database(): Promise<string> {
  const name = `cobalt-upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES[0]!.stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await v1.table(table).bulkAdd(rows);
  });
  expect(v1.verno).toBe(1);
  v1.close();
  return name;
}

describe('upgrading a real version-1 database', () => {
  it('opens at the newest version with every row kept', async () => {
    const name = await v1Database();
    const db = new CobaltDb(name);
    await db.open();
    try {
      expect(db.verno).toBe(STORES.at(-1)!.version);
      expect(db.verno).toBe(3);
      expect(db.tables.map((t) => t.name)).not.toContain('planEntries');
      for (const table of [
        'foods',
        'meta',
        'customFoods',
        'recipes',
        'settings',
        'shoppingChecks',
        'shoppingItems',
      ]) {
        expect(await db.table(table).toArray(), table).toEqual(tables[table]);
      }
      // Every entry as stored, but e-cleo, whose eater v2 renames (checked below).
      const entries = await planEntries(db).toArray();
      expect(entries.filter((e) => e.id !== 'e-cleo')).toEqual(
        tables['planEntries']!.filter((e) => e['id'] !== 'e-cleo').sort(byId),
      );
      expect(entries).toHaveLength(tables['planEntries']!.length);
      expect(await db.recurring.count()).toBe(tables['recurring']!.length);
    } finally {
      db.close();
    }
  });

  it('stores one record per day holding that day’s entries', async () => {
    const db = new CobaltDb(await v1Database());
    await db.open();
    try {
      const dates = [...new Set(tables['planEntries']!.map((e) => String(e['date'])))].sort();
      const days = await db.planDays.toArray();
      expect(days.map((d) => d.date)).toEqual(dates);
      for (const day of days) {
        const ids = tables['planEntries']!.filter((e) => e['date'] === day.date)
          .map((e) => String(e['id']))
          .sort();
        expect(day.ids, day.date).toEqual(ids);
        expect(day.entries.map((e) => e.id)).toEqual(ids);
        expect(new Set(day.entries.map((e) => e.date))).toEqual(new Set([day.date]));
      }
    } finally {
      db.close();
    }
  });

  it('moves a version-2 database’s entries into day records unchanged', async () => {
    const name = `cobalt-upgrade-v2-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new Dexie(name);
    for (const { version, stores } of STORES.slice(0, 2)) v2.version(version).stores(stores);
    await v2.open();
    const rows = tables['planEntries']!;
    await v2.table('planEntries').bulkAdd(rows);
    v2.close();
    const db = new CobaltDb(name);
    await db.open();
    try {
      expect(await planEntries(db).toArray()).toEqual([...rows].sort(byId));
    } finally {
      db.close();
    }
  });

  it('adds the meal-slot indexes, answering as a full scan does', async () => {
    const db = new CobaltDb(await v1Database());
    await db.open();
    try {
      for (const slot of ['breakfast', 'lunch', 'dinner', 'snacks']) {
        const scanned = tables['planEntries']!.filter((e) => e['slotId'] === slot).length;
        expect(await countEntriesInSlots(db, [slot]), slot).toBe(scanned);
      }
      expect(await db.recurring.where('slotId').equals('breakfast').count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('brings people under the household rules, renaming the old profile id everywhere', async () => {
    const db = new CobaltDb(await v1Database());
    await db.open();
    try {
      const cleo = await db.people.get('row-cleo');
      expect(cleo?.profile).toMatchObject({ id: 'row-cleo', name: 'Cleo' });
      // The others were already consistent and are unchanged.
      expect(await db.people.get('p-ana')).toEqual(
        tables['people']!.find((p) => p['id'] === 'p-ana'),
      );
      expect((await planEntries(db).get('e-cleo'))?.eaters).toEqual(['row-cleo', 'p-ana']);
      const totals = await db.weeklyTotals.toArray();
      expect(totals.map((t) => t.personId).sort()).toEqual(['p-ana', 'row-cleo']);
      expect((await readPeople(db)).map((p) => [p.id, p.name])).toEqual([
        ['p-ana', 'Ana'],
        ['p-ben', 'Ben, “the cook”'],
        ['row-cleo', 'Cleo'],
      ]);
    } finally {
      db.close();
    }
  });
});
