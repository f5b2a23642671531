/**
 * A year of plans for four people, shared by the backup and large-data benchmarks: 52 weeks × 7
 * days × 4 slots × `perSlot` entries (3 → 4,368; 55 → 80,080) with mixed eaters, 8 recipes,
 * 4 recurring entries, 20 custom foods and a year of shopping lists, over 300 stand-in bundled
 * foods (`yearFoods`).
 */
import type { BackupData } from '@shared/backup';
import { addDays } from '@shared/base/dates';
import { personRowSchema, type PlanEntryRow, type RecurringRow } from '@shared/schemas/rows';
import type { Food } from '@shared/schemas/food';
import { makeFood } from '../tests/helpers/foods';

/** The year's first day (a Monday); its last week starts 2025-12-29. */
export const START = '2025-01-06';
const SLOTS = ['breakfast', 'lunch', 'dinner', 'snacks'];
export const PEOPLE = ['p1', 'p2', 'p3', 'p4'];
const bundledIds = Array.from(
  { length: 300 },
  (_, i) => `sr:${String(10000 + i).padStart(5, '0')}`,
);
export const isBundled = (id: string) => /^sr:1\d{4}$/.test(id);

/** `perSlot` entries in each of 4 slots on each of 364 days: 3 → 4,368; 55 → 80,080 entries. */
export function yearOfPlans(perSlot = 3): BackupData {
  const people = PEOPLE.map((id, i) =>
    personRowSchema.parse({
      id,
      order: i,
      profile: {
        id,
        name: `Person ${i + 1}`,
        ageYears: 20 + i * 15,
        sex: i % 2 ? 'male' : 'female',
        diet: 'vegan',
      },
    }),
  );
  const customFoods = Array.from({ length: 20 }, (_, i) =>
    makeFood(`custom:food-${i}`, {
      source: 'custom',
      group: 'CUSTOM',
      groupName: 'Custom foods',
      nutrients: { energy: 100 + i, b12: i % 3 },
    }),
  );
  const recipes = Array.from({ length: 8 }, (_, i) => ({
    id: `recipe-${i}`,
    name: `Recipe ${i}`,
    servings: 4,
    ingredients: Array.from({ length: 6 }, (_, j) => ({
      foodId: j === 0 ? `custom:food-${i}` : bundledIds[(i * 7 + j * 13) % bundledIds.length]!,
      quantity: 100 + j * 10,
      unit: 'g',
      grams: 100 + j * 10,
    })),
    note: '',
  }));
  const eaters: PlanEntryRow['eaters'][] = ['all', ['p1'], ['p1', 'p2'], ['p3', 'p4']];
  const planEntries: PlanEntryRow[] = [];
  for (let day = 0; day < 52 * 7; day++) {
    const date = addDays(START, day);
    SLOTS.forEach((slotId, s) => {
      for (let k = 0; k < perSlot; k++) {
        const n = planEntries.length;
        const recipe = n % 11 === 0;
        planEntries.push({
          id: `entry-${n}`,
          date,
          slotId,
          target: recipe
            ? { kind: 'recipe', recipeId: `recipe-${n % 8}` }
            : {
                kind: 'food',
                foodId: n % 5 === 0 ? `custom:food-${n % 20}` : bundledIds[n % bundledIds.length]!,
              },
          quantity: recipe ? 1 : 1 + (n % 4) * 0.5,
          unit: recipe ? 'serving' : 'cup',
          grams: 80 + ((n * 37) % 300),
          eaters: eaters[(n + s) % eaters.length]!,
          order: k,
        });
      }
    });
  }
  const recurring: RecurringRow[] = PEOPLE.map((id, i) => ({
    id: `recurring-${i}`,
    target: { kind: 'food', foodId: bundledIds[i]! },
    quantity: 1,
    unit: 'tablet',
    grams: 1,
    slotId: 'breakfast',
    eaters: [id],
    weekdays: [1, 3, 5],
    startDate: START,
    endDate: null,
  }));
  const weeks = Array.from({ length: 52 }, (_, w) => addDays(START, w * 7));
  const listKey = (w: string) => `${w}..${addDays(w, 6)}`;
  return {
    people,
    customFoods,
    recipes,
    planEntries,
    recurring,
    settings: [],
    shoppingChecks: weeks.flatMap((w) =>
      Array.from({ length: 30 }, (_, i) => ({
        listKey: listKey(w),
        itemKey: `food:${bundledIds[i]!}`,
        checked: i % 2 === 0,
      })),
    ),
    shoppingItems: weeks.map((w, i) => ({
      id: `item-${i}`,
      listKey: listKey(w),
      text: 'Coffee',
      aisleId: null,
      order: 0,
    })),
  };
}

/** The bundled foods the plans use, with some nutrients known, for the totals recomputed on restore. */
export const yearFoods: ReadonlyMap<string, Food> = new Map(
  bundledIds.map((id, i) => [
    id,
    makeFood(id, {
      nutrients: { energy: 50 + i, protein: 2, b12: i % 7 === 0 ? 0.5 : 0, iron: 1 },
    }),
  ]),
);
