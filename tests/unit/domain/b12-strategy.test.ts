import { describe, expect, it } from 'vitest';
import { absorbB12, foodB12Release } from '@shared/domain/b12-absorption';
import { checkB12Strategy, DEFAULT_B12_STRATEGY } from '@shared/domain/b12-strategy';
import { entryIntake } from '@shared/domain/intake';
import { minutesOfDay } from '@shared/base/dates';
import type { Food } from '@shared/schemas/food';
import { DATES, FOODS, entry } from './fixtures';

const NORMAL = foodB12Release({
  over50Absorption: false,
  metformin: false,
  acidSuppressants: false,
});

type Plan = [food: Food, grams: number, day: number, time: string][];

function check(plan: Plan, thresholds = DEFAULT_B12_STRATEGY) {
  const intakes = plan.map(([food, grams, day, time]) =>
    entryIntake(entry(food, grams, day, time), food, day, day * 1440 + minutesOfDay(time)),
  );
  return checkB12Strategy(absorbB12(intakes, NORMAL, 240).occasions, DATES, thresholds);
}

const daily = (make: (day: number) => Plan): Plan => DATES.flatMap((_, day) => make(day));

describe('B12 strategy check (reference §4)', () => {
  it('recognises fortified food twice a day, hours apart', () => {
    const r = check(
      daily((d) => [
        [FOODS.soymilk, 250, d, '08:00'],
        [FOODS.soymilk, 250, d, '18:00'],
      ]),
    );
    expect(r.followed).toEqual(['twiceDailyFortified']);
    expect(r.daysTwiceDaily).toBe(7);
    expect(r.days[0]?.qualifyingOccasions.map((o) => o.time)).toEqual(['08:00', '18:00']);
  });

  it('does not count two servings in one sitting, or too little per serving', () => {
    expect(
      check(
        daily((d) => [
          [FOODS.soymilk, 250, d, '08:00'],
          [FOODS.soymilk, 250, d, '10:00'],
        ]),
      ).followed,
    ).toEqual([]);
    // 150 g soy milk = 1.3 µg < 1.5 µg
    expect(
      check(
        daily((d) => [
          [FOODS.soymilk, 150, d, '08:00'],
          [FOODS.soymilk, 150, d, '18:00'],
        ]),
      ).followed,
    ).toEqual([]);
  });

  it('needs the regimen on every day of the week', () => {
    const r = check(
      daily((d) =>
        d === 3
          ? []
          : [
              [FOODS.soymilk, 250, d, '08:00'],
              [FOODS.soymilk, 250, d, '18:00'],
            ],
      ),
    );
    expect(r.followed).toEqual([]);
    expect(r.daysTwiceDaily).toBe(6);
    expect(r.days[3]?.twiceDaily).toBe(false);
  });

  it('recognises a daily supplement, with the stricter 25 µg selectable', () => {
    const plan = daily((d) => [[FOODS.b12Tablet25, 1, d, '08:00']]);
    expect(check(plan).followed).toEqual(['dailySupplement']);
    expect(check(plan, { ...DEFAULT_B12_STRATEGY, dailyMinUg: 25 }).followed).toEqual([
      'dailySupplement',
    ]);
    expect(check(plan, { ...DEFAULT_B12_STRATEGY, dailyMinUg: 50 }).followed).toEqual([]);
  });

  it('recognises ≥2000 µg a week from supplements', () => {
    const twice = check([
      [FOODS.b12Tablet1000, 1, 0, '08:00'],
      [FOODS.b12Tablet1000, 1, 3, '08:00'],
    ]);
    expect(twice.followed).toEqual(['weeklyHighDose']);
    expect(twice.weeklySupplementUg).toBe(2000);
    expect(check([[FOODS.b12Tablet1000, 1, 0, '08:00']]).followed).toEqual([]);
  });

  it('follows none in an empty week', () => {
    const r = check([]);
    expect(r.followed).toEqual([]);
    expect(r.days).toHaveLength(7);
    expect(r.weeklySupplementUg).toBe(0);
  });
});
