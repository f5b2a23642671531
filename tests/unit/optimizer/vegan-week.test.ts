/** The optimizer over the whole bundled table, on a vegan week without any B12 source. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain';
import {
  analyzeWithAdditions,
  DEFAULT_OPTIMIZER_OPTIONS,
  optimizeWeek,
  type OptimizeInput,
  type OptimizeResult,
} from '@shared/domain/optimizer';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';
import { committedTable } from '../foods/committed-table';
import { highs } from './helpers';
import { VEGAN, veganWeekEntries, WEEK_START } from './vegan-week';

let input: OptimizeInput;
let result: OptimizeResult;

beforeAll(async () => {
  input = {
    weekStart: WEEK_START,
    entries: veganWeekEntries(),
    people: [VEGAN],
    personIds: [VEGAN.id],
    foods: committedTable().byId,
    slots: DEFAULT_MEAL_SLOTS,
    options: DEFAULT_OPTIMIZER_OPTIONS,
  };
  result = optimizeWeek(input, await highs());
}, 60_000);

describe('close the gaps on a vegan week over the whole table', () => {
  it('targets the week’s low co-nutrients, B12 first', () => {
    const before = analyzeWeek(input).people[0]!;
    const low = before.weekGaps.filter(
      (g) => g.targetStatus === 'low' || g.targetStatus === 'veryLow',
    );
    expect(low.map((g) => g.nutrient)).toContain('b12');
    expect(result.people[0]!.targeted[0]).toBe('b12');
  });

  it('closes every targeted gap it does not explain, as the real engine sees it', () => {
    const p = result.people[0]!;
    const blocked = new Set(p.blockers.map((b) => b.nutrient));
    const after = analyzeWithAdditions(input, p.additions, DEFAULT_MEAL_SLOTS).people[0]!;
    for (const n of p.targeted.filter((t) => !blocked.has(t))) {
      expect(after.weekGaps.find((g) => g.nutrient === n)!.targetStatus, n).toBe('met');
    }
    expect(p.closed).toContain('b12');
    expect(after.flags.map((f) => f.id)).not.toContain('b12.noReliableSource');
    expect(p.fixedFlags.map((f) => f.id)).toContain('b12.noReliableSource');
  });

  it('keeps to the diet, the energy budget, the portion limits and the upper limits', () => {
    const p = result.people[0]!;
    const foods = committedTable().byId;
    for (const a of p.additions) expect(foods.get(a.foodId)!.diet.vegan).toBe('yes');
    const kcal = p.additions.reduce((sum, a) => sum + (a.kcal ?? 0), 0);
    // Rounding each addition up to whole grams (at least 5 g) may add a few kcal.
    expect(kcal).toBeLessThanOrEqual(DEFAULT_OPTIMIZER_OPTIONS.energyBudgetKcalPerDay + 25);
    const after = analyzeWithAdditions(input, p.additions, DEFAULT_MEAL_SLOTS).people[0]!;
    expect(after.weekGaps.filter((g) => g.status === 'aboveUpper')).toEqual([]);
  });

  it('closes EPA + DHA with vegan algae oil (a capsule stated plant-based is vegan)', () => {
    const p = result.people[0]!;
    expect(p.blockers.find((b) => b.nutrient === 'epaDha')).toBeUndefined();
    expect(p.closed).toContain('epaDha');
    const foods = committedTable().byId;
    const algae = p.additions.filter((a) => /algae/i.test(foods.get(a.foodId)!.description));
    expect(algae.length).toBeGreaterThan(0);
    for (const a of algae) expect(foods.get(a.foodId)!.diet.vegan).toBe('yes');
  });
});
