/**
 * Food suggestions on the bundled food table (resources/foods/foods.json, decoded with the app's
 * own decoder) for a plain vegan week: what a dietitian would suggest comes first, amounts are
 * household measures, and what a suggestion says it does is what the engine computes once it is
 * added to the plan.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import type { NutrientGap } from '@shared/domain/gaps';
import { suggestFoods, type FoodSuggestion } from '@shared/domain/suggestions';
import { committedFood, committedFoods } from '../../helpers/committed-foods';
import type { PlanEntry } from '@shared/schemas/plan';
import { WEEK_START, entry, everyDay, person } from './fixtures';

const foods = committedFoods().byId;
const get = committedFood;

/** No fortified food, legume, seed or supplement: low in B12, iron, calcium, D and EPA+DHA. */
const plainVeganWeek = everyDay((d) => [
  entry(get('sr:20038'), 60, d, '08:00'), // oats
  entry(get('sr:09040'), 120, d, '08:00'), // banana
  entry(get('sr:20121'), 250, d, '12:30'), // pasta
  entry(get('sr:11091'), 100, d, '12:30'), // broccoli
  entry(get('sr:09003'), 180, d, '15:00'), // apple
  entry(get('sr:20045'), 250, d, '19:00'), // rice
  entry(get('sr:11674'), 200, d, '19:00'), // potato
  entry(get('sr:16398'), 32, d, '19:00'), // peanut butter
]);
const vegan = person({ diet: 'vegan', sex: 'female', ageYears: 35 });

function analyse(entries: PlanEntry[]) {
  return analyzeWeek({ weekStart: WEEK_START, entries, people: [vegan], foods }).people[0]!;
}
const week = analyse(plainVeganWeek);
const gapOf = (nutrient: string): NutrientGap =>
  week.weekGaps.find((g) => g.nutrient === nutrient)!;
const suggest = (nutrient: string, includeSupplements = false, limit = 5) =>
  suggestFoods(gapOf(nutrient), foods, 'vegan', {
    includeSupplements,
    b12Release: week.b12.release,
    limit,
  });
const described = (list: readonly FoodSuggestion[]) => list.map((s) => get(s.foodId).description);

const PLANT_MILK_CEREAL_OR_YEAST =
  /soymilk|soy milk|almond milk|rice milk|oat milk|coconut milk|cereal|nutritional yeast/i;
