import { afterEach, describe, expect, it } from 'vitest';
import Dexie, { type EntityTable } from 'dexie';

interface Row {
  id: number;
  name: string;
}

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('real IndexedDB through Dexie', () => {
  it('writes a row, reopens the database and reads it back', async () => {
    const name = `roundtrip-${crypto.randomUUID()}`;
    names.push(name);
    const open = () => {
      const db = new Dexie(name) as Dexie & { rows: EntityTable<Row, 'id'> };
      db.version(1).stores({ rows: '++id, name' });
      return db;
    };
    const first = open();
    await first.rows.add({ name: 'cobalamin' } as Row);
    first.close();
    expect(typeof indexedDB.open).toBe('function');
    const second = open();
    const rows = await second.rows.where('name').equals('cobalamin').toArray();
    expect(rows.map((r) => r.name)).toEqual(['cobalamin']);
    second.close();
  });
});
