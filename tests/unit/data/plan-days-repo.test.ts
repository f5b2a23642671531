/**
 * Plan entries stored as one record per day (plan-days-repo.ts), checked against the simplest
 * model of what they stand for: a map from entry id to entry. Random writes, moves, deletes and
 * adds must leave the stored days equal to that model, with every day record well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanEntryRow } from '@shared/schemas/rows';
import { addDays } from '@shared/base/dates';
import {
  addEntries,
  countEntries,
  countEntriesInSlots,
  entryDates,
  entryIds,
  modifyEntries,
  readAllEntries,
  readEntriesBetween,
  readEntriesById,
  writeEntries,
} from '../../../src-renderer/src/data/plan-days-repo';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { useFreshNodeDbs } from '../../helpers/db-node';

const freshDb = useFreshNodeDbs('cobalt-plan-days-test');

const MONDAY = '2026-03-02';
const SLOTS = ['breakfast', 'lunch', 'dinner'] as const;

function entry(id: string, day: number, slot = 0, grams = 100): PlanEntryRow {
  return {
    id,
    date: addDays(MONDAY, day),
    slotId: SLOTS[slot % SLOTS.length]!,
    target: { kind: 'food', foodId: 'sr:16139' },
    quantity: grams,
    unit: 'g',
    grams,
    eaters: 'all',
    order: 0,
  };
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenId = (a: PlanEntryRow, b: PlanEntryRow) =>
  codeUnitOrder(a.date, b.date) || codeUnitOrder(a.id, b.id);

/** Every stored day is derived from its entries: one date, sorted ids, its slots, never empty. */
async function expectWellFormed(db: CobaltDb): Promise<void> {
  for (const day of await db.planDays.toArray()) {
    expect(day.entries.length, day.date).toBeGreaterThan(0);
    expect(new Set(day.entries.map((e) => e.date))).toEqual(new Set([day.date]));
    expect(day.ids).toEqual(day.entries.map((e) => e.id));
    expect(day.ids).toEqual([...day.ids].sort(codeUnitOrder));
    expect([...day.slotIds].sort()).toEqual([...new Set(day.entries.map((e) => e.slotId))].sort());
  }
}

describe('plan entries stored per day', () => {
  it('writes, moves across days and deletes; an emptied day has no record', async () => {
    const db = freshDb();
    await writeEntries(db, [entry('a', 0), entry('b', 0, 1), entry('c', 2)]);
    expect(await entryDates(db)).toEqual([MONDAY, addDays(MONDAY, 2)]);
    // Moving "a" to Thursday leaves Monday with "b" only.
    await writeEntries(db, [entry('a', 3)]);
    expect((await readEntriesById(db, ['a'])).get('a')?.date).toBe(addDays(MONDAY, 3));
    expect((await readEntriesBetween(db, MONDAY, MONDAY)).map((e) => e.id)).toEqual(['b']);
    await writeEntries(db, [], ['b', 'not-stored']);
    expect(await entryDates(db)).toEqual([addDays(MONDAY, 2), addDays(MONDAY, 3)]);
    expect(await countEntries(db)).toBe(2);
    await expectWellFormed(db);
  });

  it('answers by id, by slot and by date range', async () => {
    const db = freshDb();
    await writeEntries(db, [entry('x', 0, 0), entry('y', 0, 2), entry('z', 5, 2)]);
    const found = await readEntriesById(db, ['z', 'missing']);
    expect(found.get('z')?.date).toBe(addDays(MONDAY, 5));
    expect(found.has('missing')).toBe(true);
    expect(found.get('missing')).toBeUndefined();
    expect(await countEntriesInSlots(db, ['dinner'])).toBe(2);
    expect(await countEntriesInSlots(db, ['breakfast', 'dinner'])).toBe(3);
    expect(await countEntriesInSlots(db, [])).toBe(0);
    expect((await readEntriesBetween(db, addDays(MONDAY, 1), addDays(MONDAY, 6))).length).toBe(1);
    expect(await readEntriesBetween(db, addDays(MONDAY, 6), MONDAY)).toEqual([]);
    expect((await entryIds(db)).sort()).toEqual(['x', 'y', 'z']);
  });

  it('adding refuses an id that is stored or given twice, and writes nothing then', async () => {
    const db = freshDb();
    await addEntries(db, [entry('a', 0), entry('b', 1)]);
    await expect(addEntries(db, [entry('c', 1), entry('a', 4)])).rejects.toThrow(
      'plan entry a is already stored',
    );
    await expect(addEntries(db, [entry('d', 1), entry('d', 2)])).rejects.toThrow(
      'plan entry d is given twice',
    );
    expect((await readAllEntries(db)).map((e) => e.id)).toEqual(['a', 'b']);
    // New ids join the days already stored.
    const progress: number[] = [];
    await addEntries(db, [entry('c', 1), entry('e', 1), entry('f', 3)], {
      chunk: 2,
      onProgress: (n) => progress.push(n),
    });
    expect(
      (await readEntriesBetween(db, addDays(MONDAY, 1), addDays(MONDAY, 1))).map((e) => e.id),
    ).toEqual(['b', 'c', 'e']);
    expect(progress.at(-1)).toBe(3);
    await expectWellFormed(db);
  });

  it('modifies entries in place and refuses to move one', async () => {
    const db = freshDb();
    await writeEntries(db, [entry('a', 0, 0, 50), entry('b', 1, 0, 70)]);
    const changed = await modifyEntries(db, (e) =>
      e.id === 'a' ? { ...e, grams: 55, quantity: 55 } : undefined,
    );
    expect(changed.map((e) => e.id)).toEqual(['a']);
    expect((await readEntriesById(db, ['a'])).get('a')?.grams).toBe(55);
    await expect(modifyEntries(db, (e) => ({ ...e, date: addDays(e.date, 1) }))).rejects.toThrow(
      'may not move',
    );
    expect((await readEntriesById(db, ['b'])).get('b')?.date).toBe(addDays(MONDAY, 1));
  });

  it('random writes and deletes keep the days equal to an id → entry model', async () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        rows: fc.array(
          fc.record({
            id: fc.integer({ min: 0, max: 11 }),
            day: fc.integer({ min: 0, max: 9 }),
            slot: fc.integer({ min: 0, max: 2 }),
            grams: fc.integer({ min: 1, max: 500 }),
          }),
          { maxLength: 5 },
        ),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        ids: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = freshDb();
        const model = new Map<string, PlanEntryRow>();
        for (const step of ops) {
          if (step.kind === 'put') {
            // One row per id within a write, the last one winning (as a caller would dedupe).
            const rows = new Map(
              step.rows.map((r) => [`e${r.id}`, entry(`e${r.id}`, r.day, r.slot, r.grams)]),
            );
            await writeEntries(db, [...rows.values()]);
            for (const [id, row] of rows) model.set(id, row);
          } else {
            const ids = step.ids.map((i) => `e${i}`);
            await writeEntries(db, [], ids);
            for (const id of ids) model.delete(id);
          }
        }
        expect(await readAllEntries(db)).toEqual([...model.values()].sort(byDateThenId));
        expect(await countEntries(db)).toBe(model.size);
        await expectWellFormed(db);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});
