import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absorbB12, absorbOccasion, foodB12Release } from '@shared/domain/b12-absorption';
import { absorbedFromDose } from '@shared/base/b12-model';
import { entryIntake, type EntryIntake } from '@shared/domain/intake';
import { minutesOfDay } from '@shared/base/dates';
import type { Food } from '@shared/schemas/food';
import { FOODS, entry } from './fixtures';

const NORMAL = foodB12Release({
  over50Absorption: false,
  metformin: false,
  acidSuppressants: false,
});
const REDUCED = foodB12Release({
  over50Absorption: true,
  metformin: false,
  acidSuppressants: false,
});
const FOUR_HOURS = 240;

function intake(food: Food, grams: number, time: string, day = 0): EntryIntake {
  return entryIntake(entry(food, grams, day, time), food, day, day * 1440 + minutesOfDay(time));
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('food-bound B12 release', () => {
  it('is full for normal absorption and halved, with a range to none, when reduced', () => {
    expect(NORMAL).toEqual({ central: 1, low: 0.5, high: 1, reduced: false });
    expect(REDUCED).toEqual({ central: 0.5, low: 0, high: 1, reduced: true });
    expect(
      foodB12Release({ over50Absorption: false, metformin: true, acidSuppressants: false }).reduced,
    ).toBe(true);
    expect(
      foodB12Release({ over50Absorption: false, metformin: false, acidSuppressants: true }).reduced,
    ).toBe(true);
  });
});

describe('one occasion', () => {
  it('reduces food-bound but not crystalline absorption', () => {
    expect(absorbOccasion(3, 0, REDUCED).absorbedUg).toBeLessThan(
      absorbOccasion(3, 0, NORMAL).absorbedUg,
    );
    expect(absorbOccasion(0, 3, REDUCED).absorbedUg).toBe(absorbOccasion(0, 3, NORMAL).absorbedUg);
  });

  it('shares one budget between food-bound and crystalline B12', () => {
    const both = absorbOccasion(2, 2, NORMAL);
    expect(both.absorbedUg).toBeCloseTo(absorbedFromDose(4), 12);
    expect(both.absorbedFoodBoundUg + both.absorbedCrystallineUg).toBeCloseTo(both.absorbedUg, 12);
  });

  it('brackets the estimate with its uncertainty range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.boolean(),
        (food, crystalline, reduced) => {
          const r = absorbOccasion(food, crystalline, reduced ? REDUCED : NORMAL);
          expect(r.lowUg).toBeLessThanOrEqual(r.absorbedUg);
          expect(r.highUg).toBeGreaterThanOrEqual(r.absorbedUg);
          expect(r.highUg).toBeLessThanOrEqual(food + crystalline + 1e-9);
        },
      ),
    );
  });

  it('lets Doets 2013 raise the upper bound for a large food dose such as liver', () => {
    const liver = absorbOccasion(83, 0, NORMAL);
    expect(liver.highUg).toBeGreaterThan(10);
    expect(liver.absorbedUg).toBeLessThan(3);
  });
});

describe('grouping intakes into occasions', () => {
  it('merges intakes less than the window apart and splits at the window', () => {
    const a = absorbB12(
      [intake(FOODS.soymilk, 250, '08:00'), intake(FOODS.soymilk, 250, '11:59')],
      NORMAL,
      FOUR_HOURS,
    );
    expect(a.occasions).toHaveLength(1);
    const b = absorbB12(
      [intake(FOODS.soymilk, 250, '08:00'), intake(FOODS.soymilk, 250, '12:00')],
      NORMAL,
      FOUR_HOURS,
    );
    expect(b.occasions.map((o) => o.time)).toEqual(['08:00', '12:00']);
    expect(sum(b.absorbedUg)).toBeGreaterThan(sum(a.absorbedUg));
  });

  it('measures the window from the first intake of the occasion', () => {
    const r = absorbB12(
      [
        intake(FOODS.soymilk, 100, '13:00'),
        intake(FOODS.soymilk, 100, '08:00'),
        intake(FOODS.soymilk, 100, '11:00'),
      ],
      NORMAL,
      FOUR_HOURS,
    );
    expect(r.occasions.map((o) => [o.time, o.entryIds.length])).toEqual([
      ['08:00', 2],
      ['13:00', 1],
    ]);
  });

  it('uses a longer configured window', () => {
    const intakes = [intake(FOODS.soymilk, 250, '08:00'), intake(FOODS.soymilk, 250, '13:00')];
    expect(absorbB12(intakes, NORMAL, 4 * 60).occasions).toHaveLength(2);
    expect(absorbB12(intakes, NORMAL, 6 * 60).occasions).toHaveLength(1);
  });

  it('groups across midnight and gives the occasion the first day', () => {
    const r = absorbB12(
      [intake(FOODS.soymilk, 250, '23:00', 0), intake(FOODS.soymilk, 250, '01:00', 1)],
      NORMAL,
      FOUR_HOURS,
    );
    expect(r.occasions).toHaveLength(1);
    expect(r.occasions[0]?.dayIndex).toBe(0);
  });

  it('shares each occasion back to its entries so the parts add up', () => {
    const intakes = [
      intake(FOODS.milk, 250, '08:00'),
      intake(FOODS.cheerios, 40, '08:10'),
      intake(FOODS.lentils, 200, '08:20'),
    ];
    const r = absorbB12(intakes, NORMAL, FOUR_HOURS);
    expect(sum(r.absorbedUg)).toBeCloseTo(r.occasions[0]!.absorbedUg, 12);
    expect(r.absorbedUg[2]).toBe(0); // lentils have no B12
    expect(r.occasions[0]?.entryIds).toHaveLength(2);
  });

  it('ignores pseudo-B12 and injections', () => {
    const r = absorbB12(
      [
        intake(FOODS.nori, 10, '08:00'),
        intake(FOODS.tempeh, 100, '09:00'),
        intake(FOODS.b12Injection, 1, '10:00'),
      ],
      NORMAL,
      FOUR_HOURS,
    );
    expect(r.occasions).toHaveLength(0);
    expect(sum(r.absorbedUg)).toBe(0);
  });
});

