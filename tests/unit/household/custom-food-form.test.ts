import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customFoodFromForm,
  customFoodToForm,
  emptyCustomFoodForm,
  LABEL_NUTRIENT_IDS,
  type CustomFoodForm,
  type LabelNutrientId,
} from '@shared/schemas/custom-food-form';
import { foodSchema, type Food } from '@shared/schemas/food';

const ID = 'custom:test-1';

function form(
  over: Partial<Omit<CustomFoodForm, 'values'>> & {
    values?: Partial<Record<LabelNutrientId, string>>;
  } = {},
): CustomFoodForm {
  const base = emptyCustomFoodForm();
  const { values, ...rest } = over;
  return { ...base, name: 'Oat drink', ...rest, values: { ...base.values, ...values } };
}

function food(f: CustomFoodForm): Food {
  const result = customFoodFromForm(f, ID);
  if (!result.ok) throw new Error(`expected a food, got ${JSON.stringify(result.issues)}`);
  return result.food;
}

function issues(f: CustomFoodForm): Record<string, string> {
  const result = customFoodFromForm(f, ID);
  if (result.ok) throw new Error('expected issues, got a food');
  return Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
}

describe('custom food from a label', () => {
  it('converts per-serving values to per 100 g and adds a serving portion', () => {
    const oatDrink = food(
      form({
        servingGrams: '250',
        values: { energy: '115', protein: '2.5', calcium: '300', b12: '0.95' },
        fortified: true,
        diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
        portions: '1 glass = 200 g',
      }),
    );
    expect(oatDrink.nutrients).toMatchObject({
      energy: 46,
      protein: 1,
      calcium: 120,
      b12: 0.38,
      b12Added: 0.38,
    });
    expect(oatDrink.portions).toEqual([
      { amount: 1, unit: 'serving', grams: 250 },
      { amount: 1, unit: 'glass', grams: 200 },
    ]);
    expect(oatDrink).toMatchObject({
      id: ID,
      source: 'custom',
      kind: 'food',
      group: 'CUSTOM',
      groupName: 'My foods',
      fortified: true,
      unitGrams: null,
      b12: { credited: true, reason: null },
    });
    expect(foodSchema.parse(oatDrink)).toEqual(oatDrink);
  });

  it('blank is unknown (null), 0 is zero, per 100 g stays as typed', () => {
    const f = food(form({ basis: 'per100g', values: { energy: '0', protein: ' 12.5 ', b12: '' } }));
    expect(f.nutrients.energy).toBe(0);
    expect(f.nutrients.protein).toBe(12.5);
    expect(f.nutrients.b12).toBeNull();
    expect(f.nutrients.b12Added).toBeNull(); // B12 unknown: added B12 unknown too
    expect(f.nutrients.vitaminD).toBeNull();
    expect(f.portions).toEqual([]);
  });

  it('an unfortified food with known B12 has none added', () => {
    const f = food(form({ basis: 'per100g', values: { b12: '0.5' } }));
    expect(f.nutrients).toMatchObject({ b12: 0.5, b12Added: 0 });
    expect(f.fortified).toBe(false);
  });

  it('a supplement is per tablet with a nominal 1 g unit', () => {
    const s = food(
      form({ kind: 'supplement', unit: 'tablet', values: { b12: '1000', folicAcid: '400' } }),
    );
    expect(s).toMatchObject({ kind: 'supplement', unitGrams: 1, fortified: true });
    expect(s.nutrients).toMatchObject({ b12: 100_000, b12Added: 100_000, folicAcid: 40_000 });
    expect(s.portions).toEqual([{ amount: 1, unit: 'tablet', grams: 1 }]);
  });

  it('pseudo-B12 is stored as not credited', () => {
    const s = food(form({ kind: 'supplement', pseudoB12: true, values: { b12: '2' } }));
    expect(s.b12.credited).toBe(false);
    expect(s.fortified).toBe(false);
    expect(s.nutrients.b12Added).toBe(0);
  });

  it('reads label numbers: decimal comma, thousands comma, fractions', () => {
    const f = food(
      form({ basis: 'per100g', values: { protein: '1,5', calcium: '1,000', iron: '½' } }),
    );
    expect(f.nutrients).toMatchObject({ protein: 1.5, calcium: 1000, iron: 0.5 });
  });
});

