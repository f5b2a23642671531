import { describe, expect, it } from 'vitest';
import {
  buildShoppingList,
  DEFAULT_AISLES,
  isEmptyList,
  OTHER_AISLE_ID,
  type BuildShoppingListInput,
} from '@shared/domain/shopping';
import type { PlannedItem } from '@shared/domain/plan-rows';
import type { RecipeRow } from '@shared/schemas/rows';
import { B12_TABLET, EGG, lookup, MY_GRANOLA, OLIVE_OIL, RICE, SOY_MILK, TOFU } from './foods';

let n = 0;
function food(foodId: string, grams: number, eaters: PlannedItem['eaters'] = 'all'): PlannedItem {
  n += 1;
  return {
    id: `e${n}`,
    date: '2024-03-04',
    slotId: 'dinner',
    target: { kind: 'food', foodId },
    quantity: grams,
    unit: 'g',
    grams,
    eaters,
    order: n,
    recurringId: null,
  };
}

function recipe(
  recipeId: string,
  grams: number,
  eaters: PlannedItem['eaters'] = 'all',
): PlannedItem {
  return { ...food('x', grams, eaters), target: { kind: 'recipe', recipeId } };
}

const STIR_FRY: RecipeRow = {
  id: 'r1',
  name: 'Tofu stir fry',
  servings: 4,
  note: '',
  ingredients: [
    { foodId: TOFU.id, quantity: 400, unit: 'g', grams: 400 },
    { foodId: RICE.id, quantity: 1, unit: 'cup', grams: 185 },
    { foodId: OLIVE_OIL.id, quantity: 1, unit: 'tablespoon', grams: 15 },
  ],
};

function input(overrides: Partial<BuildShoppingListInput>): BuildShoppingListInput {
  return {
    items: [],
    people: ['ann', 'bo'],
    recipes: [STIR_FRY],
    foods: lookup,
    aisles: [],
    pantry: [],
    units: 'metric',
    ...overrides,
  };
}

describe('buildShoppingList', () => {
  it('sums grams per food across entries and eaters, grouped by the default aisles in order', () => {
    const list = buildShoppingList(
      input({ items: [food(EGG.id, 50), food(EGG.id, 50, ['ann']), food(TOFU.id, 100)] }),
    );
    expect(list.sections.map((s) => s.name)).toEqual(['Dairy & eggs', 'Legumes & tofu']);
    const egg = list.sections[0]!.lines[0]!;
    expect(egg).toMatchObject({ key: 'food:sr:01123', grams: 150, amount: '3 large (≈150 g)' });
    expect(list.sections[1]!.lines[0]).toMatchObject({ grams: 200, amount: '200 g' });
  });

  it('expands a recipe in proportion to its ingredient weights', () => {
    // 300 g per eater × 2 eaters = 600 g of a 600 g recipe: exactly one batch.
    const list = buildShoppingList(input({ items: [recipe('r1', 300)] }));
    const grams = Object.fromEntries(
      list.sections.flatMap((s) => s.lines).map((l) => [l.foodId, l.grams]),
    );
    expect(grams).toEqual({ [TOFU.id]: 400, [RICE.id]: 185, [OLIVE_OIL.id]: 15 });
  });

  it('lists supplements apart as counts and leaves pantry foods out, naming them', () => {
    const list = buildShoppingList(
      input({
        items: Array.from({ length: 7 }, () => food(B12_TABLET.id, 1)).concat(recipe('r1', 300)),
        pantry: [OLIVE_OIL.id],
      }),
    );
    expect(list.supplements).toHaveLength(1);
    expect(list.supplements[0]).toMatchObject({ kind: 'supplement', amount: '14 tablets' });
    expect(list.sections.flatMap((s) => s.lines).map((l) => l.foodId)).not.toContain(OLIVE_OIL.id);
    expect(list.pantry.map((l) => l.foodId)).toEqual([OLIVE_OIL.id]);
  });

  it('keeps deleted foods and recipes as unknown lines with their grams', () => {
    const list = buildShoppingList(
      input({ items: [food('sr:99999', 150), recipe('gone', 100, ['ann'])] }),
    );
    expect(list.unknown.map((l) => [l.key, l.name, l.amount])).toEqual([
      ['food:sr:99999', 'Unknown item (sr:99999)', '300 g'],
      ['recipe:gone', 'Unknown recipe (gone)', '100 g'],
    ]);
    expect(list.lineCount).toBe(2);
  });

  it('follows the user’s aisle order, per-food overrides, and sends orphans to Other', () => {
    const aisles = [
      { id: 'legumes', name: 'Tofu corner', groups: ['1600'] },
      { id: 'dairy', name: 'Fridge', groups: ['0100'] },
    ];
    const list = buildShoppingList(
      input({
        items: [food(EGG.id, 50), food(TOFU.id, 50), food(SOY_MILK.id, 100), food(RICE.id, 50)],
        aisles,
        aisleOverrides: { [SOY_MILK.id]: 'dairy', [TOFU.id]: 'deleted-aisle' },
      }),
    );
    expect(list.sections.map((s) => [s.name, s.lines.map((l) => l.foodId)])).toEqual([
      ['Tofu corner', [TOFU.id]],
      ['Fridge', [EGG.id, SOY_MILK.id]],
      ['Other', [RICE.id]],
    ]);
  });

  it('puts custom foods in My foods, merges manual items and notes, and marks checked keys', () => {
    const list = buildShoppingList(
      input({
        items: [food(MY_GRANOLA.id, 60)],
        manual: [
          { id: 'm2', text: 'Bin bags', aisleId: 'no-such-aisle', order: 2 },
          { id: 'm1', text: 'Birthday candles', aisleId: 'my-foods', order: 1 },
          { id: 'n1', text: 'Shop closes early on Friday', aisleId: null, order: 0 },
        ],
        checked: new Set(['manual:m2', `food:${MY_GRANOLA.id}`]),
      }),
    );
    expect(list.sections.map((s) => [s.id, s.lines.map((l) => l.name)])).toEqual([
      ['my-foods', ['Home granola', 'Birthday candles']],
      [OTHER_AISLE_ID, ['Bin bags']],
    ]);
    expect(list.notes.map((m) => m.text)).toEqual(['Shop closes early on Friday']);
    expect([list.lineCount, list.checkedCount]).toEqual([3, 2]);
  });

  it('counts everyone as one eater while no people are set up, and gives an empty week an empty list', () => {
    const solo = buildShoppingList(input({ people: [], items: [food(TOFU.id, 100)] }));
    expect(solo.sections[0]?.lines[0]?.grams).toBe(100);
    const empty = buildShoppingList(input({ items: [] }));
    expect(isEmptyList(empty)).toBe(true);
    expect(empty.sections).toEqual([]);
  });

  it('uses the default aisles while the stored list is empty', () => {
    const list = buildShoppingList(input({ items: [food(TOFU.id, 10)] }));
    expect(list.sections[0]?.id).toBe(DEFAULT_AISLES.find((a) => a.groups.includes('1600'))?.id);
  });
});
