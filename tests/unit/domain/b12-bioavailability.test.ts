/**
 * Issue 11 part 3: B12 bioavailability by source (reference §3a, Watanabe 2007): egg B12 counts
 * 18 % and fish B12 84 % of what the model counts for other food-bound B12.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import { absorbOccasion, foodB12Release } from '@shared/domain/b12-absorption';
import { B12_BIOAVAILABILITY, b12Bioavailability } from '@shared/domain/b12-bioavailability';
import { absorbedFromDose, B12_MODEL_NOTES } from '@shared/base/b12-model';
import { committedFood, committedFoods } from '../../helpers/committed-foods';
import type { Food } from '@shared/schemas/food';
import { WEEK_START, entry, person } from './fixtures';

const foods = committedFoods().byId;
const get = committedFood;

describe('b12Bioavailability', () => {
  it('uses the reference’s figures relative to the 50 % the model counts for food', () => {
    expect(B12_BIOAVAILABILITY.egg.factor).toBeCloseTo(0.18, 10);
    expect(B12_BIOAVAILABILITY.fish.factor).toBeCloseTo(0.84, 10);
  });

  it('finds eggs and fish in the food table, and nothing else', () => {
    expect(b12Bioavailability(get('sr:01123'))?.source).toBe('egg'); // Egg, whole, raw, fresh
    expect(b12Bioavailability(get('sr:01129'))?.source).toBe('egg'); // hard-boiled
    expect(b12Bioavailability(get('sr:15076'))?.source).toBe('fish'); // salmon, Atlantic, wild
    for (const id of ['sr:01077', 'sr:01009', 'sr:16235', 'sr:01057']) {
      expect(b12Bioavailability(get(id)), id).toBeNull(); // milk, cheddar, soymilk, eggnog
    }
    expect(get('sr:01057').description).toMatch(/^Eggnog/);
  });
});

describe('absorption with bioavailability', () => {
  const release = foodB12Release({
    over50Absorption: false,
    metformin: false,
    acidSuppressants: false,
  });

  it('counts only the available share of food-bound B12, never less than the crystalline part', () => {
    const eggOnly = absorbOccasion(1, 0, release, 0.18);
    expect(eggOnly.absorbedUg).toBeCloseTo(absorbedFromDose(0.18), 12);
    const withSupplement = absorbOccasion(1, 2, release, 0.18);
    expect(withSupplement.absorbedUg).toBeCloseTo(absorbedFromDose(2.18), 12);
    expect(withSupplement.absorbedUg).toBeGreaterThan(absorbOccasion(0, 2, release).absorbedUg);
  });

  it('gives two eggs at breakfast far less absorbed B12 than the same B12 from milk', () => {
    const egg = get('sr:01129');
    const milk = get('sr:01077');
    const eggUg = (egg.nutrients.b12! * 100) / 100;
    const milkGrams = (eggUg / milk.nutrients.b12!) * 100; // milk with the same B12
    const analyse = (food: Food, grams: number) =>
      analyzeWeek({
        weekStart: WEEK_START,
        entries: [entry(food, grams, 0, '08:00')],
        people: [person({ diet: 'vegetarian' })],
        foods,
      }).people[0]!;
    const eggs = analyse(egg, 100);
    const milkWeek = analyse(milk, milkGrams);
    expect(eggs.week.b12.foodBoundUg).toBeCloseTo(milkWeek.week.b12.foodBoundUg, 10);
    expect(eggs.week.b12.absorbedUg).toBeCloseTo(absorbedFromDose(0.18 * eggUg), 10);
    expect(milkWeek.week.b12.absorbedUg).toBeCloseTo(absorbedFromDose(eggUg), 10);
  });

  it('shares a mixed occasion by available B12, and the shares add up', () => {
    const egg = get('sr:01129');
    const milk = get('sr:01077');
    const week = analyzeWeek({
      weekStart: WEEK_START,
      entries: [entry(egg, 100, 0, '08:00'), entry(milk, 244, 0, '08:00')],
      people: [person({ diet: 'vegetarian' })],
      foods,
    }).people[0]!;
    const eggUg = egg.nutrients.b12!;
    const milkUg = (milk.nutrients.b12! * 244) / 100;
    const total = absorbedFromDose(0.18 * eggUg + milkUg);
    expect(week.week.b12.absorbedUg).toBeCloseTo(total, 10);
    const [eggEntry, milkEntry] = week.entries;
    expect(eggEntry!.b12.absorbedUg + milkEntry!.b12.absorbedUg).toBeCloseTo(total, 10);
    expect(eggEntry!.b12.absorbedUg / milkEntry!.b12.absorbedUg).toBeCloseTo(
      (0.18 * eggUg) / milkUg,
      10,
    );
  });

  it('is explained in the model notes with its source', () => {
    const note = B12_MODEL_NOTES.find((n) => n.topic === 'bioavailability');
    expect(note?.text).toMatch(/eggs is absorbed under 9 %/);
    expect(note?.source).toMatch(/Watanabe 2007/);
  });
});
