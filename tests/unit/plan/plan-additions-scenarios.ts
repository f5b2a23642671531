/**
 * Additions from the Nutrients screen saved through the plan repository: run on fake-indexeddb
 * (tests/unit/plan/plan-additions.test.ts) and on real IndexedDB in Chromium
 * (tests/browser/plan/plan-additions.test.ts).
 */
import { expect } from 'vitest';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { applyChange, readWeekRows } from '../../../src-renderer/src/data/plan-repo';
import {
  additionsChange,
  type PlannedAddition,
} from '../../../src-renderer/src/features/nutrients/plan-additions';
import { addDays, weekDates } from '@shared/base/dates';
import { plannedItems } from '@shared/domain/plan-rows';
import { FOODS } from '../domain/fixtures';
import { MONDAY, seedPeople } from './plan-repo-scenarios';
import { planEntries } from '../../helpers/plan-entries';

let n = 0;
const newId = () => `saved-${++n}`;

const everyDay = (grams = 1): PlannedAddition => ({
  food: FOODS.b12Tablet25,
  slotId: 'breakfast',
  dates: weekDates(MONDAY),
  grams,
  eaters: ['alex'],
});

/** A proposal for every day is saved as one repeating row per addition; undo removes them. */
export async function savedProposalIsOneRowPerAddition(db: CobaltDb): Promise<void> {
  await seedPeople(db);
  const proposal: PlannedAddition[] = [
    everyDay(),
    { ...everyDay(), food: FOODS.soymilk, slotId: 'dinner', grams: 250 },
  ];
  // The Nutrients screen refreshes the week on screen with every change (nutrients-state).
  const change = { ...additionsChange('Close', proposal, [], newId), alsoRefresh: [MONDAY] };
  const applied = await applyChange(db, change);
  expect(await planEntries(db).count()).toBe(0);
  expect(await db.recurring.count()).toBe(2);
  const rows = await readWeekRows(db, MONDAY);
  const items = plannedItems(rows.entries, rows.recurring, MONDAY, addDays(MONDAY, 6));
  expect(items).toHaveLength(14);
  // The week after is untouched: the repeat ends with the week it was made for.
  const next = await readWeekRows(db, addDays(MONDAY, 7));
  expect(next.recurring).toEqual([]);
  const totals = await db.weeklyTotals.where('weekStart').equals(MONDAY).toArray();
  expect(totals.find((t) => t.personId === 'alex')!.entryCount).toBe(14);

  await applyChange(db, applied.inverse);
  expect(await db.recurring.count()).toBe(0);
  expect(await planEntries(db).count()).toBe(0);
}
