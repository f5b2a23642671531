/**
 * The Nutrients screen's fix lists (dashboard.ts `promisedFixes`) on the bundled table: strategy
 * fixes lead when the week follows no B12 strategy, also when the B12 total is met (the "no
 * strategy" flag); none once a strategy is followed; B12 figures are the engine's for the meals
 * named, and they differ by meal when a meal already holds B12.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWeek, weekDates } from '@shared/domain';
import type { AnalyzeWeekInput } from '@shared/domain/analysis-types';
import { predictFix } from '@shared/domain/fix-promise';
import {
  flagItems,
  flagSuggestions,
  promisedFixes,
} from '../../../src-renderer/src/features/nutrients/dashboard';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { PlanEntry } from '@shared/schemas/plan';
import { personProfileSchema } from '@shared/schemas/profile';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';

const decoded = decodeFoodTable(
  JSON.parse(readFileSync(new URL('../../../resources/foods/foods.json', import.meta.url), 'utf8')),
);
if (!decoded.ok) throw new Error(decoded.error);
const foodList = decoded.value.foods;
const foods = new Map(foodList.map((f) => [f.id, f]));
const WEEK = '2025-03-03';
const TIMES = new Map(DEFAULT_MEAL_SLOTS.map((s) => [s.id, s.time]));
const eva = personProfileSchema.parse({
  id: 'eva',
  name: 'Eva',
  ageYears: 40,
  sex: 'female',
  diet: 'vegetarian',
});

function week(day: readonly (readonly [string, number, string])[]): AnalyzeWeekInput {
  const entries: PlanEntry[] = weekDates(WEEK).flatMap((date) =>
    day.map(([foodId, grams, slotId], i) => ({
      id: `${i}@${date}`,
      date,
      time: TIMES.get(slotId)!,
      slotId,
      foodId,
      grams,
      eaters: ['eva'],
      recipeId: null,
      label: null,
    })),
  );
  return { weekStart: WEEK, entries, people: [eva], foods };
}

function fixesFor(base: AnalyzeWeekInput) {
  const people = analyzeWeek(base).people;
  const flags = flagItems(people);
  const profiles = new Map([[eva.id, eva]]);
  const map = promisedFixes(
    flags,
    people,
    profiles,
    flagSuggestions(flags, people, profiles, foodList, true),
    base,
    DEFAULT_MEAL_SLOTS,
    true,
  );
  return { flags, map, person: people[0]! };
}

/** Milk and cheese: the B12 total is met from food-bound B12, but no strategy is followed. */
const DAIRY_DAY = [
  ['sr:20038', 70, 'breakfast'],
  ['sr:01079', 500, 'breakfast'], // milk, 2 %
  ['sr:01009', 60, 'lunch'], // cheddar
  ['sr:01079', 250, 'dinner'],
] as const;

describe('promised fixes', () => {
  it('a met B12 total without a strategy: the "no strategy" card leads with the strategy fixes', () => {
    const { flags, map, person } = fixesFor(week(DAIRY_DAY));
    expect(person.weekGaps.find((g) => g.nutrient === 'b12')!.targetStatus).toBe('met');
    const card = flags.find((f) => f.key === 'eva:b12.noStrategy');
    expect(card).toBeDefined();
    const fixes = map.get('eva:b12.noStrategy') ?? [];
    expect(fixes.map((f) => f.strategy)).toEqual([
      'dailySupplement',
      'twiceDailyFortified',
      'twiceDailyFortified',
      'weeklyHighDose',
    ]);
    const before = person.weekGaps.find((g) => g.nutrient === 'b12')!.ratio!;
    for (const f of fixes) expect(f.ratioAfter!, f.foodName).toBeGreaterThan(before);
  });

  it('once a strategy is followed, no strategy fix is offered', () => {
    const withTablet = week([...DAIRY_DAY, ['cur:cyanocobalamin-25ug', 1, 'breakfast']]);
    const { map, person } = fixesFor(withTablet);
    expect(person.b12.strategy.followed).toContain('dailySupplement');
    for (const list of map.values()) expect(list.filter((f) => f.strategy)).toEqual([]);
  });

  it('B12 figures are for the meal named: a tablet beside fortified soy milk absorbs less', () => {
    const base = week([
      ['sr:20038', 70, 'breakfast'],
      ['sr:16139', 500, 'breakfast'], // fortified soy milk: 4.25 µg of crystalline B12
      ['sr:20045', 150, 'lunch'],
    ]);
    const ctx = { base, personId: 'eva', slots: DEFAULT_MEAL_SLOTS };
    const tablet = [{ foodId: 'cur:cyanocobalamin-10ug', grams: 1 }];
    const dates = weekDates(WEEK);
    const atBreakfast = predictFix(ctx, tablet, { slotIds: ['breakfast'], dates }, 'b12').ratio!;
    const atLunch = predictFix(ctx, tablet, { slotIds: ['lunch'], dates }, 'b12').ratio!;
    expect(atLunch).toBeGreaterThan(atBreakfast + 0.1);
    const { map } = fixesFor(base);
    const all = [...map.values()].flat().filter((f) => f.slotIds !== undefined);
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      const p = predictFix(
        ctx,
        [{ foodId: f.foodId, grams: f.grams }],
        { slotIds: f.slotIds!, dates: f.frequency === 'weekly' ? [WEEK] : dates },
        'b12',
      );
      expect(f.ratioAfter, f.foodName).toBeCloseTo(p.ratio!, 12);
      expect(f.slotIds, f.foodName).not.toContain('breakfast');
    }
  });
});

describe('flag order on the Nutrients screen', () => {
  it('lists the most severe first and, within a severity, B12 before other nutrients', () => {
    // Ann (listed first) takes a B12 tablet; Bo does not. Both eat lentils, rice and spinach, so
    // both fall short on several minerals, and only Bo on B12.
    const ann = personProfileSchema.parse({ ...eva, id: 'ann', name: 'Ann' });
    const bo = personProfileSchema.parse({ ...eva, id: 'bo', name: 'Bo' });
    const day: [string, number, string, string[]][] = [
      ['sr:16070', 200, 'lunch', ['ann', 'bo']],
      ['sr:20045', 200, 'dinner', ['ann', 'bo']],
      ['sr:11457', 100, 'dinner', ['ann', 'bo']],
      ['cur:cyanocobalamin-25ug', 1, 'breakfast', ['ann']],
    ];
    const entries: PlanEntry[] = weekDates(WEEK).flatMap((date) =>
      day.map(([foodId, grams, slotId, eaters], i) => ({
        id: `${i}@${date}`,
        date,
        time: TIMES.get(slotId)!,
        slotId,
        foodId,
        grams,
        eaters,
        recipeId: null,
        label: null,
      })),
    );
    const people = analyzeWeek({ weekStart: WEEK, entries, people: [ann, bo], foods }).people;
    const flags = flagItems(people);
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const severities = flags.map((f) => rank[f.severity as keyof typeof rank]);
    expect(severities).toEqual([...severities].sort((x, y) => x - y));
    const b12 = flags.find((f) => f.nutrient === 'b12');
    expect(b12?.personId).toBe('bo');
    const sameSeverity = flags.filter((f) => f.severity === b12!.severity);
    // Ann's flags of that severity come first in the people order; B12 still leads.
    expect(sameSeverity.some((f) => f.personId === 'ann')).toBe(true);
    expect(sameSeverity[0]!.nutrient).toBe('b12');
  });
});
