/**
 * Additions from the Nutrients screen (a fix or a "close the gaps" proposal): for every day they
 * become ONE repeating entry, not a copy per day, and undo removes it in one step (fake-indexeddb).
 */
import { describe, expect, it } from 'vitest';
import {
  additionsChange,
  type PlannedAddition,
} from '../../../src-renderer/src/features/nutrients/plan-additions';
import { plannedItems } from '@shared/domain/plan-rows';
import { addDays, weekDates } from '@shared/base/dates';
import { useFreshNodeDbs } from '../../helpers/db-node';
import { FOODS } from '../domain/fixtures';
import { MONDAY } from './plan-repo-scenarios';
import { savedProposalIsOneRowPerAddition } from './plan-additions-scenarios';

const freshDb = useFreshNodeDbs('cobalt-plan-additions-test');
let n = 0;
const newId = () => `add-${++n}`;

const everyDay = (grams = 1): PlannedAddition => ({
  food: FOODS.b12Tablet25,
  slotId: 'breakfast',
  dates: weekDates(MONDAY),
  grams,
  eaters: ['alex'],
});

describe('additions from the Nutrients screen', () => {
  it('an addition for every day is one repeating entry on all seven weekdays, for this week', () => {
    const change = additionsChange('Add B12', [everyDay()], [], newId);
    expect(change.putEntries ?? []).toEqual([]);
    expect(change.putRecurring).toHaveLength(1);
    const row = change.putRecurring![0]!;
    expect(row.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(row.startDate).toBe(MONDAY);
    expect(row.endDate).toBe(addDays(MONDAY, 6));
    expect(row.target).toEqual({ kind: 'food', foodId: FOODS.b12Tablet25.id });
    expect(row).toMatchObject({ quantity: 1, unit: 'tablet', grams: 1, slotId: 'breakfast' });
  });

  it('an addition for one day is one plan entry; two days, a repeat on those weekdays only', () => {
    const one = additionsChange('Add', [{ ...everyDay(), dates: [addDays(MONDAY, 2)] }], [], newId);
    expect(one.putEntries).toHaveLength(1);
    expect(one.putRecurring ?? []).toEqual([]);
    const two = additionsChange(
      'Add',
      [{ ...everyDay(), dates: [addDays(MONDAY, 3), MONDAY] }],
      [],
      newId,
    );
    expect(two.putRecurring![0]!.weekdays).toEqual([1, 4]); // Monday, Thursday
    const items = plannedItems([], two.putRecurring!, MONDAY, addDays(MONDAY, 6));
    expect(items.map((i) => i.date)).toEqual([MONDAY, addDays(MONDAY, 3)]);
  });

  it('saved, it is one row that the week expands to 7 eatings; undo removes it in one step', () =>
    savedProposalIsOneRowPerAddition(freshDb()));
});
