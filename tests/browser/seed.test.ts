import { describe, expect, it } from 'vitest';
import { ensureFoodTable } from '../../src-renderer/src/data/seed';
import tableMeta from '../../resources/foods/meta.json';
import tableUrl from '../../resources/foods/foods.json?url';
import * as scenarios from '../helpers/seed-scenarios';
import { useFreshBrowserDbs } from '../helpers/db-browser';

const freshDb = useFreshBrowserDbs('cobalt-test');

describe('seeding the food table (real IndexedDB in Chromium)', () => {
  it('first run loads every food in one go and reports progress', () =>
    scenarios.firstRunSeedsEverythingWithProgress(freshDb()));
  it('a newer table replaces bundled foods and leaves custom foods, recipes and plans alone', () =>
    scenarios.newerTableReplacesBundledFoodsOnly(freshDb()));
  it('a damaged table is refused, naming the food and field, and nothing is written', () =>
    scenarios.damagedTableIsRefusedAndNothingWritten(freshDb()));
  it('a table matching its checksum is checked for its encoding only; a changed one row by row', () =>
    scenarios.checksumDecidesHowMuchIsValidated(freshDb()));
  it('a write that fails part-way leaves the old table in place', () =>
    scenarios.failedWriteRollsBack(freshDb()));

  it('seeds the committed table', async () => {
    const db = freshDb();
    const outcome = await ensureFoodTable(db, {
      tableVersion: tableMeta.tableVersion,
      load: async () => (await fetch(tableUrl)).json(),
    });
    expect(outcome).toEqual({
      status: 'seeded',
      tableVersion: tableMeta.tableVersion,
      previousVersion: null,
      foodCount: tableMeta.foodCount,
    });
    expect(await db.foods.count()).toBe(tableMeta.foodCount);
    expect((await db.foods.get('sr:15236'))?.nutrients.b12).toBe(3.23);
  });
});
