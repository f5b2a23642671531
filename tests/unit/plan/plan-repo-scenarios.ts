/**
 * Plan repository scenarios, run in Node on fake-indexeddb (tests/unit/plan/plan-repo.test.ts) and
 * in Chromium on real IndexedDB (tests/browser/plan/plan-repo.test.ts).
 */
import { expect } from 'vitest';
import fc from 'fast-check';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../../../src-renderer/src/data/household-repo';
import {
  addChange,
  copyWeekChange,
  deleteChange,
  moveChange,
  repeatChange,
  type NewId,
} from '../../../src-renderer/src/data/plan-edits';
import {
  applyChange,
  readWeekRows,
  type PlanChange,
} from '../../../src-renderer/src/data/plan-repo';
import { RepoWriteError } from '../../../src-renderer/src/data/repo-errors';
import {
  computeWeekTotals,
  projectAllWeeks,
  storedWeeks,
} from '../../../src-renderer/src/data/weekly-totals-projection';
import { addDays } from '@shared/base/dates';
import type { PersonProfileInput } from '@shared/schemas/profile';
import type { PlanEntryRow } from '@shared/schemas/rows';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import { FOOD_MAP, FOODS } from '../domain/fixtures';
import { planEntries } from '../../helpers/plan-entries';

export const MONDAY = '2024-03-04';
const alex: PersonProfileInput = {
  id: 'alex',
  name: 'Alex',
  ageYears: 34,
  sex: 'female',
  diet: 'vegan',
};
const sam: PersonProfileInput = {
  id: 'sam',
  name: 'Sam',
  ageYears: 63,
  sex: 'male',
  diet: 'vegetarian',
};

/** The fixture foods, stored: the totals projection reads the planned foods from the tables. */
export async function seedFoods(db: CobaltDb): Promise<void> {
  await db.foods.bulkPut([...FOOD_MAP.values()]);
}

export async function seedPeople(
  db: CobaltDb,
  people: PersonProfileInput[] = [alex, sam],
): Promise<void> {
  await seedFoods(db);
  await db.people.bulkPut(people.map((profile, order) => ({ id: profile.id, order, profile })));
}

