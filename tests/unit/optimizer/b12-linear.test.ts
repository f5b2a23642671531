import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gainLines, occasionGroups, weeklyGain } from '@shared/domain/optimizer/b12-linear';
import { B12_BREAKPOINTS_UG } from '@shared/domain/optimizer/params';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';

const chord = (lines: ReturnType<typeof gainLines>, dose: number) =>
  Math.min(...lines.map((l) => l.intercept + l.slope * dose));

describe('linear lower bound of absorbed B12', () => {
  it('groups meal slots like the engine groups intakes (4 h window)', () => {
    // 08:00 | 12:30 + 15:30 (3 h later) | 18:30 (6 h after 12:30)
    expect(occasionGroups(DEFAULT_MEAL_SLOTS, 4).map((g) => g.slotIds)).toEqual([
      ['breakfast'],
      ['lunch', 'snacks'],
      ['dinner'],
    ]);
  });

  it('never credits more than the saturable model, and is exact at the breakpoints', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (existing, dose) => {
          const lines = gainLines(existing, B12_BREAKPOINTS_UG);
          expect(chord(lines, dose)).toBeLessThanOrEqual(weeklyGain(existing, dose) + 1e-9);
        },
      ),
    );
    const lines = gainLines([0, 0, 0, 0, 0, 0, 0], B12_BREAKPOINTS_UG);
    for (const d of B12_BREAKPOINTS_UG)
      expect(chord(lines, d)).toBeCloseTo(weeklyGain([0, 0, 0, 0, 0, 0, 0], d), 9);
  });

  it('is within 5 % of the model between breakpoints at meal-sized doses', () => {
    const none = [0, 0, 0, 0, 0, 0, 0];
    const lines = gainLines(none, B12_BREAKPOINTS_UG);
    for (const d of [0.3, 0.9, 1.7, 2.5, 5, 10, 20]) {
      expect(chord(lines, d) / weeklyGain(none, d)).toBeGreaterThan(0.95);
    }
  });
});
