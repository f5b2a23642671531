/**
 * The engine on the bundled food table (resources/foods/foods.json, decoded with the app's own
 * decoder): pseudo-B12 rows are not credited, a realistic vegan week is analysed, and suggestions
 * come from the real table.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import { suggestFoods } from '@shared/domain/suggestions';
import { committedFood, committedFoods } from '../../helpers/committed-foods';
import { WEEK_START, entry, everyDay, person } from './fixtures';

const foods = committedFoods().byId;
const get = committedFood;

describe('the engine on the bundled food table', () => {
  it('does not credit nori, spirulina or tempeh', () => {
    for (const id of ['sr:11446', 'sr:11667', 'sr:16114']) expect(get(id).b12.credited).toBe(false);
    expect(get('sr:16139').b12.credited).toBe(true);
  });

  it('analyses a vegan week with fortified soy milk twice a day', () => {
    const soymilk = get('sr:16139');
    const lentils = get('sr:16070');
    const nori = get('sr:11446');
    const week = analyzeWeek({
      weekStart: WEEK_START,
      entries: everyDay((d) => [
        entry(soymilk, 250, d, '08:00'),
        entry(lentils, 250, d, '12:30'),
        entry(nori, 5, d, '12:30'),
        entry(soymilk, 250, d, '18:00'),
      ]),
      people: [person({ diet: 'vegan' })],
      foods,
    }).people[0]!;
    expect(week.b12.strategy.followed).toEqual(['twiceDailyFortified']);
    expect(week.weekGaps.find((g) => g.nutrient === 'b12')?.status).toBe('met');
    expect(week.pseudoB12).toHaveLength(7);
    expect(week.week.nutrients.iron.coverage).toBe(1);
  });

  it('suggests only credited, vegan B12 sources for a vegan B12 gap', () => {
    const week = analyzeWeek({
      weekStart: WEEK_START,
      entries: everyDay((d) => [entry(get('sr:16070'), 250, d, '12:30')]),
      people: [person({ diet: 'vegan' })],
      foods,
    }).people[0]!;
    const gap = week.weekGaps.find((g) => g.nutrient === 'b12')!;
    const list = suggestFoods(gap, foods, 'vegan', { includeSupplements: true, limit: 25 });
    expect(list.length).toBeGreaterThan(5);
    for (const s of list) {
      const food = get(s.foodId);
      expect(food.b12.credited).toBe(true);
      // A supplement the table cannot place (capsule shell, D3 source) is offered flagged.
      expect(food.diet.vegan).toBe(s.dietUnknown === true ? 'unknown' : 'yes');
      // suggestions.ts MIN_COVERAGE_B12: a B12 source closes (nearly) all of the gap; a salty
      // yeast extract capped at a thin spread twice a day closes 94 %.
      expect(s.ratioAfter).toBeGreaterThanOrEqual(0.9);
    }
  });
});
