/**
 * Properties of the aggregation, over random weeks: grams are conserved, recipes expand exactly,
 * and the order of plan entries does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShoppingList, eaterCount, type ShoppingList } from '@shared/domain/shopping';
import type { PlannedItem } from '@shared/domain/plan-rows';
import type { RecipeRow } from '@shared/schemas/rows';
import { ALL_FOODS, lookup } from './foods';

const PEOPLE = ['ann', 'bo', 'cy'];
const FOOD_IDS = [...ALL_FOODS.map((f) => f.id), 'sr:99999']; // one deleted food
const RECIPE_IDS = ['r1', 'r2', 'gone'];

const grams = fc.double({ min: 0.5, max: 5000, noNaN: true, noDefaultInfinity: true });
const eaters = fc.oneof(
  fc.constant<'all'>('all'),
  fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 3 }),
);
const target = fc.oneof(
  fc.constantFrom(...FOOD_IDS).map((foodId) => ({ kind: 'food' as const, foodId })),
  fc.constantFrom(...RECIPE_IDS).map((recipeId) => ({ kind: 'recipe' as const, recipeId })),
);
const item = fc.record({ target, grams, eaters });
const items = fc.array(item, { maxLength: 60 }).map((xs) =>
  xs.map((x, i): PlannedItem => ({
    ...x,
    id: `e${i}`,
    date: '2024-03-04',
    slotId: 'lunch',
    quantity: x.grams,
    unit: 'g',
    order: i,
    recurringId: null,
  })),
);
const ingredient = fc.record({
  foodId: fc.constantFrom(...FOOD_IDS),
  grams: fc.double({ min: 1, max: 2000, noNaN: true }),
});
const recipes = fc
  .tuple(
    fc.array(ingredient, { minLength: 1, maxLength: 6 }),
    fc.array(ingredient, { minLength: 1, maxLength: 6 }),
  )
  .map(([a, b]): RecipeRow[] =>
    [a, b].map((ings, i) => ({
      id: `r${i + 1}`,
      name: `Recipe ${i + 1}`,
      servings: 2,
      note: '',
      ingredients: ings.map((g) => ({ ...g, quantity: g.grams, unit: 'g' })),
    })),
  );

function build(
  xs: readonly PlannedItem[],
  rs: readonly RecipeRow[],
  pantry: string[] = [],
): ShoppingList {
  return buildShoppingList({
    items: xs,
    people: PEOPLE,
    recipes: rs,
    foods: lookup,
    aisles: [],
    pantry,
    units: 'metric',
  });
}

function allLines(list: ShoppingList) {
  return [
    ...list.sections.flatMap((s) => s.lines),
    ...list.supplements,
    ...list.unknown,
    ...list.pantry,
  ];
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('shopping list aggregation properties', () => {
  it('conserves grams: the lines add up to Σ grams per eater × eaters', () => {
    fc.assert(
      fc.property(items, recipes, fc.subarray(FOOD_IDS), (xs, rs, pantry) => {
        const list = build(xs, rs, pantry);
        const planned = xs.reduce(
          (sum, x) => sum + x.grams * eaterCount(x.eaters, PEOPLE.length),
          0,
        );
        const listed = allLines(list).reduce((sum, l) => sum + (l.grams ?? 0), 0);
        expect(close(listed, planned)).toBe(true);
        expect(close(list.totalGrams, planned)).toBe(true);
      }),
    );
  });

  it('expands recipes exactly: a recipe entry equals its ingredients entered one by one', () => {
    fc.assert(
      fc.property(recipes, grams, eaters, (rs, g, who) => {
        const recipe = rs[0]!;
        const total = recipe.ingredients.reduce((s, i) => s + i.grams, 0);
        const asRecipe = build(
          [{ ...base(), target: { kind: 'recipe', recipeId: recipe.id }, grams: g, eaters: who }],
          rs,
        );
        const asFoods = build(
          recipe.ingredients.map((ing, i) => ({
            ...base(),
            id: `i${i}`,
            target: { kind: 'food', foodId: ing.foodId },
            grams: (g * ing.grams) / total,
            eaters: who,
          })),
          rs,
        );
        const gramsOf = (list: ShoppingList) =>
          new Map(allLines(list).map((l) => [l.key, l.grams ?? 0]));
        const a = gramsOf(asRecipe);
        const b = gramsOf(asFoods);
        expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
        for (const [key, value] of a) expect(close(value, b.get(key)!)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of plan entries', () => {
    fc.assert(
      fc.property(items, recipes, fc.infiniteStream(fc.nat()), (xs, rs, seeds) => {
        const shuffled = [...xs];
        const stream = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = stream.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const shape = (list: ShoppingList) => ({
          sections: list.sections.map((s) => [s.id, s.lines.map((l) => [l.key, l.amount])]),
          supplements: list.supplements.map((l) => [l.key, l.amount]),
          unknown: list.unknown.map((l) => l.key),
          grams: allLines(list).map((l) => Number((l.grams ?? 0).toFixed(6))),
        });
        expect(shape(build(shuffled, rs))).toEqual(shape(build(xs, rs)));
      }),
    );
  });

  it('never drops a planned food: every food id planned appears on some line', () => {
    fc.assert(
      fc.property(items, recipes, (xs, rs) => {
        const keys = new Set(allLines(build(xs, rs)).map((l) => l.key));
        for (const x of xs) {
          const { target } = x;
          const expected =
            target.kind === 'food'
              ? [`food:${target.foodId}`]
              : (rs
                  .find((r) => r.id === target.recipeId)
                  ?.ingredients.map((i) => `food:${i.foodId}`) ?? [`recipe:${target.recipeId}`]);
          for (const key of expected) expect(keys.has(key)).toBe(true);
        }
      }),
    );
  });
});

function base(): PlannedItem {
  return {
    id: 'x',
    date: '2024-03-04',
    slotId: 'lunch',
    target: { kind: 'food', foodId: 'sr:01123' },
    quantity: 1,
    unit: 'g',
    grams: 1,
    eaters: 'all',
    order: 0,
    recurringId: null,
  };
}
