/**
 * How many grams of each food a date range needs for the whole household: every planned item's
 * grams per eater × its number of eaters, recipes expanded into their ingredients in proportion to
 * the ingredient weights. Grams are conserved exactly (up to float addition): nothing is rounded
 * here, and a recipe that no longer exists is kept as its own line rather than dropped.
 */
import type { PlannedItem } from '../plan-rows';
import type { Eaters, RecipeRow } from '../../schemas/rows';

export interface Demand {
  /** Grams per food id, for every food named by an entry or a recipe ingredient. */
  readonly foods: ReadonlyMap<string, number>;
  /** Grams per recipe id for entries whose recipe was deleted: shown, never silently lost. */
  readonly missingRecipes: ReadonlyMap<string, number>;
}

/**
 * Eaters of one entry. "Everyone" is the household as it is now; a household with nobody set up
 * yet counts as one eater, so a first-week plan still yields a list.
 */
export function eaterCount(eaters: Eaters, householdSize: number): number {
  if (eaters === 'all') return Math.max(1, householdSize);
  return new Set(eaters).size;
}

function add(map: Map<string, number>, key: string, grams: number): void {
  map.set(key, (map.get(key) ?? 0) + grams);
}

/** Grams per food (and per missing recipe) for `items`, summed over everyone who eats them. */
export function sumDemand(
  items: readonly PlannedItem[],
  householdSize: number,
  recipes: ReadonlyMap<string, RecipeRow>,
): Demand {
  const foods = new Map<string, number>();
  const missingRecipes = new Map<string, number>();
  for (const item of items) {
    const grams = item.grams * eaterCount(item.eaters, householdSize);
    if (item.target.kind === 'food') {
      add(foods, item.target.foodId, grams);
      continue;
    }
    const recipe = recipes.get(item.target.recipeId);
    const recipeGrams = recipe?.ingredients.reduce((sum, i) => sum + i.grams, 0) ?? 0;
    if (!recipe || recipeGrams <= 0) {
      add(missingRecipes, item.target.recipeId, grams);
      continue;
    }
    for (const ingredient of recipe.ingredients) {
      add(foods, ingredient.foodId, (grams * ingredient.grams) / recipeGrams);
    }
  }
  return { foods, missingRecipes };
}
