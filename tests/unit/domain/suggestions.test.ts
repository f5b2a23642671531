import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '../../../src-shared/domain/analyze-week';
import { foodB12Release } from '../../../src-shared/domain/b12-absorption';
import { suggestFoods } from '../../../src-shared/domain/suggestions';
import type { PersonProfile } from '../../../src-shared/schemas/profile';
import type { PlanEntry } from '../../../src-shared/schemas/plan';
import { FOOD_MAP, FOODS, WEEK_START, entry, everyDay, person } from './fixtures';

function weekGap(entries: PlanEntry[], who: PersonProfile, nutrient: string) {
  const result = analyzeWeek({ weekStart: WEEK_START, entries, people: [who], foods: FOOD_MAP });
  return result.people[0]!.weekGaps.find((g) => g.nutrient === nutrient)!;
}

const plainWeek = everyDay((d) => [
  entry(FOODS.oats, 250, d, '08:00'),
  entry(FOODS.lentils, 200, d, '12:30'),
]);

describe('suggestFoods', () => {
  it('ranks diet-compatible foods by portions needed and closes the gap', () => {
    const vegan = person({ diet: 'vegan' });
    const gap = weekGap(plainWeek, vegan, 'magnesium');
    expect(gap.status).toBe('veryLow');
    const list = suggestFoods(gap, FOOD_MAP, 'vegan');
    expect(list.length).toBeGreaterThan(2);
    expect(list.every((s) => FOOD_MAP.get(s.foodId)?.diet.vegan === 'yes')).toBe(true);
    const portions = list.map((s) => s.portions * s.timesPerDay);
    expect(portions).toEqual([...portions].sort((a, b) => a - b));
    for (const s of list) {
      expect(s.frequency).toBe('daily');
      expect(s.grams).toBeLessThanOrEqual(500);
      expect(s.ratioAfter).toBeGreaterThanOrEqual(1);
      expect(s.kind).toBe('food');
    }
    // Flaxseed: 1 tbsp is 10.3 g; about 520 mg short per day at 3.92 mg/g → 133 g, 13 tbsp.
    const flax = list.find((s) => s.foodId === FOODS.flaxseed.id)!;
    expect(flax.grams).toBe(Math.ceil(gap.shortfall / 7 / 3.92));
    expect(flax.portionLabel).toBe('1 tbsp, whole');
  });

  it('ranks by kcal when asked', () => {
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'magnesium');
    const list = suggestFoods(gap, FOOD_MAP, 'vegan', { rankBy: 'kcal' });
    const kcal = list.map((s) => (s.kcal ?? Infinity) * s.timesPerDay);
    expect(kcal).toEqual([...kcal].sort((a, b) => a - b));
    expect(list[0]?.foodId).toBe(FOODS.spinach.id);
  });

  it('offers supplements only when allowed, and never injections', () => {
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'b12');
    const foodsOnly = suggestFoods(gap, FOOD_MAP, 'vegan');
    expect(foodsOnly.map((s) => s.foodId)).toEqual(
      expect.arrayContaining([FOODS.soymilk.id, FOODS.cheerios.id]),
    );
    expect(foodsOnly.some((s) => s.kind !== 'food')).toBe(false);
    const all = suggestFoods(gap, FOOD_MAP, 'vegan', { includeSupplements: true });
    expect(all.map((s) => s.foodId)).toContain(FOODS.b12Tablet25.id);
    expect(all.some((s) => s.foodId === FOODS.b12Injection.id)).toBe(false);
  });

  it('sizes B12 on absorption and never suggests pseudo-B12 foods', () => {
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'b12');
    expect(gap.basis).toBe('absorbed');
    const list = suggestFoods(gap, FOOD_MAP, 'vegan');
    expect(list.some((s) => s.foodId === FOODS.nori.id || s.foodId === FOODS.tempeh.id)).toBe(
      false,
    );
    const soy = list.find((s) => s.foodId === FOODS.soymilk.id)!;
    // 1 µg absorbed a day as two servings: 0.5 µg each needs a 1 µg dose (50 %), 118 g soy milk.
    expect(soy).toMatchObject({ timesPerDay: 2, grams: 118 });
    expect(soy.addedPerTime).toBeGreaterThanOrEqual(0.5);
    expect(soy.ratioAfter).toBeGreaterThanOrEqual(1);
    // Supplements are one dose a day: a 25 µg tablet absorbs 1.4 µg.
    const withTablets = suggestFoods(gap, FOOD_MAP, 'vegan', { includeSupplements: true });
    const tablet = withTablets.find((s) => s.foodId === FOODS.b12Tablet25.id)!;
    expect(tablet).toMatchObject({ foodId: FOODS.b12Tablet25.id, timesPerDay: 1, grams: 1 });
  });

  it('counts food-bound B12 at the reduced share for an older person', () => {
    const older = person({ diet: 'omnivore', ageYears: 75, sex: 'male' });
    const gap = weekGap(plainWeek, older, 'b12');
    const normal = suggestFoods(gap, FOOD_MAP, 'omnivore').find((s) => s.foodId === FOODS.beef.id)!;
    const reduced = suggestFoods(gap, FOOD_MAP, 'omnivore', {
      b12Release: foodB12Release(older),
    }).find((s) => s.foodId === FOODS.beef.id)!;
    expect(reduced.grams).toBeGreaterThan(normal.grams * 1.9);
  });

  it('leaves out foods that need absurd amounts or would pass an upper limit', () => {
    const gap = weekGap(plainWeek, person({ diet: 'omnivore' }), 'vitaminD');
    const list = suggestFoods(gap, FOOD_MAP, 'omnivore', { maxGrams: 200 });
    expect(list.every((s) => s.grams <= 200)).toBe(true);
    const mgGap = weekGap(plainWeek, person({ diet: 'omnivore' }), 'magnesium');
    const pills = suggestFoods(mgGap, FOOD_MAP, 'omnivore', { includeSupplements: true });
    expect(pills.some((s) => s.foodId === FOODS.magnesium400.id)).toBe(false); // 400 mg > 350 mg UL
  });

  it('suggests nothing for a met gap', () => {
    const gap = weekGap(
      everyDay((d) => [entry(FOODS.pumpkinSeeds, 100, d, '10:00')]),
      person({ diet: 'vegan' }),
      'magnesium',
    );
    expect(gap.status).toBe('met');
    expect(suggestFoods(gap, FOOD_MAP, 'vegan')).toEqual([]);
  });
});
