/**
 * Rows saved before iodine and selenium were tracked (custom foods in IndexedDB, older backup
 * files) lack the two keys: they read as unknown (null), never zero, and nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { completeNutrientValues, NUTRIENT_IDS } from '@shared/base/nutrients';
import { foodSchema } from '@shared/schemas/food';
import { weeklyTotalsCsv } from '@shared/backup/csv';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import { makeFood } from './fixtures';

const withoutLater = () => {
  const food = makeFood('custom:old', {
    name: 'Old custom food',
    nutrients: { b12: 1, calcium: 120 },
  });
  const { iodine: _i, selenium: _s, ...older } = food.nutrients;
  return { ...food, source: 'custom' as const, nutrients: older };
};

describe('nutrients added after the first release', () => {
  it('a stored food without iodine and selenium parses with both unknown', () => {
    const parsed = foodSchema.parse(withoutLater());
    expect(parsed.nutrients.iodine).toBeNull();
    expect(parsed.nutrients.selenium).toBeNull();
    expect(parsed.nutrients.calcium).toBe(120);
  });

  it('an older nutrient is still required: a row missing calcium is refused', () => {
    const { calcium: _c, ...rest } = withoutLater().nutrients;
    expect(foodSchema.safeParse({ ...withoutLater(), nutrients: rest }).success).toBe(false);
  });

  it('completeNutrientValues fills only missing keys, with null', () => {
    const values = completeNutrientValues(withoutLater().nutrients);
    expect(Object.keys(values)).toEqual([...NUTRIENT_IDS]);
    expect(values).toMatchObject({ iodine: null, selenium: null, b12: 1, calcium: 120 });
  });

  it('the dietitian CSV leaves iodine blank for weekly totals stored before it existed', () => {
    const nutrients = Object.fromEntries(
      [...NUTRIENT_IDS, 'epaDha']
        .filter((id) => id !== 'iodine' && id !== 'selenium')
        .map((id) => [id, { value: 1, coverage: 1, target: null, daysMet: null }]),
    );
    const row = {
      personId: 'p1',
      weekStart: '2024-03-04',
      entryCount: 1,
      totalGrams: 100,
      nutrients,
      b12: { ingestedUg: 1, absorbedUg: 0.5, absorbedTargetUg: null, daysMet: null },
    } as unknown as WeeklyTotalsRow;
    const [header, line] = weeklyTotalsCsv([row], [{ id: 'p1', name: 'Ana' }]).split('\r\n');
    expect(header).toContain('Iodine (µg)');
    // From the end: B12 absorbed (5 cells), EPA + DHA (5), selenium (5), iodine (5), vitamin D (5).
    const cells = line!.split(',');
    expect(cells.slice(-20, -10)).toEqual(Array(10).fill(''));
    expect(cells.slice(-25, -20)[0]).toBe('1.0');
    expect(cells.slice(-10, -5)[0]).toBe('1.00');
  });
});
