/**
 * Food suggestions over the whole food table (src-shared/domain/suggestions.ts):
 *  - suggestions.per_call_ms: one `suggestFoods` call for one gap of a plain vegan week, foods and
 *    supplements, after the per-food traits are cached (the dashboard's steady state). p95; budget
 *    5 ms (about ten gaps per person within the dashboard's 100 ms).
 *  - suggestions.first_pass_ms: every gap of that week on a freshly decoded table, so the traits of
 *    every food considered are worked out for the first time (the first dashboard render).
 */
import { analyzeWeek, weekDates } from '@shared/domain';
import type { NutrientGap } from '@shared/domain/gaps';
import { suggestFoods, type SuggestOptions } from '@shared/domain/suggestions';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import type { PlanEntry } from '@shared/schemas/plan';
import { personProfileSchema } from '@shared/schemas/profile';
import tableUrl from '../../resources/foods/foods.json?url';
import type { BenchCase, BenchResult, TimedCase } from '../harness';

const WEEK = '2024-03-04';
/** A vegan day without fortified food, legumes or supplements (SR28 ids, grams, meal slot). */
const DAY: readonly [string, number, string, string][] = [
  ['sr:20038', 60, 'breakfast', '08:00'],
  ['sr:09040', 120, 'breakfast', '08:00'],
  ['sr:20121', 250, 'lunch', '12:30'],
  ['sr:11091', 100, 'lunch', '12:30'],
  ['sr:09003', 180, 'snacks', '15:00'],
  ['sr:20045', 250, 'dinner', '19:00'],
  ['sr:11674', 200, 'dinner', '19:00'],
  ['sr:16398', 32, 'dinner', '19:00'],
];
const person = personProfileSchema.parse({
  id: 'v',
  name: 'Alex',
  ageYears: 35,
  sex: 'female',
  diet: 'vegan',
});

async function loadTable(): Promise<unknown> {
  return (await fetch(tableUrl)).json();
}

function decode(raw: unknown): Map<string, Food> {
  const decoded = decodeFoodTable(raw);
  if (!decoded.ok) throw new Error(decoded.error);
  return new Map(decoded.value.foods.map((f) => [f.id, f]));
}

function lowGaps(foods: ReadonlyMap<string, Food>): {
  gaps: NutrientGap[];
  options: SuggestOptions;
} {
  const entries: PlanEntry[] = weekDates(WEEK).flatMap((date, d) =>
    DAY.map(([foodId, grams, slotId, time], i) => ({
      id: `${d}-${i}`,
      date,
      time,
      slotId,
      foodId,
      grams,
      eaters: ['v'],
      recipeId: null,
      label: null,
    })),
  );
  const week = analyzeWeek({ weekStart: WEEK, entries, people: [person], foods }).people[0]!;
  const gaps = week.weekGaps.filter((g) => g.shortfall > 0 && g.targetStatus !== 'met');
  if (gaps.length < 5) throw new Error(`expected a week with several gaps, got ${gaps.length}`);
  return { gaps, options: { includeSupplements: true, b12Release: week.b12.release, limit: 5 } };
}

async function firstPass(): Promise<BenchResult[]> {
  const raw = await loadTable();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const foods = decode(raw); // new food objects: nothing cached
    const { gaps, options } = lowGaps(foods);
    const t0 = performance.now();
    for (const gap of gaps) suggestFoods(gap, foods, 'vegan', options);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return [{ name: 'suggestions.first_pass_ms', value: runs[2]!, unit: 'ms' }];
}

interface PerCallContext {
  readonly foods: ReadonlyMap<string, Food>;
  readonly gaps: readonly NutrientGap[];
  readonly options: SuggestOptions;
}

const perCall: TimedCase<PerCallContext> = {
  name: 'suggestions.per_call_ms',
  stat: 'p95',
  budget: 5,
  samples: 200,
  warmup: 20,
  setup: async () => {
    const foods = decode(await loadTable());
    return { foods, ...lowGaps(foods) };
  },
  run: (ctx, i) => suggestFoods(ctx.gaps[i % ctx.gaps.length]!, ctx.foods, 'vegan', ctx.options),
};

const cases: BenchCase[] = [
  perCall,
  { name: 'suggestions.first_pass_ms', kind: 'measured', measure: firstPass },
];

export default cases;
