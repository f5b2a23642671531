import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import { foodB12Release } from '@shared/domain/b12-absorption';
import { absorbedFromDose } from '@shared/base/b12-model';
import { suggestFoods } from '@shared/domain/suggestions';
import type { Food } from '@shared/schemas/food';
import type { PersonProfile } from '@shared/schemas/profile';
import type { PlanEntry } from '@shared/schemas/plan';
import { FOOD_MAP, FOODS, WEEK_START, entry, everyDay, makeFood, person } from './fixtures';

function weekGap(entries: PlanEntry[], who: PersonProfile, nutrient: string) {
  const result = analyzeWeek({ weekStart: WEEK_START, entries, people: [who], foods: FOOD_MAP });
  return result.people[0]!.weekGaps.find((g) => g.nutrient === nutrient)!;
}

const plainWeek = everyDay((d) => [
  entry(FOODS.oats, 250, d, '08:00'),
  entry(FOODS.lentils, 200, d, '12:30'),
]);

const withFoods = (...extra: Food[]) =>
  new Map([...FOOD_MAP, ...extra.map((f) => [f.id, f] as const)]);

describe('suggestFoods', () => {
  it('suggests diet-compatible foods in halves of household measures, truthfully sized', () => {
    const vegan = person({ diet: 'vegan' });
    const gap = weekGap(plainWeek, vegan, 'magnesium');
    expect(gap.status).toBe('veryLow');
    const list = suggestFoods(gap, FOOD_MAP, 'vegan');
    expect(list.length).toBeGreaterThan(5);
    for (const s of list) {
      const food = FOOD_MAP.get(s.foodId)!;
      expect(food.diet.vegan).toBe('yes');
      expect(s).toMatchObject({ kind: 'food', frequency: 'daily', timesPerDay: 1 });
      expect(Number.isInteger(s.portions * 2)).toBe(true);
      expect(s.grams).toBe(Math.ceil(s.portions * s.portionGrams - 1e-9));
      // What the card says the amount adds is the food's value for exactly that amount.
      expect(s.addedPerTime).toBeCloseTo((food.nutrients.magnesium! * s.grams) / 100, 9);
      expect(s.ratioAfter).toBeCloseTo((gap.intake + 7 * s.addedPerTime) / gap.target!, 9);
      expect(s.ratioAfter! - s.ratioBefore!).toBeGreaterThanOrEqual(0.2 * (1 - s.ratioBefore!));
      expect(s.grams).toBeLessThanOrEqual(500);
      expect(s.kcal!).toBeLessThanOrEqual(400);
    }
    // 180 mg a day would take 46 g of flaxseed (13 tbsp, 245 kcal); a person adds at most 4 tbsp,
    // which closes most of the gap and is said to.
    const flax = list.find((s) => s.foodId === FOODS.flaxseed.id)!;
    expect(flax).toMatchObject({ portionLabel: '1 tbsp, whole', portions: 4, grams: 42 });
    expect(flax.amountLabel).toBe('4 tbsp, whole');
    expect(flax.ratioAfter).toBeLessThan(1);
  });

  it('weighs added energy more when ranking by kcal', () => {
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'magnesium');
    const energy = (list: ReturnType<typeof suggestFoods>) =>
      list.slice(0, 3).reduce((sum, s) => sum + (s.kcal ?? 0) * s.timesPerDay, 0);
    const balanced = suggestFoods(gap, FOOD_MAP, 'vegan');
    const byKcal = suggestFoods(gap, FOOD_MAP, 'vegan', { rankBy: 'kcal' });
    expect(byKcal[0]?.foodId).toBe(FOODS.spinach.id);
    expect(energy(byKcal)).toBeLessThan(energy(balanced));
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
    // 1 µg absorbed a day as two servings: 0.5 µg each needs a 1 µg dose (50 %), 118 g of soy
    // milk, shown as ½ cup (122 g), whose own absorbed amount is what the suggestion states.
    expect(soy).toMatchObject({ timesPerDay: 2, grams: 122, portions: 0.5, amountLabel: '½ cup' });
    expect(soy.addedPerTime).toBeCloseTo(absorbedFromDose(0.0085 * 122), 12);
    expect(soy.ratioAfter).toBeCloseTo((gap.intake + 14 * soy.addedPerTime) / gap.target!, 12);
    expect(soy.ratioAfter).toBeGreaterThanOrEqual(1);
    // Supplements are one dose a day: a 25 µg tablet absorbs 1.4 µg.
    const withTablets = suggestFoods(gap, FOOD_MAP, 'vegan', { includeSupplements: true });
    const tablet = withTablets.find((s) => s.foodId === FOODS.b12Tablet25.id)!;
    expect(tablet).toMatchObject({ timesPerDay: 1, grams: 1, amountLabel: '1 tablet' });
    expect(tablet.addedPerTime).toBeCloseTo(absorbedFromDose(25), 12);
  });

  it('counts food-bound B12 at the reduced share for an older person', () => {
    const older = person({ diet: 'omnivore', ageYears: 75, sex: 'male' });
    const gap = weekGap(plainWeek, older, 'b12');
    const beefIn = (list: ReturnType<typeof suggestFoods>) =>
      list.find((s) => s.foodId === FOODS.beef.id)!;
    const normal = beefIn(suggestFoods(gap, FOOD_MAP, 'omnivore', { limit: 20 }));
    const reduced = beefIn(
      suggestFoods(gap, FOOD_MAP, 'omnivore', { b12Release: foodB12Release(older), limit: 20 }),
    );
    expect(reduced.grams).toBeGreaterThan(normal.grams);
    expect(normal.addedPerTime).toBeCloseTo(absorbedFromDose(0.028 * normal.grams), 12);
    expect(reduced.addedPerTime).toBeCloseTo(absorbedFromDose(0.5 * 0.028 * reduced.grams), 12);
  });

  it('ranks crystalline B12 ahead of food-bound B12 for a vegan', () => {
    // Same food twice, one with its B12 marked as added (crystalline), one without.
    const spec = { name: 'Plant drink', nutrients: { b12: 1, energy: 40 } } as const;
    const portion = { amount: 1, unit: 'cup', grams: 240 };
    const added = makeFood('sr:90001', {
      ...spec,
      fortified: true,
      portion,
      nutrients: { ...spec.nutrients, b12Added: 1 },
    });
    const bound = makeFood('sr:90002', { ...spec, name: 'Other drink', portion });
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'b12');
    const ids = suggestFoods(gap, withFoods(added, bound), 'vegan').map((s) => s.foodId);
    const [addedAt, boundAt] = [ids.indexOf(added.id), ids.indexOf(bound.id)];
    expect(addedAt).toBeGreaterThanOrEqual(0);
    expect(boundAt === -1 || boundAt > addedAt).toBe(true);
  });

  it('shows one food per family', () => {
    const light = makeFood('sr:90003', {
      name: 'Soymilk, fortified, light',
      fortified: true,
      portion: { amount: 1, unit: 'cup', grams: 243 },
      nutrients: { ...FOODS.soymilk.nutrients, energy: 30 },
    });
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'b12');
    const list = suggestFoods(gap, withFoods(light), 'vegan');
    expect(list.filter((s) => /^soymilk/i.test(s.foodName))).toHaveLength(1);
  });

  it('offers a supplement of unknown diet status to a vegan with a flag, never such a food', () => {
    const unknown = { vegan: 'unknown', vegetarian: 'unknown', pescatarian: 'unknown' } as const;
    const capsule: Food = { ...FOODS.algaeOil, id: 'cur:algae-softgel', diet: unknown };
    const fishy: Food = { ...FOODS.salmon, id: 'sr:90004', diet: unknown };
    const foods = new Map([
      [capsule.id, capsule],
      [fishy.id, fishy],
      [FOODS.lentils.id, FOODS.lentils],
    ]);
    const gap = weekGap(plainWeek, person({ diet: 'vegan' }), 'epaDha');
    expect(suggestFoods(gap, foods, 'vegan')).toEqual([]);
    const list = suggestFoods(gap, foods, 'vegan', { includeSupplements: true });
    expect(list.map((s) => [s.foodId, s.dietUnknown])).toEqual([[capsule.id, true]]);
  });

  it('leaves out foods that need absurd amounts or would pass an upper limit', () => {
    const gap = weekGap(plainWeek, person({ diet: 'omnivore' }), 'vitaminD');
    const list = suggestFoods(gap, FOOD_MAP, 'omnivore', { maxGrams: 200 });
    expect(list.length).toBeGreaterThan(0);
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
