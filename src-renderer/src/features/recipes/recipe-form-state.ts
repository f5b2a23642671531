/**
 * The recipe editor's state (name, servings and amounts as typed) and its conversion to a recipe
 * draft: each amount is parsed against its food's portions, the draft is checked with the stored
 * row's schema, and every problem becomes a message at its field.
 */
import { formatEnteredAmount, parseAmount, type AmountSubject } from '@shared/domain/amount';
import type { Food } from '@shared/schemas/food';
import { recipeRowSchema, type Ingredient, type RecipeRow } from '@shared/schemas/rows';
import type { RecipeDraft } from '../../data/recipes-repo';
import { messagesByField, type PathMessage } from '../../lib/form-messages';

export interface IngredientLine {
  /** Stable key for the list (a food may appear twice). */
  key: string;
  foodId: string;
  /** As typed: "200 g", "1 cup", "2 medium". */
  amount: string;
}

export interface RecipeFormState {
  name: string;
  servings: string;
  lines: IngredientLine[];
  note: string;
}

export function emptyRecipeState(): RecipeFormState {
  return { name: '', servings: '4', lines: [], note: '' };
}

export function stateFromRecipe(recipe: RecipeRow): RecipeFormState {
  return {
    name: recipe.name,
    servings: String(recipe.servings),
    lines: recipe.ingredients.map((i, n) => ({
      key: `line-${n}`,
      foodId: i.foodId,
      amount: formatEnteredAmount(i.quantity, i.unit),
    })),
    note: recipe.note,
  };
}

export function amountSubject(food: Food): AmountSubject {
  return {
    type: 'food',
    name: food.name,
    kind: food.kind,
    portions: food.portions,
    unitGrams: food.unitGrams,
  };
}

export interface RecipeDraftResult {
  readonly draft: RecipeDraft;
  /** The lines that parse, as ingredients: enough to show nutrients while typing. */
  readonly ingredients: readonly Ingredient[];
  /** Grams of each line whose amount parses, by line key. */
  readonly lineGrams: Readonly<Record<string, number>>;
  /** Field path → message: "name", "servings", "lines.<key>" for an amount. */
  readonly errors: Record<string, string>;
}

const LABELS: Record<string, string> = { name: 'Name', servings: 'Servings', note: 'Note' };

export function draftFromRecipeState(
  s: RecipeFormState,
  getFood: (id: string) => Food | undefined,
): RecipeDraftResult {
  const issues: PathMessage[] = [];
  const ingredients: Ingredient[] = [];
  const lineGrams: Record<string, number> = {};
  for (const line of s.lines) {
    const food = getFood(line.foodId);
    if (!food) {
      issues.push({
        path: `lines.${line.key}`,
        message: 'This food is no longer in the table; remove it',
      });
      continue;
    }
    const parsed = parseAmount(line.amount, amountSubject(food));
    if (!parsed.ok) issues.push({ path: `lines.${line.key}`, message: parsed.message });
    else {
      ingredients.push({
        foodId: food.id,
        quantity: parsed.quantity,
        unit: parsed.unit,
        grams: parsed.grams,
      });
      lineGrams[line.key] = parsed.grams;
    }
  }
  const servingsText = s.servings.trim().replace(',', '.');
  const draft: RecipeDraft = {
    name: s.name.trim(),
    servings: /^\d*\.?\d+$/.test(servingsText) ? Number(servingsText) : Number.NaN,
    ingredients,
    note: s.note.trim(),
  };
  const checked = recipeRowSchema.safeParse({ ...draft, id: 'draft' });
  if (!checked.success) {
    for (const i of checked.error.issues) {
      // Amount problems are already reported on their lines.
      if (i.path[0] === 'ingredients' && i.path.length > 1) continue;
      issues.push({ path: i.path.map(String).join('.'), message: i.message });
    }
  }
  return { draft, ingredients, lineGrams, errors: messagesByField(issues, (p) => LABELS[p]) };
}
