import { describe, expect, it } from 'vitest';
import {
  ingredientGramsForPortion,
  recipeDiet,
  recipeGramsPerServing,
  recipeNutrition,
  recipePseudoB12,
} from '@shared/domain/recipe';
import type { Food } from '@shared/schemas/food';
import type { Ingredient } from '@shared/schemas/rows';
import { makeFood } from '../../helpers/foods';

const oats = makeFood('sr:08120', {
  name: 'Oats',
  nutrients: { energy: 379, protein: 13.15, iron: 4.25, b12: 0, calcium: null, epa: 0, dha: 0 },
  diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
});
const soyMilk = makeFood('sr:16139', {
  name: 'Soymilk, fortified',
  fortified: true,
  nutrients: { energy: 43, protein: 2.6, iron: 0.42, b12: 1.1, b12Added: 1.1, calcium: 123 },
  diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
});
const milk = makeFood('sr:01077', {
  name: 'Milk',
  nutrients: { energy: 61, protein: 3.15, b12: 0.45, calcium: 113 },
  diet: { vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' },
});
const spirulina = makeFood('sr:11667', {
  name: 'Spirulina, dried',
  nutrients: { energy: 290, b12: 0, iron: 28.5 },
  b12: { credited: false, reason: 'Spirulina contains mostly inactive B12 analogues.' },
  diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
});
const honey = makeFood('cur:honey', {
  name: 'Honey',
  diet: { vegan: 'unknown', vegetarian: 'yes', pescatarian: 'yes' },
});
const foods = new Map<string, Food>([oats, soyMilk, milk, spirulina, honey].map((f) => [f.id, f]));
const ing = (foodId: string, grams: number): Ingredient => ({
  foodId,
  quantity: grams,
  unit: 'g',
  grams,
});

describe('recipe nutrients per serving', () => {
  it('adds each ingredient per 100 g × grams and divides by servings', () => {
    const porridge = { servings: 2, ingredients: [ing(oats.id, 80), ing(soyMilk.id, 400)] };
    const n = recipeNutrition(porridge, foods);
    expect(n.totalGrams).toBe(480);
    expect(n.gramsPerServing).toBe(240);
    expect(recipeGramsPerServing(porridge)).toBe(240);
    expect(n.perServing.energy.value).toBeCloseTo((379 * 0.8 + 43 * 4) / 2, 10);
    expect(n.perServing.iron.value).toBeCloseTo((4.25 * 0.8 + 0.42 * 4) / 2, 10);
    expect(n.perServing.energy.coverage).toBe(1);
    // Soy milk's B12 is added (crystalline); oats have none.
    expect(n.b12.crystallineUg).toBeCloseTo(2.2, 10);
    expect(n.b12.foodBoundUg).toBe(0);
  });

  it('unknown stays unknown: null when no ingredient knows it, partial coverage otherwise', () => {
    const n = recipeNutrition(
      { servings: 1, ingredients: [ing(oats.id, 50), ing(honey.id, 50)] },
      foods,
    );
    // Oats' calcium is unknown and honey knows nothing: never shown as 0.
    expect(n.perServing.calcium).toEqual({ value: null, coverage: 0 });
    expect(n.perServing.vitaminD.value).toBeNull();
    expect(n.perServing.energy.value).toBeCloseTo(189.5, 10);
    expect(n.perServing.energy.coverage).toBe(0.5);
    // EPA + DHA is known for oats (both parts known).
    expect(n.perServing.epaDha).toEqual({ value: 0, coverage: 0.5 });
  });

  it('a missing food counts as unknown grams and is reported', () => {
    const n = recipeNutrition(
      { servings: 2, ingredients: [ing(oats.id, 100), ing('custom:gone', 100)] },
      foods,
    );
    expect(n.missingFoodIds).toEqual(['custom:gone']);
    expect(n.totalGrams).toBe(200);
    expect(n.perServing.protein.value).toBeCloseTo(13.15 / 2, 10);
    expect(n.perServing.protein.coverage).toBe(0.5);
  });

  it('pseudo-B12 ingredients count as a known 0 B12 and are named', () => {
    const smoothie = [ing(spirulina.id, 10), ing(milk.id, 250)];
    const n = recipeNutrition({ servings: 1, ingredients: smoothie }, foods);
    expect(n.perServing.b12.value).toBeCloseTo(0.45 * 2.5, 10);
    expect(n.perServing.b12.coverage).toBe(1);
    expect(recipePseudoB12(smoothie, foods)).toEqual([
      {
        foodId: spirulina.id,
        foodName: 'Spirulina, dried',
        reason: 'Spirulina contains mostly inactive B12 analogues.',
      },
    ]);
    expect(recipePseudoB12([ing(oats.id, 1)], foods)).toEqual([]);
  });

  it('expands a planned portion into ingredient grams in proportion', () => {
    const recipe = { ingredients: [ing(oats.id, 80), ing(soyMilk.id, 400)] };
    const parts = ingredientGramsForPortion(recipe, 240);
    expect(parts.map((p) => p.foodId)).toEqual([oats.id, soyMilk.id]);
    expect(parts[0]?.grams).toBeCloseTo(40, 10);
    expect(parts[1]?.grams).toBeCloseTo(200, 10);
  });
});

describe('recipe diet status from ingredients', () => {
  it('vegan only when every ingredient is vegan', () => {
    expect(recipeDiet([ing(oats.id, 1), ing(soyMilk.id, 1)], foods)).toEqual({
      vegan: 'yes',
      vegetarian: 'yes',
      pescatarian: 'yes',
    });
  });
  it('no when any ingredient is no, even next to an unknown one', () => {
    expect(recipeDiet([ing(honey.id, 1), ing(milk.id, 1)], foods).vegan).toBe('no');
    expect(recipeDiet([ing(oats.id, 1), ing(milk.id, 1)], foods)).toEqual({
      vegan: 'no',
      vegetarian: 'yes',
      pescatarian: 'yes',
    });
  });
  it('unknown when an ingredient is unknown or missing, and for no ingredients', () => {
    expect(recipeDiet([ing(oats.id, 1), ing(honey.id, 1)], foods).vegan).toBe('unknown');
    expect(recipeDiet([ing(oats.id, 1), ing('custom:gone', 1)], foods).vegetarian).toBe('unknown');
    expect(recipeDiet([], foods).vegan).toBe('unknown');
  });
});
