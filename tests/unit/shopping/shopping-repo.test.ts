import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src-renderer/src/data/household-repo';
import {
  addManualItem,
  clearChecks,
  deleteManualItem,
  putManualItem,
  readShoppingSource,
  restoreChecks,
  saveAisles,
  setChecked,
  setFoodAisle,
  setPantry,
  updateManualItem,
} from '../../../src-renderer/src/data/shopping-repo';
import { DEFAULT_AISLES } from '@shared/domain/shopping';
import type { PlanEntryRow, RecurringRow } from '@shared/schemas/rows';
import { useFreshNodeDbs } from '../../helpers/db-node';
import { planEntries } from '../../helpers/plan-entries';

const freshDb = useFreshNodeDbs('shopping');

const WEEK = { from: '2024-03-04', to: '2024-03-10' };
const KEY = '2024-03-04..2024-03-10';

function entry(id: string, date: string): PlanEntryRow {
  return {
    id,
    date,
    target: { kind: 'food', foodId: 'sr:01123' },
    quantity: 1,
    unit: 'large',
    grams: 50,
    slotId: 'breakfast',
    eaters: 'all',
    order: 0,
  };
}

describe('shopping repository', () => {
  it('reads the range’s entries and recurring occurrences, and nothing outside it', async () => {
    const db = freshDb();
    await planEntries(db).bulkPut([
      entry('in', '2024-03-04'),
      entry('last', '2024-03-10'),
      entry('out', '2024-03-11'),
    ]);
    const daily: RecurringRow = {
      id: 'b12',
      target: { kind: 'food', foodId: 'cur:cyanocobalamin-250ug' },
      quantity: 1,
      unit: 'tablet',
      grams: 1,
      slotId: 'breakfast',
      eaters: 'all',
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      startDate: '2024-03-01',
      endDate: null,
    };
    await db.recurring.put(daily);
    const source = await readShoppingSource(db, WEEK);
    expect(source.listKey).toBe(KEY);
    expect(
      source.items
        .filter((i) => i.recurringId === null)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['in', 'last']);
    expect(source.items.filter((i) => i.recurringId === 'b12')).toHaveLength(7);
  });

  it('keeps check marks per list and item, clears them and puts them back', async () => {
    const db = freshDb();
    await setChecked(db, KEY, 'food:sr:01123', true);
    await setChecked(db, KEY, 'food:sr:16120', true);
    await setChecked(db, '2024-03-11..2024-03-17', 'food:sr:01123', true);
    await setChecked(db, KEY, 'food:sr:16120', false);
    expect([...(await readShoppingSource(db, WEEK)).checked]).toEqual(['food:sr:01123']);

    const removed = await clearChecks(db, KEY);
    expect(removed).toHaveLength(1);
    expect((await readShoppingSource(db, WEEK)).checked.size).toBe(0);
    expect(await db.shoppingChecks.count()).toBe(1); // the other week keeps its mark
    await restoreChecks(db, removed);
    expect([...(await readShoppingSource(db, WEEK)).checked]).toEqual(['food:sr:01123']);
  });

  it('adds, edits, deletes and restores manual items, refusing empty text', async () => {
    const db = freshDb();
    const first = await addManualItem(db, { listKey: KEY, text: 'Bin bags', aisleId: 'other' });
    const second = await addManualItem(db, {
      listKey: KEY,
      text: 'Pay the milkman',
      aisleId: null,
    });
    expect(second.order).toBe(first.order + 1);
    await expect(addManualItem(db, { listKey: KEY, text: '   ', aisleId: null })).rejects.toThrow(
      /needs text/,
    );

    const before = await updateManualItem(db, first.id, { text: 'Bin bags, large' });
    expect(before.text).toBe('Bin bags');
    await setChecked(db, KEY, `manual:${first.id}`, true);
    const deleted = await deleteManualItem(db, first.id, `manual:${first.id}`);
    expect((await readShoppingSource(db, WEEK)).manual.map((m) => m.text)).toEqual([
      'Pay the milkman',
    ]);
    expect((await readShoppingSource(db, WEEK)).checked.size).toBe(0);
    await putManualItem(db, deleted.row!, deleted.check);
    const source = await readShoppingSource(db, WEEK);
    expect(source.manual.map((m) => m.text).sort()).toEqual(['Bin bags, large', 'Pay the milkman']);
    expect([...source.checked]).toEqual([`manual:${first.id}`]);
  });

  it('moves a food between aisles for good, and undoes the move', async () => {
    const db = freshDb();
    expect(await setFoodAisle(db, 'sr:16120', 'dairy')).toBeNull();
    let settings = await readSettings(db);
    expect(settings.aisleOverrides).toEqual({ 'sr:16120': 'dairy' });
    expect(settings.aisles.map((a) => a.id)).toEqual(DEFAULT_AISLES.map((a) => a.id));
    expect(await setFoodAisle(db, 'sr:16120', null)).toBe('dairy');
    settings = await readSettings(db);
    expect(settings.aisleOverrides).toEqual({});
  });

  it('saves aisles and drops moves into deleted aisles; keeps the pantry as a set', async () => {
    const db = freshDb();
    await setFoodAisle(db, 'sr:16120', 'dairy');
    await setFoodAisle(db, 'sr:01123', 'produce');
    await saveAisles(
      db,
      DEFAULT_AISLES.filter((a) => a.id !== 'dairy'),
    );
    expect((await readSettings(db)).aisleOverrides).toEqual({ 'sr:01123': 'produce' });
    await expect(saveAisles(db, [{ id: 'x', name: '', groups: [] }])).rejects.toThrow(
      /fields need fixing|needs a name/,
    );

    await setPantry(db, ['sr:04053', 'sr:02047'], true);
    await setPantry(db, ['sr:04053'], true);
    await setPantry(db, ['sr:02047'], false);
    expect((await readSettings(db)).pantry).toEqual(['sr:04053']);
  });
});
