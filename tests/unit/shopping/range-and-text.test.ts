import { describe, expect, it } from 'vitest';
import {
  buildShoppingList,
  listKeyOf,
  rangeProblems,
  shoppingListText,
  weekRange,
  weekStartOf,
} from '@shared/domain/shopping';
import { B12_TABLET, EGG, lookup, OLIVE_OIL } from './foods';
import type { PlannedItem } from '@shared/domain/plan-rows';

describe('date ranges', () => {
  it('finds the start of the week for Monday, Sunday and Saturday weeks', () => {
    // 2024-03-07 is a Thursday.
    expect(weekStartOf('2024-03-07', 1)).toBe('2024-03-04');
    expect(weekStartOf('2024-03-07', 0)).toBe('2024-03-03');
    expect(weekStartOf('2024-03-07', 6)).toBe('2024-03-02');
    expect(weekStartOf('2024-03-04', 1)).toBe('2024-03-04');
    expect(weekRange('2024-12-30')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    expect(listKeyOf(weekRange('2024-03-04'))).toBe('2024-03-04..2024-03-10');
  });

  it('says what is wrong with a typed range at the field that is wrong', () => {
    expect(rangeProblems('2024-03-04', '2024-03-10')).toEqual({ from: null, to: null });
    expect(rangeProblems('2024-02-30', '2024-03-10').from).toMatch(/calendar date/);
    expect(rangeProblems('1899-12-31', '2024-03-10').from).toMatch(/between 1900 and 2200/);
    expect(rangeProblems('2024-03-04', '2201-01-01').to).toMatch(/between 1900 and 2200/);
    expect(rangeProblems('2024-03-10', '2024-03-04')).toEqual({
      from: null,
      to: 'End: must not be before the start.',
    });
    expect(rangeProblems('2024-03-01', '2024-05-01').to).toBeNull(); // 62 days inclusive
    expect(rangeProblems('2024-03-01', '2024-05-02').to).toMatch(/at most 62 days/);
  });
});

describe('plain text', () => {
  const item = (foodId: string, grams: number): PlannedItem => ({
    id: foodId,
    date: '2024-03-04',
    slotId: 'lunch',
    target: { kind: 'food', foodId },
    quantity: grams,
    unit: 'g',
    grams,
    eaters: 'all',
    order: 0,
    recurringId: null,
  });

  it('lists aisles, supplements, unknown items, notes and the pantry, with check marks', () => {
    const list = buildShoppingList({
      items: [
        item(EGG.id, 100),
        item(B12_TABLET.id, 7),
        item('sr:99999', 300),
        item(OLIVE_OIL.id, 20),
      ],
      people: ['ann'],
      recipes: [],
      foods: lookup,
      aisles: [],
      pantry: [OLIVE_OIL.id],
      units: 'metric',
      manual: [{ id: 'n', text: 'Use the red bags', aisleId: null, order: 0 }],
      checked: new Set([`food:${EGG.id}`]),
    });
    expect(shoppingListText(list, 'Shopping list — 4–10 Mar 2024')).toBe(
      [
        'Shopping list — 4–10 Mar 2024',
        '',
        'Notes',
        '- Use the red bags',
        '',
        'Dairy & eggs',
        '[x] Egg, whole, raw, fresh — 2 large (≈100 g)',
        '',
        'Supplements',
        '[ ] B12 (cyanocobalamin) 250 µg tablet — 7 tablets',
        '',
        'Unknown items (deleted from your foods or recipes)',
        '[ ] Unknown item (sr:99999) — 300 g',
        '',
        'In your pantry (not listed): Oil, olive, salad or cooking',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to buy', () => {
    const empty = buildShoppingList({
      items: [],
      people: [],
      recipes: [],
      foods: lookup,
      aisles: [],
      pantry: [],
      units: 'us',
    });
    expect(shoppingListText(empty, 'Shopping list')).toBe(
      'Shopping list\n\nNothing to buy for these days.\n',
    );
  });
});
