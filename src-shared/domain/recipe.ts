/**
 * A recipe's nutrition, worked out from its ingredients: grams and nutrients per serving with
 * coverage, diet status, and which ingredients' B12 is not counted. Pure.
 *
 * Each ingredient goes through the engine's own `entryIntake`, exactly as the planner's expansion
 * of a recipe into one entry per ingredient will, so a recipe shows the same numbers here as on
 * the plan (pseudo-B12 counted as a known 0, unknown values left out and reported as coverage).
 */
import type { DietFlags, DietStatus, Food } from '../schemas/food';
import type { Ingredient } from '../schemas/rows';
import { foodGetter, type FoodCollection } from './food-lookup';
import { entryIntake } from './intake';
import { NUTRIENT_IDS } from '../base/nutrients';
import { TARGET_NUTRIENT_IDS, type TargetNutrientId } from '../base/target-types';
import { sumEntries } from './totals';

/** What `recipeNutrition` needs of a recipe (a draft being edited qualifies). */
export interface RecipeParts {
  readonly servings: number;
  readonly ingredients: readonly Ingredient[];
}

export interface ServingNutrient {
  /** Sum of the known amounts per serving; null when no ingredient's value is known. */
  readonly value: number | null;
  /** Share of the recipe's grams whose value is known (0–1); null for an empty recipe. */
  readonly coverage: number | null;
}

export interface RecipeNutrition {
  /** Grams of the whole recipe (injections are not eaten and are left out). */
  readonly totalGrams: number;
  readonly gramsPerServing: number;
  readonly perServing: { readonly [K in TargetNutrientId]: ServingNutrient };
  /** Counted B12 per serving, split as the absorption model sees it (µg). */
  readonly b12: { readonly foodBoundUg: number; readonly crystallineUg: number };
  /** Ingredients whose food is not in the table (deleted custom food): counted as unknown. */
  readonly missingFoodIds: readonly string[];
}

export interface PseudoB12Ingredient {
  readonly foodId: string;
  readonly foodName: string;
  readonly reason: string;
}

/** A food with nothing known, standing in for a missing one so its grams still count as unknown. */
function unknownFood(id: string): Food {
  return {
    id,
    source: 'custom',
    kind: 'food',
    ndb: null,
    description: id,
    name: id,
    group: 'CUSTOM',
    groupName: 'Unknown',
    nutrients: Object.fromEntries(NUTRIENT_IDS.map((n) => [n, null])) as Food['nutrients'],
    portions: [],
    diet: { vegan: 'unknown', vegetarian: 'unknown', pescatarian: 'unknown' },
    b12: { credited: true, reason: null },
    fortified: false,
    unitGrams: null,
    note: null,
    citation: null,
  };
}

/** Grams of the whole recipe: the sum of its ingredients. */
export function recipeTotalGrams(recipe: Pick<RecipeParts, 'ingredients'>): number {
  return recipe.ingredients.reduce((sum, i) => sum + i.grams, 0);
}

/** Grams in one serving; a plan entry of n servings is n × this per eater. */
export function recipeGramsPerServing(recipe: RecipeParts): number {
  return recipe.servings > 0 ? recipeTotalGrams(recipe) / recipe.servings : 0;
}

/**
 * The grams of each ingredient one eater eats when a plan entry gives them `gramsPerEater` of
 * the recipe: the planner's expansion of a recipe entry into ingredient entries.
 */
export function ingredientGramsForPortion(
  recipe: Pick<RecipeParts, 'ingredients'>,
  gramsPerEater: number,
): { foodId: string; grams: number }[] {
  const total = recipeTotalGrams(recipe);
  if (!(total > 0)) return [];
  return recipe.ingredients.map((i) => ({
    foodId: i.foodId,
    grams: (i.grams * gramsPerEater) / total,
  }));
}

/** Nutrients per serving with coverage, from the ingredients' per-100 g values. */
export function recipeNutrition(recipe: RecipeParts, foods: FoodCollection): RecipeNutrition {
  const getFood = foodGetter(foods);
  const missing: string[] = [];
  const intakes = recipe.ingredients.map((ingredient, i) => {
    const food = getFood(ingredient.foodId);
    if (food === undefined) missing.push(ingredient.foodId);
    return entryIntake(
      {
        id: `ingredient-${i}`,
        date: '2000-01-01',
        time: '12:00',
        slotId: 'recipe',
        foodId: ingredient.foodId,
        grams: ingredient.grams,
        eaters: ['recipe'],
        recipeId: null,
        label: null,
      },
      food ?? unknownFood(ingredient.foodId),
      0,
      0,
    );
  });
  const totals = sumEntries(intakes);
  const servings = recipe.servings > 0 ? recipe.servings : Number.NaN;
  const perServing = Object.fromEntries(
    TARGET_NUTRIENT_IDS.map((id) => {
      const t = totals.nutrients[id];
      const value = t.knownGrams > 0 ? t.value / servings : null;
      return [
        id,
        { value: value !== null && Number.isFinite(value) ? value : null, coverage: t.coverage },
      ];
    }),
  ) as RecipeNutrition['perServing'];
  return {
    totalGrams: totals.totalGrams,
    gramsPerServing: Number.isFinite(servings) ? totals.totalGrams / servings : 0,
    perServing,
    b12: {
      foodBoundUg: Number.isFinite(servings) ? totals.b12.foodBoundUg / servings : 0,
      crystallineUg: Number.isFinite(servings) ? totals.b12.crystallineUg / servings : 0,
    },
    missingFoodIds: [...new Set(missing)],
  };
}

function combine(statuses: readonly DietStatus[]): DietStatus {
  if (statuses.length === 0) return 'unknown';
  if (statuses.includes('no')) return 'no';
  return statuses.every((s) => s === 'yes') ? 'yes' : 'unknown';
}

/**
 * Diet status from the ingredients, per diet: 'no' if any ingredient is 'no', 'yes' only if every
 * ingredient is 'yes', otherwise 'unknown' (a missing food is unknown).
 */
export function recipeDiet(ingredients: readonly Ingredient[], foods: FoodCollection): DietFlags {
  const getFood = foodGetter(foods);
  const flags = ingredients.map((i) => getFood(i.foodId)?.diet ?? null);
  const pick = (key: keyof DietFlags) =>
    combine(flags.map((f) => (f === null ? 'unknown' : f[key])));
  return { vegan: pick('vegan'), vegetarian: pick('vegetarian'), pescatarian: pick('pescatarian') };
}

/** Ingredients whose B12 is pseudo-B12 and not counted (reference §6.1), once per food. */
export function recipePseudoB12(
  ingredients: readonly Ingredient[],
  foods: FoodCollection,
): PseudoB12Ingredient[] {
  const getFood = foodGetter(foods);
  const seen = new Set<string>();
  const result: PseudoB12Ingredient[] = [];
  for (const { foodId } of ingredients) {
    const food = getFood(foodId);
    if (food === undefined || food.b12.credited || seen.has(foodId)) continue;
    seen.add(foodId);
    result.push({
      foodId,
      foodName: food.name,
      reason: food.b12.reason ?? 'Not a reliable B12 source (reference §6.1).',
    });
  }
  return result;
}
