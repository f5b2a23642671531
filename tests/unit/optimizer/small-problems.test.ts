/**
 * Hand-made problems with known optima: one base food eaten every day leaves one known gap, and a
 * few candidate foods can close it. Amounts are worked out by hand in each test.
 */
import { describe, expect, it } from 'vitest';
import { makeFood } from '../../helpers/foods';
import { analyzeWithAdditions, energyBudgetProblem } from '@shared/domain/optimizer';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';
import { adult, dailyEntries, solveTiny } from './helpers';

const cup = [{ amount: 1, unit: 'cup', grams: 200 }];
/** 2000 kcal a day of a food with no calcium and no iron (both known zero): only those are gaps. */
const base = makeFood('cur:base', {
  name: 'Base',
  portions: cup,
  nutrients: { energy: 400, calcium: 0, iron: 0 },
});

describe('optimizer on small problems', () => {
  it('picks the cheaper of two foods that close one gap, in the least amount', async () => {
    // Calcium target 1000 mg/day. Both give 300 mg/100 g: 334 g/day either way; A has fewer kcal.
    const a = makeFood('cur:a', {
      name: 'A',
      portions: cup,
      nutrients: { energy: 50, calcium: 300 },
    });
    const b = makeFood('cur:b', {
      name: 'B',
      portions: cup,
      nutrients: { energy: 150, calcium: 300 },
    });
    const { proposal } = await solveTiny([base, a, b], dailyEntries('cur:base', 500), adult(), {
      energyBudgetKcalPerDay: 1000,
    });
    expect(proposal.targeted).toEqual(['iron', 'calcium']);
    const calciumAdds = proposal.additions.filter((x) => x.nutrients.includes('calcium'));
    expect(calciumAdds.map((x) => x.foodId)).toEqual(['cur:a']);
    expect(calciumAdds[0]!.grams).toBe(334);
    expect(calciumAdds[0]!.dates).toHaveLength(7);
    expect(proposal.closed).toContain('calcium');
  });

  it('mixes two foods when an upper limit caps the better one', async () => {
    // Iron target 18 mg/day (omnivore woman, 19–50). A: 10 mg iron + 25 mg zinc per 100 g; zinc's
    // upper limit is 40 mg/day, kept with a 2 % margin: at most 39.2/0.25 = 156.8 g of A, which
    // gives 15.68 mg iron. The remaining 2.32 mg come from B (3 mg/100 g): 77.3 g → 78 g.
    const ironBase = makeFood('cur:base', {
      name: 'Base',
      portions: cup,
      nutrients: { energy: 400, iron: 0 },
    });
    const a = makeFood('cur:a', {
      name: 'A',
      portions: cup,
      nutrients: { energy: 100, iron: 10, zinc: 25 },
    });
    const b = makeFood('cur:b', {
      name: 'B',
      portions: cup,
      nutrients: { energy: 100, iron: 3, zinc: 0 },
    });
    const { proposal, input } = await solveTiny(
      [ironBase, a, b],
      dailyEntries('cur:base', 500),
      adult(),
    );
    expect(proposal.targeted).toEqual(['iron']);
    const byId = new Map(proposal.additions.map((x) => [x.foodId, x]));
    expect([...byId.keys()].sort()).toEqual(['cur:a', 'cur:b']);
    expect(byId.get('cur:a')!.grams).toBeGreaterThanOrEqual(156);
    expect(byId.get('cur:a')!.grams).toBeLessThanOrEqual(157);
    expect(byId.get('cur:b')!.grams).toBeGreaterThanOrEqual(78);
    expect(byId.get('cur:b')!.grams).toBeLessThanOrEqual(80);
    const after = analyzeWithAdditions(input, proposal.additions, DEFAULT_MEAL_SLOTS).people[0]!;
    const zinc = after.weekGaps.find((g) => g.nutrient === 'zinc')!;
    expect(zinc.status).not.toBe('aboveUpper');
    expect(proposal.closed).toEqual(['iron']);
  });

  it('refuses an energy budget of 0 or less instead of solving "within −100 kcal"', async () => {
    for (const budget of [-100, 0, Number.NaN]) {
      await expect(
        solveTiny([base], dailyEntries('cur:base', 500), adult(), {
          energyBudgetKcalPerDay: budget,
        }),
      ).rejects.toThrow(/energy budget/i);
    }
    expect(energyBudgetProblem(-100)).toMatch(/more than 0 kcal/);
    expect(energyBudgetProblem(2500)).toMatch(/at most 2000/);
    expect(energyBudgetProblem(300)).toBeNull();
  });

  it('explains an energy budget that is too small, with the energy it would take', async () => {
    // 334 g/day of the only calcium food at 250 kcal/100 g is 835 kcal: over 300, under 1,000.
    const rich = makeFood('cur:rich', {
      name: 'Rich',
      portions: cup,
      nutrients: { energy: 250, calcium: 300 },
    });
    const calciumBase = makeFood('cur:base', {
      name: 'Base',
      nutrients: { energy: 400, calcium: 0 },
    });
    const { proposal } = await solveTiny(
      [calciumBase, rich],
      dailyEntries('cur:base', 500),
      adult(),
    );
    expect(proposal.status).toBe('infeasible');
    expect(proposal.additions).toEqual([]);
    const blocker = proposal.blockers.find((x) => x.nutrient === 'calcium')!;
    expect(blocker.families).toEqual(['energy']);
    expect(blocker.message).toContain('within 300 kcal a day');
    expect(blocker.message).toContain('about 840 kcal a day');
    expect(blocker.message).toContain('raise the energy budget');
  });

  it('closes the gaps it can and explains the one it cannot', async () => {
    const a = makeFood('cur:a', {
      name: 'A',
      portions: cup,
      nutrients: { energy: 50, calcium: 300 },
    });
    // Iron: no candidate has any.
    const { proposal } = await solveTiny([base, a], dailyEntries('cur:base', 500), adult(), {
      energyBudgetKcalPerDay: 1000,
    });
    expect(proposal.closed).toEqual(['calcium']);
    expect(proposal.blockers.map((x) => x.nutrient)).toEqual(['iron']);
    expect(proposal.blockers[0]!.message).toMatch(
      /^No food or supplement in the table can add enough iron, even with every limit relaxed/,
    );
  });

  it('says which families would each make it feasible, and names a food of unknown diet status', async () => {
    const vegan = adult('vegan');
    const veganBase = makeFood('cur:base', {
      name: 'Base',
      nutrients: { energy: 400, vitaminD: 0 },
    });
    const tablet = makeFood('cur:d3', {
      name: 'D3 tablet',
      kind: 'supplement',
      unitGrams: 1,
      nutrients: { vitaminD: 2500 },
      diet: { vegan: 'unknown', vegetarian: 'yes', pescatarian: 'yes' },
    });
    const { proposal } = await solveTiny(
      [veganBase, tablet],
      dailyEntries('cur:base', 500),
      vegan,
      {
        allowSupplements: false,
      },
    );
    const blocker = proposal.blockers.find((x) => x.nutrient === 'vitaminD')!;
    expect(blocker.families).toEqual([]);
    // Relaxing one family at a time is not enough (supplements AND diet are needed).
    expect(blocker.message).toContain('unless several limits are relaxed at once');
    const allowed = await solveTiny([veganBase, tablet], dailyEntries('cur:base', 500), vegan);
    const d = allowed.proposal.blockers.find((x) => x.nutrient === 'vitaminD')!;
    expect(d.families).toEqual(['diet']);
    expect(d.message).toContain('such as D3 tablet (check the label)');
  });

  it('uses whole tablets, only when supplements are allowed', async () => {
    const veganBase = makeFood('cur:base', { name: 'Base', nutrients: { energy: 400, b12: 0 } });
    const tablet = makeFood('cur:b12', {
      name: 'B12 10 µg',
      kind: 'supplement',
      unitGrams: 1,
      fortified: true,
      nutrients: { b12: 1000, b12Added: 1000 },
    });
    // A fortified drink with 1 µg/100 g: one meal would need 501 g (5.01 µg absorbs 1 µg), over the
    // 500 g limit; two meals need about 100 g each (1 µg absorbs 0.5 µg), so it must be spread.
    const yeast = makeFood('cur:yeast', {
      name: 'Fortified drink',
      fortified: true,
      portions: [{ amount: 1, unit: 'cup', grams: 240 }],
      nutrients: { energy: 50, b12: 1, b12Added: 1 },
    });
    // One 10 µg tablet absorbs about 1.18 µg (b12-model.ts), over the 1 µg/day absorbed target.
    // The weekly total only (no strategy, no low-end margin): the model's own optimum.
    const totalOnly = { b12Strategy: 'total', b12LowEndMargin: false } as const;
    const withTablets = await solveTiny(
      [veganBase, tablet],
      dailyEntries('cur:base', 500),
      adult('vegan'),
      totalOnly,
    );
    expect(withTablets.proposal.additions.map((x) => [x.foodId, x.units, x.grams])).toEqual([
      ['cur:b12', 1, 1],
    ]);
    expect(withTablets.proposal.closed).toEqual(['b12']);
    const foodOnly = await solveTiny(
      [veganBase, tablet, yeast],
      dailyEntries('cur:base', 500),
      adult('vegan'),
      { allowSupplements: false, ...totalOnly },
    );
    expect(foodOnly.proposal.additions.every((x) => x.foodId === 'cur:yeast')).toBe(true);
    // Absorption saturates per meal: the yeast is spread over more than one occasion.
    expect(new Set(foodOnly.proposal.additions.map((x) => x.slotId)).size).toBeGreaterThan(1);
    expect(foodOnly.proposal.closed).toEqual(['b12']);
  });

  it('leaves out excluded foods and foods outside the diet', async () => {
    const a = makeFood('cur:a', {
      name: 'A',
      portions: cup,
      nutrients: { energy: 50, calcium: 300 },
    });
    const dairy = makeFood('cur:dairy', {
      name: 'Dairy',
      portions: cup,
      nutrients: { energy: 40, calcium: 300 },
      diet: { vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' },
    });
    const b = makeFood('cur:b', {
      name: 'B',
      portions: cup,
      nutrients: { energy: 90, calcium: 300 },
    });
    const { proposal } = await solveTiny(
      [base, a, b, dairy],
      dailyEntries('cur:base', 500),
      adult('vegan'),
      {
        energyBudgetKcalPerDay: 1000,
        excludedFoodIds: ['cur:a'],
      },
    );
    expect(
      proposal.additions.filter((x) => x.nutrients.includes('calcium')).map((x) => x.foodId),
    ).toEqual(['cur:b']);
  });

  it('has nothing to do when every gap is met or unknown', async () => {
    const unknown = makeFood('cur:unknown', { name: 'Unknown', nutrients: { energy: 400 } });
    const { proposal } = await solveTiny([unknown], dailyEntries('cur:unknown', 500), adult());
    expect(proposal.status).toBe('nothingToDo');
    expect(proposal.additions).toEqual([]);
  });
});
