import { describe, expect, it } from 'vitest';
import { judgeGap, periodTarget, statusFor, type GapInput } from '@shared/domain/gaps';
import { personTargets } from '@shared/domain/targets';
import type { NutrientTotal } from '@shared/domain/totals';
import { person } from './fixtures';

const adult = personTargets(person({ diet: 'omnivore', ageYears: 40, sex: 'male' }));
const energy = (kcal: number): NutrientTotal => ({
  value: kcal,
  knownGrams: kcal > 0 ? 100 : 0,
  totalGrams: 100,
  coverage: 1,
});

function input(over: Partial<GapInput>): GapInput {
  const target = over.target ?? adult.nutrients.iron;
  return {
    target,
    period: 'day',
    date: '2024-03-04',
    basis: 'intake',
    intake: 0,
    known: true,
    totalGrams: 500,
    coverage: 1,
    periodTarget: target.daily,
    upperIntake: null,
    daysMet: null,
    daysAboveUpper: null,
    ...over,
  };
}

describe('status thresholds', () => {
  it('is met exactly at the target, low from 50 % and very low below', () => {
    expect(statusFor(8, 8, true)).toBe('met');
    expect(statusFor(0.1 + 0.2, 0.3, true)).toBe('met'); // floating-point sum at target
    expect(statusFor(7.99, 8, true)).toBe('low');
    expect(statusFor(4, 8, true)).toBe('low');
    expect(statusFor(3.99, 8, true)).toBe('veryLow');
    expect(statusFor(0, 8, true)).toBe('veryLow');
    expect(statusFor(0, 8, false)).toBe('noData');
  });
});

describe('period targets', () => {
  it('multiplies the daily target by the days', () => {
    expect(periodTarget(adult.nutrients.iron, 7, energy(0))).toBe(56);
  });

  it('turns an energy share into grams of ALA, or falls back when energy is unknown', () => {
    const efsa = personTargets(
      person({ diet: 'omnivore', ageYears: 40, sex: 'male', reference: 'efsa' }),
    );
    expect(periodTarget(efsa.nutrients.ala, 1, energy(1800))).toBeCloseTo(1, 10);
    expect(periodTarget(efsa.nutrients.ala, 1, energy(0))).toBe(1.6);
  });
});

describe('judging a gap', () => {
  it('reports shortfall, severity and a plain message', () => {
    const gap = judgeGap(input({ intake: 6 }));
    expect(gap).toMatchObject({ status: 'low', severity: 'warning', shortfall: 2, ratio: 0.75 });
    expect(gap.message).toBe('Iron: 75 % of the target (6.0 mg of 8.0 mg); 2.0 mg short.');
    expect(gap.source).toMatch(/reference §1a/);
    expect(judgeGap(input({ intake: 1 })).severity).toBe('critical');
    expect(judgeGap(input({ intake: 9 }))).toMatchObject({
      status: 'met',
      severity: 'info',
      shortfall: 0,
    });
  });

  it('warns that missing values may hide intake', () => {
    expect(judgeGap(input({ intake: 6, coverage: 0.8 })).message).toMatch(
      /20 % of the food eaten has no value/,
    );
  });

  it('puts an upper limit first but keeps the target status', () => {
    const mg = adult.nutrients.magnesium;
    const gap = judgeGap(
      input({ target: mg, periodTarget: mg.daily, intake: 390, upperIntake: 400 }),
    );
    expect(gap).toMatchObject({
      status: 'aboveUpper',
      severity: 'critical',
      targetStatus: 'low',
      upper: 350,
      upperScope: 'supplements',
    });
    expect(gap.message).toMatch(
      /from supplements: 400 mg is above the upper limit of 350 mg a day/,
    );
    expect(
      judgeGap(input({ target: mg, periodTarget: mg.daily, intake: 420, upperIntake: 350 })).status,
    ).toBe('met');
  });

  it('says when nothing is planned, or nothing known', () => {
    expect(judgeGap(input({ known: false, totalGrams: 0 })).message).toBe('Iron: nothing planned.');
    expect(judgeGap(input({ known: false, totalGrams: 200 }))).toMatchObject({
      status: 'noData',
      severity: 'info',
    });
  });

  it('judges a week on its total and counts the days', () => {
    const gap = judgeGap(
      input({
        period: 'week',
        date: null,
        intake: 50,
        periodTarget: 56,
        daysMet: 3,
        daysAboveUpper: 0,
        upperIntake: 12,
      }),
    );
    expect(gap.status).toBe('low');
    expect(gap.message).toMatch(/weekly target.*Met on 3 of 7 days\./);
    const above = judgeGap(
      input({
        period: 'week',
        date: null,
        intake: 80,
        periodTarget: 56,
        daysMet: 7,
        daysAboveUpper: 1,
        upperIntake: 50,
      }),
    );
    expect(above.status).toBe('aboveUpper');
    expect(above.message).toMatch(/on 1 of 7 days/);
  });
});
