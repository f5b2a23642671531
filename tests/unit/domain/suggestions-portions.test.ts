import { describe, expect, it } from 'vitest';
import {
  amountLabel,
  chooseAmount,
  formatQuantity,
  measuresOf,
} from '@shared/domain/suggestion-portions';
import { FOODS, makeFood } from './fixtures';

const food = (portions: { amount: number; unit: string; grams: number }[]) => ({
  ...makeFood('sr:90010', { name: 'Test food', nutrients: {} }),
  portions,
});

describe('household amounts for suggestions', () => {
  it('writes quantities as cooks do', () => {
    expect([0.5, 1, 1.5, 0.25, 2.75, 3, 0.2].map(formatQuantity)).toEqual([
      '½',
      '1',
      '1½',
      '¼',
      '2¾',
      '3',
      '0.2',
    ]);
  });

  it('counts a cup in halves, and a tablespoon from one whole', () => {
    const measures = measuresOf(food([{ amount: 1, unit: 'cup', grams: 240 }]));
    const half = chooseAmount(measures, 100, 500, true)!;
    expect(half).toMatchObject({ count: 0.5, grams: 120 });
    expect(amountLabel(half)).toBe('½ cup');
    expect(amountLabel(chooseAmount(measures, 300, 500, true)!)).toBe('1½ cups');
    const tbsp = measuresOf(food([{ amount: 1, unit: 'tbsp', grams: 4 }]));
    // 1.8 g would do, but the least anyone adds is a tablespoon.
    expect(chooseAmount(tbsp, 1.8, 500, true)).toMatchObject({ count: 1, grams: 4 });
  });

  it('splits a listed amount into its unit, dropping the note that describes the amount', () => {
    const measures = measuresOf(food([{ amount: 2, unit: 'tbsp (1/8 cup)', grams: 10 }]));
    expect(measures.map((m) => [m.amount, m.unit, m.grams])).toEqual([
      [2, 'tbsp (1/8 cup)', 10],
      [1, 'tbsp', 5],
    ]);
    expect(amountLabel(chooseAmount(measures, 15, 500, true)!)).toBe('3 tbsp');
  });

  it('never halves an egg and never goes past the most of a measure or the ceiling', () => {
    const egg = measuresOf(food([{ amount: 1, unit: 'egg', grams: 70 }]));
    expect(chooseAmount(egg, 20, 500, true)).toMatchObject({ count: 1, grams: 70 });
    // Two cups at most, even when more would close the gap: the rest stays open.
    const cup = measuresOf(food([{ amount: 1, unit: 'cup', grams: 200 }]));
    expect(chooseAmount(cup, 1000, 5000, true)).toMatchObject({ count: 2, grams: 400 });
    expect(chooseAmount(cup, 1000, 250, true)).toMatchObject({ count: 1, grams: 200 });
    expect(chooseAmount(cup, 50, 90, true)).toBeNull();
  });

  it('counts supplements in whole units and foods without measures in 10 g steps', () => {
    const tablet = measuresOf(FOODS.b12Tablet25);
    expect(chooseAmount(tablet, 0.2, 2, false)).toMatchObject({ count: 1, grams: 1 });
    expect(amountLabel(chooseAmount(tablet, 1.5, 2, false)!)).toBe('2 tablets');
    const loose = measuresOf(food([]));
    const chosen = chooseAmount(loose, 33, 500, true)!;
    expect(chosen).toMatchObject({ count: 0.4, grams: 40 });
    expect(amountLabel(chosen)).toBe('40 g');
  });
});
