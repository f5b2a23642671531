/**
 * Property: whatever the foods and the week, a proposal never claims more than the real engine
 * confirms: every targeted gap is either closed (met after the additions) or explained, additions
 * keep to the diet and to whole tablets, and nothing goes above an upper limit that was not above.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFood } from '../../helpers/foods';
import { analyzeWeek } from '@shared/domain';
import { analyzeWithAdditions } from '@shared/domain/optimizer';
import { DEFAULT_MEAL_SLOTS } from '@shared/schemas/rows';
import type { Food } from '@shared/schemas/food';
import { adult, dailyEntries, solveTiny } from './helpers';

const amount = (max: number) =>
  fc.oneof(fc.constant(null), fc.double({ min: 0, max, noNaN: true }));

const foodArb = (i: number) =>
  fc
    .record({
      energy: fc.double({ min: 5, max: 600, noNaN: true }),
      calcium: amount(800),
      iron: amount(20),
      zinc: amount(15),
      vitaminD: amount(20),
      b12: amount(5),
      vegan: fc.constantFrom('yes', 'no', 'unknown'),
      supplement: fc.boolean(),
    })
    .map((r): Food =>
      makeFood(`cur:f${i}`, {
        name: `F${i}`,
        kind: r.supplement ? 'supplement' : 'food',
        unitGrams: r.supplement ? 1 : null,
        fortified: r.b12 !== null,
        portions: [{ amount: 1, unit: 'cup', grams: 150 }],
        diet: { vegan: r.vegan, vegetarian: 'yes', pescatarian: 'yes' },
        nutrients: {
          energy: r.supplement ? null : r.energy,
          calcium: r.calcium,
          iron: r.iron,
          zinc: r.zinc,
          vitaminD: r.vitaminD,
          b12: r.b12 === null ? null : r.supplement ? r.b12 * 200 : r.b12,
          b12Added: r.b12 === null ? null : r.supplement ? r.b12 * 200 : r.b12,
        },
      }),
    );

describe('optimizer properties', () => {
  it('claims only what the engine confirms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...[0, 1, 2, 3, 4, 5].map(foodArb)),
        fc.constantFrom('omnivore', 'vegan') as fc.Arbitrary<'omnivore' | 'vegan'>,
        fc.boolean(),
        async (foods, diet, allowSupplements) => {
          const base = makeFood('cur:base', {
            name: 'Base',
            nutrients: { energy: 400, calcium: 100, iron: 2, zinc: 1, vitaminD: 0, b12: 0 },
          });
          const person = adult(diet);
          const entries = dailyEntries('cur:base', 400);
          const { input, proposal } = await solveTiny([base, ...foods], entries, person, {
            allowSupplements,
          });
          const before = analyzeWeek(input).people[0]!;
          const after = analyzeWithAdditions(input, proposal.additions, DEFAULT_MEAL_SLOTS)
            .people[0]!;
          const blocked = new Set(proposal.blockers.map((b) => b.nutrient));
          for (const n of proposal.targeted) {
            const met = after.weekGaps.find((g) => g.nutrient === n)!.targetStatus === 'met';
            expect(met || blocked.has(n), n).toBe(true);
            expect(proposal.closed.includes(n)).toBe(met);
          }
          const byId = new Map(foods.map((f) => [f.id, f]));
          for (const a of proposal.additions) {
            const food = byId.get(a.foodId)!;
            if (diet === 'vegan') expect(food.diet.vegan).toBe('yes');
            if (food.kind === 'supplement') {
              expect(allowSupplements).toBe(true);
              expect(Number.isInteger(a.units)).toBe(true);
            }
          }
          const aboveBefore = new Set(
            before.weekGaps.filter((g) => g.status === 'aboveUpper').map((g) => g.nutrient),
          );
          for (const g of after.weekGaps.filter((x) => x.status === 'aboveUpper')) {
            expect(aboveBefore.has(g.nutrient), `${g.nutrient} above its upper limit`).toBe(true);
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
