import { describe, expect, it } from 'vitest';
import {
  addChange,
  copyDayChange,
  copyWeekChange,
  deleteChange,
  describeWeekdays,
  moveChange,
  nextOrder,
  repeatChange,
  type NewItem,
} from '../../../src-renderer/src/data/plan-edits';
import {
  addOptions,
  foodOption,
  recipeOption,
  suggestedAmount,
} from '../../../src-renderer/src/features/plan/quick-add-options';
import { createFoodSearch } from '@shared/search/food-search';
import type { PlanEntryRow, RecurringRow } from '@shared/schemas/rows';
import { FOODS } from '../domain/fixtures';

const ids = () => {
  let n = 0;
  return () => `n${++n}`;
};

const entry = (id: string, date: string, slotId = 'breakfast', order = 0): PlanEntryRow => ({
  id,
  date,
  slotId,
  order,
  target: { kind: 'food', foodId: 'sr:16139' },
  quantity: 250,
  unit: 'ml',
  grams: 256.8,
  eaters: 'all',
});

const series: RecurringRow = {
  id: 'r1',
  target: { kind: 'food', foodId: 'cur:cyanocobalamin-25ug' },
  quantity: 1,
  unit: 'tablet',
  grams: 1,
  slotId: 'breakfast',
  eaters: ['alex'],
  weekdays: [0, 1, 2, 3, 4, 5, 6],
  startDate: '2024-03-04',
  endDate: null,
};

const newItem: NewItem = {
  date: '2024-03-05',
  slotId: 'lunch',
  target: { kind: 'recipe', recipeId: 'stew' },
  amount: { quantity: 1.5, unit: 'serving', grams: 525 },
  eaters: ['sam'],
  repeat: null,
  name: 'Lentil stew',
};

