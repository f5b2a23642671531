import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryIntake, type EntryIntake } from '@shared/domain/intake';
import { NUTRIENT_IDS } from '@shared/base/nutrients';
import { sumEntries } from '@shared/domain/totals';
import { TARGET_NUTRIENT_IDS } from '@shared/base/target-types';
import type { Food } from '@shared/schemas/food';
import { FOODS, entry, makeFood } from './fixtures';

function intake(food: Food, grams: number, day = 0): EntryIntake {
  return entryIntake(entry(food, grams, day, '12:00'), food, day, day * 1440 + 720);
}

describe('entry intake', () => {
  it('scales per-100 g values and keeps unknowns unknown', () => {
    const tofu = intake(FOODS.tofu, 200);
    const i = NUTRIENT_IDS.indexOf('magnesium');
    expect(tofu.amounts[i]).toBeCloseTo(116, 10);
    expect(tofu.known[NUTRIENT_IDS.indexOf('epa')]).toBe(0); // SR28 lists no EPA for tofu
    expect(tofu.known[NUTRIENT_IDS.indexOf('b12Added')]).toBe(0);
  });

  it('splits B12 into food-bound and crystalline (reference §3c rule 2)', () => {
    expect(intake(FOODS.milk, 200).b12).toMatchObject({ foodBoundUg: 1.06, crystallineUg: 0 });
    expect(intake(FOODS.soymilk, 200).b12).toMatchObject({ foodBoundUg: 0, crystallineUg: 1.7 });
    expect(intake(FOODS.b12Tablet25, 1).b12).toMatchObject({ crystallineUg: 25, supplementUg: 25 });
    const label = makeFood('custom:yeast', {
      name: 'Fortified yeast',
      fortified: true,
      nutrients: { b12: 50 },
    });
    expect(intake(label, 10).b12.crystallineUg).toBeCloseTo(5, 10);
  });

  it('credits nothing for pseudo-B12 and reports what the table lists', () => {
    const tempeh = intake(FOODS.tempeh, 100);
    expect(tempeh.b12).toMatchObject({
      pseudo: true,
      foodBoundUg: 0,
      crystallineUg: 0,
      listedPseudoUg: 0.08,
    });
    expect(tempeh.amounts[NUTRIENT_IDS.indexOf('b12')]).toBe(0);
    expect(tempeh.known[NUTRIENT_IDS.indexOf('b12')]).toBe(1);
  });

  it('keeps injections out of what is eaten', () => {
    const shot = intake(FOODS.b12Injection, 1);
    expect(shot.eaten).toBe(false);
    expect(shot.b12.injectedUg).toBe(1000);
    expect(Array.from(shot.known).every((k) => k === 0)).toBe(true);
  });
});

describe('period totals', () => {
  it('adds known amounts and reports coverage as a share of grams', () => {
    const t = sumEntries([intake(FOODS.chia, 30), intake(FOODS.lentils, 170)]);
    expect(t.totalGrams).toBe(200);
    expect(t.nutrients.magnesium.value).toBeCloseTo(0.3 * 335 + 1.7 * 36, 10);
    expect(t.nutrients.magnesium.coverage).toBe(1);
    expect(t.nutrients.b6.value).toBeCloseTo(1.7 * 0.178, 10); // chia B6 unknown
    expect(t.nutrients.b6.coverage).toBeCloseTo(170 / 200, 12);
    expect(t.nutrients.epaDha.coverage).toBeCloseTo(170 / 200, 12);
  });

  it('gives null coverage, not NaN, when nothing was eaten', () => {
    const t = sumEntries([]);
    for (const id of TARGET_NUTRIENT_IDS)
      expect(t.nutrients[id]).toEqual({ value: 0, knownGrams: 0, totalGrams: 0, coverage: null });
  });

  it('counts only supplement magnesium against the magnesium limit (reference §6.4)', () => {
    const t = sumEntries([intake(FOODS.pumpkinSeeds, 100), intake(FOODS.magnesium400, 1)]);
    expect(t.nutrients.magnesium.value).toBeCloseTo(950, 10);
    expect(t.supplementalMagnesium.value).toBeCloseTo(400, 10);
  });

  it('is additive over entries', () => {
    const foods = Object.values(FOODS);
    const entryArb = fc.record({
      food: fc.integer({ min: 0, max: foods.length - 1 }),
      grams: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 8 }),
        fc.array(entryArb, { maxLength: 8 }),
        (xs, ys) => {
          const make = (list: typeof xs) => list.map((x) => intake(foods[x.food]!, x.grams));
          const a = make(xs);
          const b = make(ys);
          const whole = sumEntries([...a, ...b]);
          const left = sumEntries(a);
          const right = sumEntries(b);
          expect(whole.totalGrams).toBeCloseTo(left.totalGrams + right.totalGrams, 6);
          for (const id of TARGET_NUTRIENT_IDS) {
            const w = whole.nutrients[id];
            expect(w.value).toBeCloseTo(left.nutrients[id].value + right.nutrients[id].value, 6);
            expect(w.knownGrams).toBeCloseTo(
              left.nutrients[id].knownGrams + right.nutrients[id].knownGrams,
              6,
            );
          }
          expect(whole.b12.ingestedUg).toBeCloseTo(left.b12.ingestedUg + right.b12.ingestedUg, 6);
        },
      ),
    );
  });
});