describe('field messages', () => {
  it('negative, non-numeric and absurd values, each at its field', () => {
    expect(
      issues(
        form({
          basis: 'per100g',
          values: { protein: '120', energy: '950', fat: '-3', iron: 'lots', calcium: '5 mg' },
        }),
      ),
    ).toEqual({
      'values.energy':
        'Energy works out at 950 kcal per 100 g, which is impossible; check the value and the serving size',
      'values.protein':
        'Protein works out at 120 g per 100 g, which is impossible; check the value and the serving size',
      'values.fat': 'Fat cannot be negative',
      'values.iron': 'Iron must be a number, e.g. 12.5',
      'values.calcium': 'Calcium must be a number, e.g. 12.5',
    });
  });

  it('a per-serving value heavier than the serving is refused, naming both', () => {
    expect(issues(form({ servingGrams: '30', values: { protein: '40' } }))).toEqual({
      'values.protein':
        'Protein works out at 133.3 g per 100 g (40 g in 30 g), which is impossible; check the value and the serving size',
    });
  });

  it('serving size: required, more than 0, at most 5 kg, a number', () => {
    expect(issues(form({ servingGrams: '' })).servingGrams).toBe(
      'Enter the serving size in grams, as on the label',
    );
    expect(issues(form({ servingGrams: '0' })).servingGrams).toBe(
      'The serving size must be more than 0 g',
    );
    expect(issues(form({ servingGrams: '6000' })).servingGrams).toBe(
      'A serving over 5 kg is surely a typo',
    );
    expect(issues(form({ servingGrams: 'a cup' })).servingGrams).toBe(
      'The serving size must be a number, e.g. 12.5',
    );
    expect(issues(form({ servingGrams: '-30' })).servingGrams).toBe(
      'The serving size cannot be negative',
    );
  });

  it('name, portions, diet consistency, fortified without B12, both B12 kinds', () => {
    expect(
      issues(
        form({
          name: '  ',
          basis: 'per100g',
          portions: '1 slice = 30 g\n1 slice 30\n2 cups = 0 g',
          diet: { vegan: 'yes', vegetarian: 'no', pescatarian: 'no' },
          fortified: true,
          pseudoB12: true,
        }),
      ),
    ).toEqual({
      name: 'Give the food a name',
      portions: 'Line 3 (“2 cups = 0 g”): the amount and the grams must be more than 0',
      'diet.vegetarian': 'A vegan food is also vegetarian',
      'diet.pescatarian': 'A vegan or vegetarian food also fits a pescatarian diet',
      'values.b12': 'Enter the vitamin B12 on the label: the food is marked as fortified',
      pseudoB12:
        'B12 cannot be both added (counted) and from algae or fermentation (not counted); pick one',
    });
    // Both bad portion lines are reported (the map above keeps the last one per field).
    const result = customFoodFromForm(form({ basis: 'per100g', portions: 'x\n1 slice 30' }), ID);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Line 1 (“x”): write a portion as “1 slice = 30 g”',
      'Line 2 (“1 slice 30”): write a portion as “1 slice = 30 g”',
    ]);
  });

  it('a supplement value a tablet cannot hold is refused', () => {
    expect(issues(form({ kind: 'supplement', values: { calcium: '20000' } }))).toEqual({
      'values.calcium': '20000 mg per tablet is more than a tablet can hold; check the label',
    });
  });
});

describe('properties', () => {
  // As people type them: serving sizes to 0.1 g, values to 3 decimals.
  const serving = fc.integer({ min: 1, max: 50_000 }).map((tenths) => tenths / 10);
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });

  it('per serving → per 100 g is value × 100 / serving, and converts back', () => {
    fc.assert(
      fc.property(serving, fraction, (grams, share) => {
        // Protein up to the serving's own weight, so the value is always plausible.
        const protein = Math.floor(share * grams * 1000) / 1000;
        const f = food(form({ servingGrams: String(grams), values: { protein: String(protein) } }));
        const per100 = f.nutrients.protein!;
        expect(per100).toBeCloseTo((protein * 100) / grams, 9);
        expect((per100 * grams) / 100).toBeCloseTo(protein, 6);
        const back = customFoodToForm(f);
        expect(back.basis).toBe('perServing');
        expect(Number(back.servingGrams)).toBeCloseTo(grams, 6);
        expect(Number(back.values.protein)).toBeCloseTo(protein, 6);
      }),
    );
  });

  it('blank fields are null and filled fields are numbers, for any subset of fields', () => {
    fc.assert(
      fc.property(fc.subarray([...LABEL_NUTRIENT_IDS]), (filled) => {
        const values = Object.fromEntries(filled.map((id) => [id, '0.5']));
        const f = food(form({ basis: 'per100g', values }));
        for (const id of LABEL_NUTRIENT_IDS) {
          expect(f.nutrients[id]).toBe(filled.includes(id) ? 0.5 : null);
        }
      }),
    );
  });

  it('any typed text gives either a valid food or messages at known fields, never a throw', () => {
    const fields = [
      'name',
      'servingGrams',
      'portions',
      ...LABEL_NUTRIENT_IDS.map((id) => `values.${id}`),
    ];
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom(...LABEL_NUTRIENT_IDS),
        (servingText, valueText, id) => {
          const result = customFoodFromForm(
            form({ servingGrams: servingText, values: { [id]: valueText } }),
            ID,
          );
          if (result.ok) expect(foodSchema.safeParse(result.food).success).toBe(true);
          else for (const issue of result.issues) expect(fields).toContain(issue.path);
        },
      ),
    );
  });
});
