import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import type { PlanEntry } from '@shared/schemas/plan';
import type { PersonProfile } from '@shared/schemas/profile';
import { DATES, FOOD_MAP, FOODS, WEEK_START, entry, everyDay, makeFood, person } from './fixtures';

const run = (
  entries: PlanEntry[],
  people: PersonProfile[] = [person({ diet: 'vegan' })],
  foods = FOOD_MAP,
) => analyzeWeek({ weekStart: WEEK_START, entries, people, foods });

/** Every number anywhere in `value` (objects, arrays, typed arrays). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (ArrayBuffer.isView(value))
    out.push(...Array.from(value as unknown as ArrayLike<number>));
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

describe('edge cases', () => {
  it('an empty week: no data anywhere, no NaN, one info flag', () => {
    const week = run([]).people[0]!;
    expect(week.days).toHaveLength(7);
    expect(week.weekGaps.every((g) => g.status === 'noData')).toBe(true);
    expect(
      week.days.every((d) =>
        d.gaps.every((g) => g.status === 'noData' && g.message.endsWith('nothing planned.')),
      ),
    ).toBe(true);
    expect(week.week.nutrients.iron.coverage).toBeNull();
    expect(week.flags.map((f) => f.id)).toEqual(['plan.empty']);
    expect(numbersIn(run([])).every(Number.isFinite)).toBe(true);
  });

  it('all-unknown values: no data, coverage 0', () => {
    const mystery = makeFood('custom:mystery', { name: 'Mystery stew', nutrients: {} });
    const foods = new Map([[mystery.id, mystery]]);
    const week = run(
      everyDay((d) => [entry(mystery, 300, d, '12:00')]),
      undefined,
      foods,
    ).people[0]!;
    const iron = week.weekGaps.find((g) => g.nutrient === 'iron')!;
    expect(iron.status).toBe('noData');
    expect(iron.coverage).toBe(0);
    expect(iron.message).toBe('Iron: no data for the foods planned.');
    expect(week.weekGaps.find((g) => g.nutrient === 'b12')?.status).toBe('noData');
  });

  it('exactly at target: met on every day', () => {
    // 1 cup soy milk × (target ÷ amount per 100 g) gives exactly the calcium RDA of 1000 mg.
    const grams = (1000 / 123) * 100;
    const week = run(everyDay((d) => [entry(FOODS.soymilk, grams, d, '08:00')])).people[0]!;
    const calcium = week.weekGaps.find((g) => g.nutrient === 'calcium')!;
    expect(calcium.status).toBe('met');
    expect(calcium.daysMet).toBe(7);
  });

  it('reports entries it cannot use and analyses the rest', () => {
    const result = run([
      entry(FOODS.soymilk, 250, 0, '08:00'),
      entry(FOODS.soymilk, 250, 0, '08:00', { foodId: 'sr:99999' }),
      entry(FOODS.soymilk, 250, 0, '08:00', { date: '2024-03-11' }),
      entry(FOODS.soymilk, 250, 0, '08:00', { eaters: ['p1', 'ghost'] }),
    ]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'unknownFood',
      'outsideWeek',
      'unknownEater',
    ]);
    expect(result.people[0]?.entries).toHaveLength(2);
  });

  it('rejects NaN that slipped past the schema instead of returning it', () => {
    const bad = { ...entry(FOODS.soymilk, 250, 0, '08:00'), grams: Number.NaN };
    const result = run([bad]);
    expect(result.problems[0]?.reason).toBe('badAmount');
    expect(numbersIn(result).every(Number.isFinite)).toBe(true);
  });
});

describe('household', () => {
  const a = person({ id: 'a', diet: 'vegan' });
  const b = person({ id: 'b', diet: 'omnivore', sex: 'male' });

  it('gives each eater the entry’s grams and keeps people apart', () => {
    const result = run(
      [
        entry(FOODS.lentils, 200, 0, '12:00', { eaters: ['a', 'b'] }),
        entry(FOODS.beef, 100, 0, '12:00', { eaters: ['b'] }),
      ],
      [a, b],
    );
    const [pa, pb] = result.people;
    expect(pa?.week.totalGrams).toBe(200);
    expect(pb?.week.totalGrams).toBe(300);
    expect(pa?.week.nutrients.iron.value).toBeCloseTo(6.66, 10);
    expect(pb?.week.nutrients.iron.value).toBeCloseTo(6.66 + 2.93, 10);
  });

  it('sums meals by date and slot, in time order', () => {
    const result = run([
      entry(FOODS.oats, 200, 1, '08:00'),
      entry(FOODS.soymilk, 200, 1, '08:05'),
      entry(FOODS.lentils, 200, 0, '12:30'),
    ]);
    const meals = result.people[0]!.meals;
    expect(meals.map((m) => [m.date, m.slotId, m.entryIds.length])).toEqual([
      [DATES[0], 'lunch', 1],
      [DATES[1], 'breakfast', 2],
    ]);
    expect(meals[1]?.totals.nutrients.calcium.value).toBeCloseTo(18 + 246, 10);
  });

  it('is deterministic', () => {
    const entries = everyDay((d) => [
      entry(FOODS.soymilk, 250, d, '08:00'),
      entry(FOODS.egg, 50, d, '12:00'),
    ]);
    expect(run(entries)).toEqual(run(entries));
  });
});

describe('never NaN or Infinity', () => {
  const foods = Object.values(FOODS);
  it('for any week of valid entries and any profile', () => {
    const entryArb = fc.record({
      food: fc.integer({ min: 0, max: foods.length - 1 }),
      grams: fc.double({ min: 0.001, max: 5000, noNaN: true }),
      day: fc.integer({ min: 0, max: 6 }),
      minute: fc.integer({ min: 0, max: 1439 }),
    });
    const profileArb = fc.record({
      ageYears: fc.integer({ min: 1, max: 120 }),
      sex: fc.constantFrom('female', 'male'),
      diet: fc.constantFrom('omnivore', 'pescatarian', 'vegetarian', 'vegan'),
      reference: fc.constantFrom('dri', 'efsa'),
      metformin: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), profileArb, (xs, profile) => {
        const entries = xs.map((x) => {
          const time = `${String(Math.floor(x.minute / 60)).padStart(2, '0')}:${String(x.minute % 60).padStart(2, '0')}`;
          return entry(foods[x.food]!, x.grams, x.day, time);
        });
        const result = run(entries, [person(profile)]);
        expect(numbersIn(result).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
