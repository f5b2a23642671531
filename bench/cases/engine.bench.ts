/**
 * Nutrition engine speed: `analyzeWeek` on a synthetic household week of 150 entries for 4 people
 * (issue 4 budget: ≤ 2 ms). Foods are generated with realistic magnitudes and every nutrient field
 * filled or unknown, plus fortified foods, supplements, a pseudo-B12 food and an injection, so every
 * code path runs. Deterministic: a fixed linear congruential sequence, no Math.random.
 */
import type { BenchCase } from '../harness';
import { analyzeWeek, weekDates, type AnalyzeWeekInput } from '@shared/domain';
import { NUTRIENT_IDS, type NutrientValues } from '@shared/base/nutrients';
import type { Food } from '@shared/schemas/food';
import { planEntrySchema } from '@shared/schemas/plan';
import { personProfileSchema } from '@shared/schemas/profile';

function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Typical per-100 g magnitudes in canonical units, to scale the generated values.
const SCALE: Record<(typeof NUTRIENT_IDS)[number], number> = {
  energy: 300,
  protein: 10,
  fat: 10,
  carbohydrate: 30,
  fiber: 5,
  b12: 1,
  b12Added: 0.5,
  folateDfe: 80,
  folateFood: 60,
  folicAcid: 20,
  b6: 0.3,
  magnesium: 60,
  ala: 0.3,
  epa: 0.1,
  dha: 0.1,
  iron: 2,
  zinc: 1.5,
  calcium: 100,
  vitaminD: 1,
  iodine: 10,
  selenium: 10,
};

function makeFoods(count: number): Food[] {
  const next = sequence(42);
  return Array.from({ length: count }, (_, i): Food => {
    const kind = i === 0 ? 'supplement' : i === 1 ? 'injection' : 'food';
    const nutrients = Object.fromEntries(
      NUTRIENT_IDS.map((id) => [
        id,
        next() < 0.1 ? null : Math.round(next() * SCALE[id] * 2000) / 1000,
      ]),
    ) as NutrientValues;
    if (kind !== 'food') nutrients.b12 = 100000;
    return {
      id: `cur:bench-${i}`,
      source: 'curated',
      kind,
      ndb: null,
      description: `Bench food ${i}`,
      name: `Bench food ${i}`,
      group: 'CUR',
      groupName: 'Bench',
      nutrients,
      portions: [{ amount: 1, unit: 'serving', grams: 100 }],
      diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
      b12: i === 2 ? { credited: false, reason: 'pseudo-B12' } : { credited: true, reason: null },
      fortified: i % 5 === 0,
      unitGrams: kind === 'food' ? null : 1,
      note: null,
      citation: null,
    };
  });
}

const WEEK_START = '2024-03-04';
const DATES = weekDates(WEEK_START);

function makeInput(): AnalyzeWeekInput {
  const next = sequence(7);
  const foods = makeFoods(60);
  const people = [
    { id: 'a', name: 'A', ageYears: 38, sex: 'female', diet: 'vegan', pregnancy: 'pregnant' },
    {
      id: 'b',
      name: 'B',
      ageYears: 41,
      sex: 'male',
      diet: 'vegetarian',
      reference: 'efsa',
      weightKg: 80,
    },
    { id: 'c', name: 'C', ageYears: 15, sex: 'female', diet: 'vegan' },
    { id: 'd', name: 'D', ageYears: 74, sex: 'male', diet: 'omnivore', metformin: true },
  ].map((p) => personProfileSchema.parse(p));
  const times = ['07:30', '08:00', '10:30', '12:30', '13:00', '16:00', '18:30', '19:00', '21:30'];
  const entries = Array.from({ length: 150 }, (_, i) => {
    const food = foods[Math.floor(next() * foods.length)]!;
    const eaters = people.filter(() => next() < 0.7).map((p) => p.id);
    return planEntrySchema.parse({
      id: `e${i}`,
      date: DATES[i % 7],
      time: times[Math.floor(next() * times.length)]!,
      slotId: `slot${i % 5}`,
      foodId: food.id,
      grams: food.kind === 'food' ? 20 + Math.round(next() * 250) : 1,
      eaters: eaters.length > 0 ? eaters : ['a'],
    });
  });
  return { weekStart: WEEK_START, entries, people, foods: new Map(foods.map((f) => [f.id, f])) };
}

const cases: BenchCase[] = [
  {
    name: 'engine.week_analysis_ms',
    stat: 'median',
    budget: 2,
    samples: 100,
    warmup: 10,
    setup: makeInput,
    run: (input: AnalyzeWeekInput) => analyzeWeek(input),
  },
];

export default cases;
