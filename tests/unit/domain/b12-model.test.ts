import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absorbedFromDose,
  B12_AMAX_UG,
  doetsFoodAbsorbed,
  doseForAbsorbed,
  uncertaintyFactor,
} from '@shared/base/b12-model';

const fraction = (dose: number) => absorbedFromDose(dose) / dose;

describe('B12 absorption model (reference §3c)', () => {
  it('reproduces the calibration data', () => {
    expect(fraction(1)).toBeCloseTo(0.5, 2); // Adams 1971: nearly 50 % of 1 µg
    expect(fraction(5)).toBeCloseTo(0.2, 2); // 20 % of 5 µg
    expect(fraction(25)).toBeGreaterThan(0.05); // "just over 5 %"
    expect(fraction(25)).toBeLessThan(0.06);
    expect(fraction(1000)).toBeGreaterThan(0.01); // ≈1 % of large doses
    expect(fraction(1000)).toBeLessThan(0.012);
    expect(absorbedFromDose(500)).toBeCloseTo(6.24, 2); // the reference's table
  });

  it('saturates at 1.5–2.5 µg per meal', () => {
    // Beyond a meal of 2.5 µg, ten times the dose adds less than one more µg absorbed.
    expect(absorbedFromDose(25) - absorbedFromDose(2.5)).toBeLessThan(0.7);
    // The intrinsic-factor part never exceeds Amax.
    expect(absorbedFromDose(1e6) - 0.01 * 1e6).toBeLessThanOrEqual(B12_AMAX_UG);
  });

  it('returns 0 for no dose and for bad input, never NaN', () => {
    expect(absorbedFromDose(0)).toBe(0);
    expect(absorbedFromDose(-1)).toBe(0);
    expect(absorbedFromDose(Number.NaN)).toBe(0);
    expect(absorbedFromDose(Number.POSITIVE_INFINITY)).toBe(0);
    expect(doseForAbsorbed(0)).toBe(0);
  });

  it('is monotonic in dose and never absorbs more than the dose', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (d, extra) => {
          expect(absorbedFromDose(d + extra)).toBeGreaterThanOrEqual(absorbedFromDose(d));
          expect(absorbedFromDose(d)).toBeLessThanOrEqual(d);
        },
      ),
    );
  });

  it('never absorbs less from two doses than from their sum at once', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (a, b) => {
          expect(absorbedFromDose(a) + absorbedFromDose(b)).toBeGreaterThanOrEqual(
            absorbedFromDose(a + b) - 1e-9,
          );
        },
      ),
    );
  });

  it('inverts: the dose found absorbs the amount asked for', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), (a) => {
        expect(absorbedFromDose(doseForAbsorbed(a))).toBeCloseTo(a, 9);
      }),
    );
  });

  it('states ±25 % near meal doses and ±2× for large doses', () => {
    expect(uncertaintyFactor(1)).toBe(1.25);
    expect(uncertaintyFactor(5)).toBe(1.25);
    expect(uncertaintyFactor(500)).toBe(2);
    expect(uncertaintyFactor(5000)).toBe(2);
    expect(uncertaintyFactor(50)).toBeGreaterThan(1.25);
    expect(uncertaintyFactor(50)).toBeLessThan(2);
  });

  it("follows Doets 2013's food equation", () => {
    expect(doetsFoodAbsorbed(2.4)).toBeCloseTo(0.75, 2);
    expect(doetsFoodAbsorbed(38)).toBeCloseTo(6.3, 1);
  });
});
