import { describe, expect, it } from 'vitest';
import { routeRange } from '../../../src-renderer/src/features/shopping/route-range';
import { gridFontPt, weekPlanGrid } from '../../../src-renderer/src/features/print/week-plan-grid';
import type { PlannedItem } from '@shared/domain/plan-rows';
import { weekDates } from '@shared/base/dates';
import { personProfileSchema } from '@shared/schemas/profile';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';
import { B12_TABLET, EGG, SOY_MILK } from './foods';

describe('routeRange', () => {
  it('opens this week, the week holding a linked day, or chosen dates; bad links fall back', () => {
    const today = '2024-03-07'; // a Thursday
    expect(routeRange(null, null, 1, today)).toEqual({
      mode: 'week',
      range: { from: '2024-03-04', to: '2024-03-10' },
      problem: null,
    });
    expect(routeRange('2024-03-14', null, 0, today).range).toEqual({
      from: '2024-03-10',
      to: '2024-03-16',
    });
    expect(routeRange('2024-03-05', '2024-03-06', 1, today)).toMatchObject({
      mode: 'range',
      problem: null,
    });
    expect(routeRange('2024-03-06', '2024-03-05', 1, today)).toMatchObject({
      mode: 'week',
      range: { from: '2024-03-04' },
      problem: 'End: must not be before the start. Showing this week.',
    });
    expect(routeRange('soon', null, 1, today).problem).toBe(
      '“soon” is not a date. Showing this week.',
    );
  });
});

describe('weekPlanGrid', () => {
  const dates = weekDates('2024-03-04');
  const item = (
    id: string,
    date: string,
    slotId: string,
    foodId: string,
    eaters: PlannedItem['eaters'],
    order: number,
  ): PlannedItem => ({
    id,
    date,
    slotId,
    target: { kind: 'food', foodId },
    quantity: 1,
    unit: foodId === B12_TABLET.id ? 'tablet' : 'cup',
    grams: foodId === B12_TABLET.id ? 1 : 243,
    eaters,
    order,
    recurringId: null,
  });
  const people = [
    personProfileSchema.parse({
      id: 'ann',
      name: 'Ann',
      ageYears: 38,
      sex: 'female',
      diet: 'vegan',
    }),
    personProfileSchema.parse({
      id: 'bo',
      name: 'Bo',
      ageYears: 41,
      sex: 'male',
      diet: 'vegetarian',
    }),
  ];
  const foods = new Map([EGG, SOY_MILK, B12_TABLET].map((f) => [f.id, f]));

  it('lays entries out by slot and day in plan order, naming eaters and unknown foods', () => {
    const grid = weekPlanGrid({
      dates,
      items: [
        item('b', dates[0]!, 'breakfast', SOY_MILK.id, 'all', 2),
        item('a', dates[0]!, 'breakfast', B12_TABLET.id, ['ann'], 1),
        item('x', dates[2]!, 'gone-slot', 'sr:99999', ['bo'], 0),
      ],
      slots: DEFAULT_MEAL_SLOTS,
      recipes: [],
      people,
      foods,
    });
    expect(grid.rows.map((r) => r.label)).toEqual([
      'Breakfast',
      'Lunch',
      'Dinner',
      'Snacks',
      'Other',
    ]);
    expect(grid.rows[0]!.cells[0]!.map((e) => [e.name, e.amount, e.who])).toEqual([
      [B12_TABLET.name, '1 tablet', 'Ann'],
      [SOY_MILK.name, '1 cup', ''],
    ]);
    expect(grid.rows[4]!.cells[2]).toEqual([
      { id: 'x', name: 'Unknown item (sr:99999)', amount: '1 cup', who: 'Bo', unknown: true },
    ]);
    expect(grid.busiestDay).toBe(2);
    // The B12 row: one mark per day per person, from the engine.
    expect(grid.b12).toHaveLength(7);
    expect(grid.b12[0]!.map((m) => m.person)).toEqual(['Ann', 'Bo']);
    expect(grid.b12[0]![0]!.absorbedUg).toBeGreaterThan(grid.b12[1]![0]!.absorbedUg);
  });

  it('shrinks the font only as far as a busy week needs', () => {
    expect(gridFontPt(6, 3)).toBe(8.5);
    expect(gridFontPt(24, 3)).toBeLessThan(8.5);
    expect(gridFontPt(200, 4)).toBe(5);
  });
});

describe('print layouts', () => {
  it('defaults the paper by units and writes the @page rule and PDF name per layout', async () => {
    const { defaultPaper, pageRule, pdfFileName } =
      await import('../../../src-renderer/src/features/print/print-layouts');
    expect([defaultPaper('metric'), defaultPaper('us')]).toEqual(['A4', 'Letter']);
    expect(pageRule('shopping', 'A4')).toBe('@page { size: A4; margin: 12mm; }');
    expect(pageRule('week-plan', 'Letter')).toBe('@page { size: letter landscape; margin: 12mm; }');
    expect(pdfFileName('week-plan', '2024-03-04')).toBe('cobalt-week-plan-2024-03-04.pdf');
  });
});