/** A brand in capitals, as SR28 writes them ("KELLOGG'S", "THE COCA-COLA COMPANY"). */
const BRAND = /\b(?!USDA\b)[A-Z][A-Z'&.-]{2,}\b/;

describe('food suggestions on the bundled table, for a vegan', () => {
  it('fixes a week without B12 with fortified plant milk or nutritional yeast, not energy drinks', () => {
    expect(gapOf('b12').status).toBe('veryLow');
    const list = suggest('b12', false, 10);
    const top3 = list.slice(0, 3).map((s) => get(s.foodId));
    expect(top3.some((f) => f.fortified && PLANT_MILK_CEREAL_OR_YEAST.test(f.description))).toBe(
      true,
    );
    expect(described(list).some((d) => /energy drink/i.test(d))).toBe(false);
    expect(described(list.slice(0, 3)).some((d) => BRAND.test(d) || /smoothie/i.test(d))).toBe(
      false,
    );
    // Two servings a day, hours apart, each closing its half of the gap (reference §4).
    for (const s of list) expect(s).toMatchObject({ timesPerDay: 2, frequency: 'daily' });
  });

  it('puts a cyanocobalamin tablet in the top 3 when supplements are allowed', () => {
    const top3 = suggest('b12', true).slice(0, 3);
    const tablet = top3.find((s) => /cyanocobalamin/i.test(s.foodName));
    expect(tablet).toMatchObject({ kind: 'supplement', timesPerDay: 1, amountLabel: '1 tablet' });
  });

  it('fixes low iron with legumes, tofu or seeds, not a monopoly of branded cereals', () => {
    expect(gapOf('iron').status).toBe('veryLow');
    const top5 = suggest('iron').map((s) => get(s.foodId));
    expect(top5).toHaveLength(5);
    const legumesOrSeeds = top5.filter((f) => f.group === '1600' || f.group === '1200');
    expect(legumesOrSeeds.length).toBeGreaterThanOrEqual(2);
    expect(top5.filter((f) => f.group === '0800').length).toBeLessThanOrEqual(2);
    expect(top5.some((f) => BRAND.test(f.description))).toBe(false);
    // Nothing eaten by the pinch or weighed before cooking (spirulina, agar, dry soybeans, bran).
    const odd = /seaweed|mature seeds, raw|\bcrude\b|spices/i;
    expect(top5.some((f) => odd.test(f.description))).toBe(false);
  });

  it('fixes low calcium and vitamin D with calcium-set tofu, fortified drinks, UV mushrooms', () => {
    const calcium = described(suggest('calcium').slice(0, 3));
    expect(calcium.some((d) => /tofu.*calcium sulfate|almond milk|soymilk/i.test(d))).toBe(true);
    const vitaminD = described(suggest('vitaminD').slice(0, 3));
    expect(vitaminD.some((d) => /ultraviolet|with added .*vitamin(s)? .*D/i.test(d))).toBe(true);
  });

  it('offers algae oil for EPA+DHA, and no seaweed by the cup without supplements', () => {
    expect(gapOf('epaDha').status).toBe('veryLow');
    // Seaweed has traces of EPA; no sensible amount closes a fifth of the gap. Liquid algae oil,
    // a food, is the only food that does, by the teaspoon.
    const foodsOnly = suggest('epaDha');
    expect(foodsOnly.map((s) => s.foodId)).toEqual(['cur:algae-oil-liquid']);
    expect(foodsOnly[0]).toMatchObject({ kind: 'food', amountLabel: '1 tsp' });
    const [first] = suggest('epaDha', true);
    expect(first?.foodName).toMatch(/algae omega-3 capsule, vegan/i);
    // The capsule stated plant-based is vegan, so it is not flagged.
    expect(first).toMatchObject({ kind: 'supplement', dietUnknown: false, grams: 1 });
  });

  it('shows one food per family, so the list is varied', () => {
    for (const nutrient of ['b12', 'iron', 'calcium', 'vitaminD', 'zinc']) {
      const heads = described(suggest(nutrient, true, 10)).map((d) =>
        d
          .split(',')[0]!
          .replace(/\(.*\)/, '')
          .trim(),
      );
      // At most two foods under one head ("Seeds", "Beverages"), never five soy milks.
      for (const head of new Set(heads)) {
        expect(heads.filter((h) => h === head).length).toBeLessThanOrEqual(2);
      }
    }
  });

  const nutrients = ['b12', 'iron', 'calcium', 'vitaminD', 'epaDha', 'zinc', 'ala'];
  const everySuggestion = nutrients.flatMap((n) =>
    suggest(n, true, 10).map((s) => ({ nutrient: n, s })),
  );

  it('counts amounts in halves of the food’s own household measures', () => {
    expect(everySuggestion.length).toBeGreaterThan(40);
    for (const { s } of everySuggestion) {
      const food = get(s.foodId);
      if (food.kind === 'supplement') {
        expect(Number.isInteger(s.portions)).toBe(true);
        continue;
      }
      expect(food.portions.length).toBeGreaterThan(0);
      expect(s.portions).toBeGreaterThanOrEqual(0.5);
      expect(Number.isInteger(s.portions * 2)).toBe(true);
      expect(s.grams).toBe(Math.ceil(s.portions * s.portionGrams - 1e-9));
      // The measure is one the table lists, or one unit of it ("2 tbsp" → "1 tbsp").
      const measures = food.portions.flatMap((p) => [
        { label: `${p.amount} ${p.unit}`, grams: p.grams },
        { label: `1 ${p.unit.replace(/\s*\(.*\)\s*/g, ' ').trim()}`, grams: p.grams / p.amount },
      ]);
      expect(measures).toContainEqual({ label: s.portionLabel, grams: s.portionGrams });
    }
  });

  it('states the effect the engine computes once the suggestion is in the plan', () => {
    for (const { nutrient, s } of everySuggestion) {
      const food = get(s.foodId);
      // B12 foods are eaten twice a day, hours apart from each other (and from nothing else with
      // B12: the plain week has none); everything else once.
      const times = s.timesPerDay === 2 ? ['06:00', '21:30'] : ['10:00'];
      const added = everyDay((d) => times.map((t) => entry(food, s.grams, d, t)));
      const after = analyse([...plainVeganWeek, ...added]).weekGaps.find(
        (g) => g.nutrient === nutrient,
      )!;
      expect(after.ratio).toBeCloseTo(s.ratioAfter!, 9);
    }
  });

  it('is deterministic and does not depend on the order of the table', () => {
    const reversed = [...foods.values()].reverse();
    for (const nutrient of nutrients) {
      const gap = gapOf(nutrient);
      const options = { includeSupplements: true, b12Release: week.b12.release };
      expect(suggestFoods(gap, reversed, 'vegan', options)).toEqual(
        suggestFoods(gap, foods, 'vegan', options),
      );
    }
  });
});