function counterIds(prefix = 'id'): NewId {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const soyMilk = (date: string, newId: NewId, grams = 256.8) =>
  addChange(
    {
      date,
      slotId: 'breakfast',
      target: { kind: 'food', foodId: FOODS.soymilk.id },
      amount: { quantity: 250, unit: 'ml', grams },
      eaters: 'all',
      repeat: null,
      name: 'Soymilk',
    },
    0,
    newId,
  );

const b12Daily = (date: string, newId: NewId) =>
  addChange(
    {
      date,
      slotId: 'breakfast',
      target: { kind: 'food', foodId: FOODS.b12Tablet25.id },
      amount: { quantity: 1, unit: 'tablet', grams: 1 },
      eaters: ['alex'],
      repeat: [0, 1, 2, 3, 4, 5, 6],
      name: 'B12 tablet',
    },
    0,
    newId,
  );

const byPerson = (rows: WeeklyTotalsRow[]) =>
  [...rows].sort((a, b) => a.personId.localeCompare(b.personId));

/** The invariant: every stored total equals a fresh computation, for every week with entries or totals. */
export async function expectTotalsFresh(db: CobaltDb): Promise<void> {
  const weeks = await storedWeeks(
    db,
    (await db.settings.get(SETTINGS_KEY))?.value.weekStartsOn ?? 1,
  );
  for (const week of weeks) {
    const stored = await db.weeklyTotals.where('weekStart').equals(week).toArray();
    expect(byPerson(stored), `totals of the week of ${week}`).toEqual(
      byPerson(await computeWeekTotals(db, week)),
    );
  }
}

export async function addWritesEntryAndTotals(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const applied = await applyChange(db, soyMilk('2024-03-06', counterIds()));
  expect(applied.weeks).toEqual([MONDAY]);
  expect(await planEntries(db).count()).toBe(1);
  const totals = byPerson(await db.weeklyTotals.toArray());
  expect(totals.map((t) => [t.personId, t.weekStart, t.entryCount])).toEqual([
    ['alex', MONDAY, 1],
    ['sam', MONDAY, 1],
  ]);
  expect(totals[0]!.totalGrams).toBeCloseTo(256.8, 9);
  // Soymilk: 0.85 µg B12 per 100 g (fixtures).
  expect(totals[0]!.b12.ingestedUg).toBeCloseTo(0.85 * 2.568, 6);
  await expectTotalsFresh(db);
}

export async function undoRestoresRowsAndTotals(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const ids = counterIds();
  await applyChange(db, soyMilk('2024-03-05', ids));
  const rowsBefore = await planEntries(db).toArray();
  const totalsBefore = byPerson(await db.weeklyTotals.toArray());
  const entry = rowsBefore[0]!;
  const moved = await applyChange(db, moveChange(entry, '2024-03-12', 'dinner', 0, 'Soymilk'));
  expect(moved.weeks).toEqual([MONDAY, '2024-03-11']);
  expect((await planEntries(db).get(entry.id))?.date).toBe('2024-03-12');
  const undone = await applyChange(db, moved.inverse);
  expect(await planEntries(db).toArray()).toEqual(rowsBefore);
  expect(byPerson(await db.weeklyTotals.toArray())).toEqual(totalsBefore);
  // Redo is the inverse of the undo.
  await applyChange(db, undone.inverse);
  expect((await planEntries(db).get(entry.id))?.slotId).toBe('dinner');
  await expectTotalsFresh(db);
}

export async function invalidRowsAreRefused(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const ids = counterIds();
  const cases: [PlanChange, RegExp][] = [
    [soyMilk('2024-03-05', ids, 6000), /at most 5000 g/],
    [soyMilk('2024-03-05', ids, 0), /more than 0/],
    [soyMilk('1899-12-31', ids), /between 1900 and 2200/],
    [soyMilk('2024-02-30', ids), /calendar date/],
  ];
  for (const [change, message] of cases) {
    await expect(applyChange(db, change)).rejects.toThrow(message);
    await expect(applyChange(db, change)).rejects.toBeInstanceOf(RepoWriteError);
  }
  expect(await planEntries(db).count()).toBe(0);
  expect(await db.weeklyTotals.count()).toBe(0);
}

export async function failedWriteLeavesPlanAsItWas(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const ids = counterIds();
  await applyChange(db, soyMilk('2024-03-05', ids));
  const before = {
    entries: await planEntries(db).toArray(),
    totals: await db.weeklyTotals.toArray(),
  };
  const fail = () => {
    throw new Error('disk full');
  };
  db.weeklyTotals.hook('creating', fail);
  try {
    await expect(applyChange(db, soyMilk('2024-03-06', ids))).rejects.toThrow(
      'Add Soymilk: not saved, the plan is unchanged — disk full',
    );
  } finally {
    db.weeklyTotals.hook('creating').unsubscribe(fail);
  }
  expect(await planEntries(db).toArray()).toEqual(before.entries);
  expect(await db.weeklyTotals.toArray()).toEqual(before.totals);
}

export async function recurringChangeRefreshesEveryWeekWithTotals(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const ids = counterIds();
  for (const date of ['2024-03-05', '2024-03-12', '2024-03-19'])
    await applyChange(db, soyMilk(date, ids));
  const applied = await applyChange(db, b12Daily('2024-03-13', ids));
  // Starts mid-week: that week and the next have totals and change; the week before does not.
  expect(applied.weeks).toEqual(['2024-03-11', '2024-03-18']);
  const alexWeek = async (week: string) =>
    (await db.weeklyTotals.get(['alex', week]))!.b12.ingestedUg;
  expect(await alexWeek('2024-03-18')).toBeGreaterThan(25 * 7 - 1);
  expect(await alexWeek('2024-03-11')).toBeGreaterThan(25 * 5 - 1);
  expect((await db.weeklyTotals.get(['sam', '2024-03-18']))!.b12.ingestedUg).toBeLessThan(25);
  // A week holding only the repeating entry gets totals once it is shown (alsoRefresh).
  const shown = await applyChange(db, { label: 'Show', alsoRefresh: ['2024-04-02'] });
  expect(shown.weeks).toEqual(['2024-04-01']);
  expect(await db.weeklyTotals.get(['alex', '2024-04-01'])).toBeDefined();
  // Ending the series mid-week rewrites the weeks after it.
  const series = (await db.recurring.toArray())[0]!;
  await applyChange(
    db,
    deleteChange({ kind: 'recurring', row: series, date: '2024-03-20' }, 'B12'),
  );
  expect((await db.recurring.get(series.id))?.endDate).toBe('2024-03-19');
  expect(await db.weeklyTotals.get(['alex', '2024-04-01'])).toBeUndefined();
  await expectTotalsFresh(db);
}

export async function householdChangesNeedRefreshAll(db: CobaltDb): Promise<void> {
  await seedFoods(db);
  const ids = counterIds();
  await applyChange(db, soyMilk('2024-03-05', ids));
  await applyChange(db, soyMilk('2024-03-14', ids));
  // Nobody in the household yet: the plan is kept, but there is nobody to total.
  expect(await planEntries(db).count()).toBe(2);
  expect(await db.weeklyTotals.count()).toBe(0);
  await seedPeople(db);
  expect(await projectAllWeeks(db)).toEqual([MONDAY, '2024-03-11']);
  expect(await db.weeklyTotals.count()).toBe(4);
  // Weeks starting on Sunday: every total moves to its new week start.
  await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, weekStartsOn: 0 } });
  expect(await projectAllWeeks(db)).toEqual(['2024-03-03', '2024-03-10']);
  expect((await db.weeklyTotals.toArray()).map((t) => t.weekStart).sort()).toEqual([
    '2024-03-03',
    '2024-03-03',
    '2024-03-10',
    '2024-03-10',
  ]);
  await expectTotalsFresh(db);
}

