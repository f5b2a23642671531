/**
 * Issue 11: verdicts on real food data. One week per B12 case, on the bundled food table (decoded
 * with the app's own decoder), plus the B6 and iron messages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import { absorbedFromDose } from '@shared/base/b12-model';
import { personTargets } from '@shared/domain/targets';
import { committedFood, committedFoods } from '../../helpers/committed-foods';
import type { PlanEntry } from '@shared/schemas/plan';
import type { PersonProfile } from '@shared/schemas/profile';
import { WEEK_START, entry, everyDay, person } from './fixtures';

const foods = committedFoods().byId;
const get = committedFood;
const analyse = (entries: PlanEntry[], who: PersonProfile) =>
  analyzeWeek({ weekStart: WEEK_START, entries, people: [who], foods }).people[0]!;
type Week = ReturnType<typeof analyse>;
const b12Gap = (week: Week) => week.weekGaps.find((g) => g.nutrient === 'b12')!;
const flag = (week: Week, id: string) => week.flags.find((f) => f.id === id);

const SILK = 'sr:16235'; // SILK Plain, soymilk: 1.23 µg/100 g, 1 cup = 243 g
const CUP = 243;
const lentils = () => get('sr:16070');

describe('SILK Plain soymilk at breakfast and dinner', () => {
  const plan = () =>
    everyDay((d) => [
      entry(get(SILK), CUP, d, '07:30'),
      entry(lentils(), 200, d, '12:30'),
      entry(get(SILK), CUP, d, '19:00'),
    ]);
  const perCup = (1.23 * CUP) / 100;

  it('at 35: its B12 is crystalline, the twice-a-day strategy is followed and the target met', () => {
    const week = analyse(plan(), person({ diet: 'vegan', ageYears: 35 }));
    expect(week.week.b12.crystallineUg).toBeCloseTo(14 * perCup, 10);
    expect(week.week.b12.foodBoundUg).toBe(0);
    expect(week.b12.strategy.followed).toContain('twiceDailyFortified');
    expect(week.week.b12.absorbedUg).toBeCloseTo(14 * absorbedFromDose(perCup), 10);
    expect(b12Gap(week).targetStatus).toBe('met');
    expect(flag(week, 'b12.strategyFollowed')).toBeDefined();
    expect(flag(week, 'b12.noStrategy')).toBeUndefined();
  });

  it('at 60: reduced food-B12 release does not touch it, so all of it is counted', () => {
    const at35 = analyse(plan(), person({ diet: 'vegan', ageYears: 35 }));
    const at60 = analyse(plan(), person({ diet: 'vegan', ageYears: 60 }));
    expect(at60.b12.release.reduced).toBe(true);
    expect(at60.week.b12.absorbedUg).toBeCloseTo(at35.week.b12.absorbedUg, 10);
    // No "all of this week's B12 is from food" warning: none of it is food-bound.
    expect(flag(at60, 'b12.reducedAbsorption')).toBeUndefined();
    expect(at60.b12.strategy.followed).toContain('twiceDailyFortified');
  });
});

describe('1000 µg once a week', () => {
  const week = analyse(
    [
      entry(get('cur:cyanocobalamin-1000ug'), 1, 0, '08:00'),
      ...everyDay((d) => [entry(lentils(), 200, d, '12:30')]),
    ],
    person({ diet: 'vegan' }),
  );

  it('has an estimate above the target but a low end below it', () => {
    const gap = b12Gap(week);
    expect(gap.targetStatus).toBe('met');
    expect(week.week.b12.absorbedLowUg).toBeLessThan(gap.target!);
  });

  it('says "may not be met" instead of a plain "met"', () => {
    expect(b12Gap(week).message).toMatch(/but it may not be met: the low end of the estimate/);
    const f = flag(week, 'b12.mayNotBeMet');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^B12 may not be met/);
    expect(f?.message).toMatch(/passive diffusion/);
  });

  it('is not said to be uncertain when the range clears the target (2 × 1000 µg)', () => {
    const twice = analyse(
      [
        entry(get('cur:cyanocobalamin-1000ug'), 1, 0, '08:00'),
        entry(get('cur:cyanocobalamin-1000ug'), 1, 3, '08:00'),
        entry(get('cur:cyanocobalamin-1000ug'), 1, 5, '08:00'),
      ],
      person({ diet: 'vegan' }),
    );
    expect(twice.week.b12.absorbedLowUg).toBeGreaterThanOrEqual(b12Gap(twice).target!);
    expect(flag(twice, 'b12.mayNotBeMet')).toBeUndefined();
    expect(b12Gap(twice).message).not.toMatch(/may not be met/);
  });
});

describe('a week with a B12 injection', () => {
  const week = analyse(
    [
      entry(get('cur:hydroxocobalamin-injection-1000ug'), 1, 2, '10:00'),
      ...everyDay((d) => [entry(lentils(), 200, d, '12:30')]),
    ],
    person({ diet: 'vegan' }),
  );

  it('is not warned that it follows no evidence-based strategy', () => {
    expect(flag(week, 'b12.noStrategy')).toBeUndefined();
    expect(flag(week, 'b12.noReliableSource')).toBeUndefined();
    expect(flag(week, 'b12.injection')?.severity).toBe('info');
  });
});

describe('a lacto-ovo vegetarian week of eggs and dairy', () => {
  const eggs = () => get('sr:01129'); // Egg, whole, cooked, hard-boiled
  const milk = () => get('sr:01077');
  const cheese = () => get('sr:01009');

  it('meeting the target from dairy and eggs gets information, not a warning', () => {
    const week = analyse(
      everyDay((d) => [
        entry(milk(), 244, d, '07:30'),
        entry(eggs(), 100, d, '07:30'),
        entry(cheese(), 40, d, '12:30'),
        entry(milk(), 244, d, '19:00'),
      ]),
      person({ diet: 'vegetarian' }),
    );
    expect(b12Gap(week).targetStatus).toBe('met');
    expect(week.week.b12.crystallineUg).toBe(0);
    const f = flag(week, 'b12.noStrategy');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/meets the B12 target from animal foods such as dairy and eggs/);
  });

  it('falling short is still warned', () => {
    const week = analyse(
      everyDay((d) => [entry(eggs(), 50, d, '07:30')]),
      person({ diet: 'vegetarian' }),
    );
    expect(b12Gap(week).targetStatus).not.toBe('met');
    expect(flag(week, 'b12.noStrategy')?.severity).toBe('warning');
  });
});

describe('vitamin B6 above the EFSA limit', () => {
  const bComplex = () => get('cur:b-complex-50'); // 50 mg B6 per tablet

  it('says when it is also above the US/Canada limit of 100 mg', () => {
    const week = analyse(
      everyDay((d) => [
        entry(bComplex(), 1, d, '08:00'),
        entry(bComplex(), 1, d, '13:00'),
        entry(bComplex(), 1, d, '19:00'),
      ]),
      person({ diet: 'omnivore' }),
    );
    const f = flag(week, 'b6.aboveEfsaLimit')!;
    expect(f.message).toMatch(/also above the US\/Canada limit of 100 mg on 7 of them/);
    expect(f.message).not.toMatch(/below the US\/Canada limit/);
    expect(f.severity).toBe('critical');
  });

  it('says it stays below the US/Canada limit when it does', () => {
    const week = analyse(
      everyDay((d) => [entry(bComplex(), 1, d, '08:00')]),
      person({ diet: 'omnivore' }),
    );
    const f = flag(week, 'b6.aboveEfsaLimit')!;
    expect(f.message).toMatch(/stays below the US\/Canada limit of 100 mg/);
    expect(f.severity).toBe('info');
  });
});

describe('vegetarian iron', () => {
  it('applies IOM’s ×1.8 to US/Canada values only, not to EFSA’s', () => {
    const dri = personTargets(person({ diet: 'vegan', ageYears: 35, sex: 'female' }));
    expect(dri.nutrients.iron.daily).toBeCloseTo(18 * 1.8, 10);
    const efsa = personTargets(
      person({ diet: 'vegan', ageYears: 35, sex: 'female', reference: 'efsa' }),
    );
    expect(efsa.nutrients.iron.daily).toBe(16);
    expect(efsa.nutrients.iron.notes.join(' ')).toMatch(/applies to US\/Canada values only/);
  });

  it('caps a pregnant vegan’s 48.6 mg at the 45 mg limit and points to a clinician', () => {
    const who = person({ diet: 'vegan', ageYears: 28, sex: 'female', pregnancy: 'pregnant' });
    const iron = personTargets(who).nutrients.iron;
    expect(iron.daily).toBe(45);
    expect(iron.cappedFrom).toBeCloseTo(48.6, 10);
    const week = analyse(
      everyDay((d) => [entry(lentils(), 200, d, '12:30')]),
      who,
    );
    expect(flag(week, 'iron.targetAboveUpper')?.message).toMatch(
      /\(49 mg\) would be above the upper limit of 45 mg.*clinician/,
    );
  });
});