// Property tests over random B12 intakes in a day (fortified soy milk, milk, a 25 µg tablet).
const FOOD_CHOICES = [FOODS.soymilk, FOODS.milk, FOODS.b12Tablet25, FOODS.cheerios, FOODS.egg];
const intakeArb = fc.record({
  food: fc.integer({ min: 0, max: FOOD_CHOICES.length - 1 }),
  grams: fc.integer({ min: 1, max: 600 }),
  minute: fc.integer({ min: 0, max: 1439 }),
});
const toIntake = (x: { food: number; grams: number; minute: number }) => {
  const food = FOOD_CHOICES[x.food]!;
  const grams = food.kind === 'supplement' ? Math.min(x.grams, 8) : x.grams;
  const hh = String(Math.floor(x.minute / 60)).padStart(2, '0');
  const mm = String(x.minute % 60).padStart(2, '0');
  return intake(food, grams, `${hh}:${mm}`);
};
const totalAbsorbed = (intakes: EntryIntake[], release = NORMAL) =>
  sum(absorbB12(intakes, release, FOUR_HOURS).absorbedUg);
const totalIngested = (intakes: EntryIntake[]) =>
  intakes.reduce((s, i) => s + i.b12.foodBoundUg + i.b12.crystallineUg, 0);

describe('absorption properties', () => {
  it('never absorbs more than was eaten', () => {
    fc.assert(
      fc.property(fc.array(intakeArb, { maxLength: 12 }), fc.boolean(), (xs, reduced) => {
        const intakes = xs.map(toIntake);
        expect(totalAbsorbed(intakes, reduced ? REDUCED : NORMAL)).toBeLessThanOrEqual(
          totalIngested(intakes) + 1e-9,
        );
      }),
    );
  });

  it('is monotonic in dose: more of any intake never absorbs less', () => {
    fc.assert(
      fc.property(
        fc.array(intakeArb, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 1, max: 400 }),
        (xs, pick, more) => {
          const index = pick % xs.length;
          const bigger = xs.map((x, i) => (i === index ? { ...x, grams: x.grams + more } : x));
          expect(totalAbsorbed(bigger.map(toIntake))).toBeGreaterThanOrEqual(
            totalAbsorbed(xs.map(toIntake)) - 1e-9,
          );
        },
      ),
    );
  });

  it('never absorbs less when a dose is spread over separate occasions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FOOD_CHOICES.length - 1 }),
        fc.integer({ min: 2, max: 600 }),
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        (foodIndex, grams, parts, reduced) => {
          const food = FOOD_CHOICES[foodIndex]!;
          const release = reduced ? REDUCED : NORMAL;
          const once = totalAbsorbed([intake(food, grams, '06:00')], release);
          const times = ['06:00', '10:00', '14:00', '18:00'];
          const spread = Array.from({ length: parts }, (_, k) =>
            intake(food, grams / parts, times[k]!),
          );
          expect(totalAbsorbed(spread, release)).toBeGreaterThanOrEqual(once - 1e-12);
        },
      ),
    );
  });
});