describe('plan edits', () => {
  it('adds a one-off entry at the given order, or a repeating one from its day', () => {
    expect(addChange(newItem, 3, ids())).toEqual({
      label: 'Add Lentil stew',
      putEntries: [
        {
          id: 'n1',
          date: '2024-03-05',
          order: 3,
          target: newItem.target,
          quantity: 1.5,
          unit: 'serving',
          grams: 525,
          slotId: 'lunch',
          eaters: ['sam'],
        },
      ],
    });
    const repeating = addChange({ ...newItem, repeat: [5, 1, 3, 1] }, 0, ids());
    expect(repeating.putRecurring?.[0]).toMatchObject({
      weekdays: [1, 3, 5],
      startDate: '2024-03-05',
      endDate: null,
    });
    expect(repeating.putEntries).toBeUndefined();
  });

  it('nextOrder goes after the last entry of the cell only', () => {
    const rows = [entry('a', '2024-03-04', 'breakfast', 4), entry('b', '2024-03-04', 'lunch', 9)];
    expect(nextOrder(rows, '2024-03-04', 'breakfast')).toBe(5);
    expect(nextOrder(rows, '2024-03-05', 'breakfast')).toBe(0);
  });

  it('deleting one day of a repeating entry ends the series the day before; on its first day, deletes it', () => {
    expect(deleteChange({ kind: 'recurring', row: series, date: '2024-03-07' }, 'B12')).toEqual({
      label: 'Stop repeating B12 from 2024-03-07',
      putRecurring: [{ ...series, endDate: '2024-03-06' }],
    });
    expect(deleteChange({ kind: 'recurring', row: series, date: '2024-03-04' }, 'B12')).toEqual({
      label: 'Delete repeating B12',
      deleteRecurring: ['r1'],
    });
    expect(
      deleteChange({ kind: 'entry', row: entry('a', '2024-03-04') }, 'Soymilk').deleteEntries,
    ).toEqual(['a']);
  });

  it('moves keep the id; copies get a new one', () => {
    expect(
      moveChange(entry('a', '2024-03-04'), '2024-03-06', 'dinner', 2, 'Soymilk').putEntries,
    ).toEqual([{ ...entry('a', '2024-03-06', 'dinner', 2) }]);
  });

  it('copies a day after what the target day holds, leaving repeating entries alone', () => {
    const rows = [
      entry('a', '2024-03-04', 'breakfast', 0),
      entry('b', '2024-03-04', 'dinner', 1),
      entry('c', '2024-03-05'),
    ];
    const change = copyDayChange(
      rows,
      '2024-03-04',
      '2024-03-09',
      [entry('x', '2024-03-09', 'lunch', 6)],
      ids(),
    );
    expect(change.putEntries?.map((e) => [e.id, e.date, e.slotId, e.order])).toEqual([
      ['n1', '2024-03-09', 'breakfast', 7],
      ['n2', '2024-03-09', 'dinner', 8],
    ]);
  });

  it('copies a week to each of the next N weeks', () => {
    const rows = [
      entry('a', '2024-03-04'),
      entry('b', '2024-03-10'),
      entry('outside', '2024-03-11'),
    ];
    const change = copyWeekChange(rows, '2024-03-04', 2, [], ids());
    expect(change.putEntries?.map((e) => e.date)).toEqual([
      '2024-03-11',
      '2024-03-17',
      '2024-03-18',
      '2024-03-24',
    ]);
    expect(change.label).toBe('Copy the week to the next 2 weeks');
  });

  it('makes an entry repeat (replacing it) or changes a series’ days', () => {
    const change = repeatChange(
      { kind: 'entry', row: entry('a', '2024-03-06') },
      [3, 1],
      'Soymilk',
      ids(),
    );
    expect(change.deleteEntries).toEqual(['a']);
    expect(change.putRecurring?.[0]).toMatchObject({
      id: 'n1',
      weekdays: [1, 3],
      startDate: '2024-03-06',
      quantity: 250,
    });
    expect(
      repeatChange({ kind: 'recurring', row: series, date: '2024-03-06' }, [6, 0], 'B12')
        .putRecurring,
    ).toEqual([{ ...series, weekdays: [0, 6] }]);
  });

  it('describes weekdays in words', () => {
    expect(describeWeekdays([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(describeWeekdays([5, 1, 2, 3, 4])).toBe('weekdays');
    expect(describeWeekdays([5, 1, 3])).toBe('Mon, Wed, Fri');
  });
});

describe('quick add options', () => {
  const recipe = {
    id: 'stew',
    name: 'Red lentil stew',
    servings: 4,
    ingredients: [{ foodId: 'sr:16070', quantity: 2, unit: 'cup', grams: 1000 }],
    note: '',
  };
  const catalog = new Map(Object.values(FOODS).map((f) => [f.id, f]));
  const search = createFoodSearch([...catalog.values()]);

  it('lists matching recipes first, then foods from the fuzzy search', () => {
    const options = addOptions('lentil', [recipe], search, (id) => catalog.get(id));
    expect(options[0]).toMatchObject({ key: 'recipe:stew', detail: 'Recipe · 4 servings' });
    expect(
      options.slice(1).some((o) => o.target.kind === 'food' && o.name.startsWith('Lentils')),
    ).toBe(true);
    expect(addOptions('  ', [recipe], search, (id) => catalog.get(id))).toEqual([]);
  });

  it('suggests an amount to type over: a serving, a tablet, the first portion or 100 g', () => {
    expect(suggestedAmount(recipeOption(recipe).subject)).toBe('1 serving');
    expect(suggestedAmount(foodOption(FOODS.b12Tablet25).subject)).toBe('1 tablet');
    expect(suggestedAmount(foodOption(FOODS.tofu).subject)).toBe('0.5 cup');
    expect(suggestedAmount(foodOption(FOODS.bComplex).subject)).toBe('1 tablet');
    expect(suggestedAmount(foodOption({ ...FOODS.tofu, portions: [] }).subject)).toBe('100 g');
  });
});
