/** A realistic vegan week from the bundled table with no B12 source: the optimizer's main case. */
import { weekDates } from '@shared/domain';
import type { PlanEntry } from '@shared/schemas/plan';
import { personProfileSchema, type PersonProfile } from '@shared/schemas/profile';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';

export const WEEK_START = '2025-03-03';

/** Food id, grams per eater, slot: one day's menu, eaten every day. */
export const VEGAN_DAY: readonly (readonly [string, number, string])[] = [
  ['sr:20038', 80, 'breakfast'], // oats
  ['sr:16120', 250, 'breakfast'], // soymilk, unfortified
  ['sr:09040', 120, 'breakfast'], // banana
  ['sr:16070', 200, 'lunch'], // lentils, boiled
  ['sr:20045', 150, 'lunch'], // white rice, cooked
  ['sr:11090', 100, 'lunch'], // broccoli
  ['sr:16426', 150, 'dinner'], // tofu, firm
  ['sr:20121', 200, 'dinner'], // pasta, cooked
  ['sr:11529', 100, 'dinner'], // tomatoes
  ['sr:11457', 60, 'dinner'], // spinach
  ['sr:09003', 150, 'snacks'], // apple
  ['sr:16398', 32, 'snacks'], // peanut butter
];

export const VEGAN: PersonProfile = personProfileSchema.parse({
  id: 'vegan-1',
  name: 'Alex',
  ageYears: 34,
  sex: 'female',
  diet: 'vegan',
});

export function veganWeekEntries(personIds: readonly string[] = [VEGAN.id]): PlanEntry[] {
  const times = new Map(DEFAULT_MEAL_SLOTS.map((s) => [s.id, s.time]));
  return weekDates(WEEK_START).flatMap((date) =>
    VEGAN_DAY.map(([foodId, grams, slotId], i) => ({
      id: `${date}-${i}`,
      date,
      time: times.get(slotId) ?? '12:00',
      slotId,
      foodId,
      grams,
      eaters: [...personIds],
      recipeId: null,
      label: null,
    })),
  );
}