export async function readWeekRowsReturnsTheWeek(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const ids = counterIds();
  for (const date of ['2024-03-03', '2024-03-04', '2024-03-10', '2024-03-11'])
    await applyChange(db, soyMilk(date, ids));
  await applyChange(db, b12Daily('2024-03-11', ids));
  const week = await readWeekRows(db, MONDAY);
  expect(week.entries.map((e) => e.date).sort()).toEqual(['2024-03-04', '2024-03-10']);
  expect(week.recurring).toEqual([]);
  expect((await readWeekRows(db, '2024-03-11')).recurring).toHaveLength(1);
}

type Op =
  | { op: 'add'; day: number; grams: number; food: number }
  | { op: 'delete'; pick: number }
  | { op: 'move'; pick: number; day: number }
  | { op: 'repeat'; pick: number }
  | { op: 'copyWeek' }
  | { op: 'undo' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    day: fc.integer({ min: 0, max: 20 }),
    grams: fc.integer({ min: 1, max: 600 }),
    food: fc.nat(5),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('move' as const),
    pick: fc.nat(),
    day: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({ op: fc.constant('repeat' as const), pick: fc.nat() }),
  fc.constant({ op: 'copyWeek' as const }),
  fc.constant({ op: 'undo' as const }),
);

/** Random sequences of edits (and undos): the stored totals always equal a fresh computation. */
export async function randomEditsKeepTotalsFresh(db: CobaltDb, runs = 12): Promise<void> {
  const foods = [
    FOODS.soymilk,
    FOODS.lentils,
    FOODS.tofu,
    FOODS.b12Tablet25,
    FOODS.chia,
    FOODS.oats,
  ];
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
      await Promise.all([
        planEntries(db).clear(),
        db.recurring.clear(),
        db.weeklyTotals.clear(),
        db.people.clear(),
      ]);
      await seedPeople(db);
      const ids = counterIds('p');
      const undo: PlanChange[] = [];
      for (const step of ops) {
        const entries: PlanEntryRow[] = await planEntries(db).toArray(); // by id
        const picked =
          entries.length > 0 && 'pick' in step ? entries[step.pick % entries.length]! : null;
        let change: PlanChange | null = null;
        if (step.op === 'add') {
          const food = foods[step.food]!;
          change = addChange(
            {
              date: addDays(MONDAY, step.day),
              slotId: 'lunch',
              target: { kind: 'food', foodId: food.id },
              amount: { quantity: step.grams, unit: 'g', grams: step.grams },
              eaters: step.grams % 2 ? 'all' : ['sam'],
              repeat: step.grams % 5 === 0 ? [1, 3] : null,
              name: food.name,
            },
            0,
            ids,
          );
        } else if (picked && step.op === 'delete')
          change = deleteChange({ kind: 'entry', row: picked }, 'x');
        else if (picked && step.op === 'move')
          change = moveChange(picked, addDays(MONDAY, step.day), 'dinner', 1, 'x');
        else if (picked && step.op === 'repeat')
          change = repeatChange({ kind: 'entry', row: picked }, [2, 5], 'x', ids);
        else if (step.op === 'copyWeek') change = copyWeekChange(entries, MONDAY, 2, entries, ids);
        else if (step.op === 'undo' && undo.length > 0) change = undo.pop()!;
        if (change === null) continue;
        const applied = await applyChange(db, change);
        if (step.op !== 'undo') undo.push(applied.inverse);
        await expectTotalsFresh(db);
      }
    }),
    { numRuns: runs },
  );
}
