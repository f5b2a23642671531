/**
 * What the quick add offers for a query: the user's recipes whose name holds every typed word,
 * then the catalog's fuzzy search over foods and supplements — and a first amount to type over.
 */
import { foodAmountSubject, recipeAmountSubject, type AmountSubject } from '@shared/domain/amount';
import type { Food } from '@shared/schemas/food';
import type { EntryTarget, RecipeRow } from '@shared/schemas/rows';
import type { FoodSearch } from '@shared/search/types';

export interface AddOption {
  readonly key: string;
  readonly name: string;
  readonly detail: string;
  readonly target: EntryTarget;
  readonly subject: AmountSubject;
}

const FOOD_LIMIT = 8;
const RECIPE_LIMIT = 3;

export function foodOption(food: Food): AddOption {
  const kind = food.kind === 'food' ? food.groupName : 'Supplement';
  return {
    key: `food:${food.id}`,
    name: food.name,
    detail: `${kind}${food.fortified ? ' · B12 fortified' : ''}`,
    target: { kind: 'food', foodId: food.id },
    subject: foodAmountSubject(food),
  };
}

export function recipeOption(recipe: RecipeRow): AddOption {
  return {
    key: `recipe:${recipe.id}`,
    name: recipe.name,
    detail: `Recipe · ${recipe.servings} serving${recipe.servings === 1 ? '' : 's'}`,
    target: { kind: 'recipe', recipeId: recipe.id },
    subject: recipeAmountSubject(recipe),
  };
}

export function addOptions(
  query: string,
  recipes: readonly RecipeRow[],
  search: FoodSearch,
  getFood: (id: string) => Food | undefined,
): AddOption[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const fromRecipes = recipes
    .filter((r) => words.every((w) => r.name.toLowerCase().includes(w)))
    .slice(0, RECIPE_LIMIT)
    .map(recipeOption);
  const fromFoods = search
    .search(query, { limit: FOOD_LIMIT })
    .map((hit) => getFood(hit.id))
    .filter((f): f is Food => f !== undefined)
    .map(foodOption);
  return [...fromRecipes, ...fromFoods];
}

/** A starting amount the user can accept or type over. */
export function suggestedAmount(subject: AmountSubject): string {
  if (subject.type === 'recipe') return '1 serving';
  const first = subject.portions[0];
  if (subject.kind !== 'food') return `1 ${first?.unit ?? 'tablet'}`;
  return first ? `${first.amount} ${first.unit}` : '100 g';
}
