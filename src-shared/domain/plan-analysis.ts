/**
 * From the stored plan to the engine: planned items (entries and recurring occurrences) become the
 * engine's `PlanEntry` rows — recipes expanded into one entry per ingredient (grams per eater ×
 * the ingredient's share of the recipe), `eaters: 'all'` into every person, the time taken from
 * the meal slot — and the week is analysed. Items that cannot be analysed (a food or recipe that
 * is gone, nobody left to eat it) are reported, never dropped silently. Pure.
 */
import { analyzeWeek } from './analyze-week';
import type { WeekAnalysis } from './analysis-types';
import { foodGetter, type FoodCollection } from './food-lookup';
import type { PlannedItem } from './plan-rows';
import type { AnalysisSettings, PlanEntry } from '../schemas/plan';
import type { PersonProfile } from '../schemas/profile';
import type { MealSlot, RecipeRow } from '../schemas/rows';

export interface PlanContext {
  readonly foods: FoodCollection;
  readonly recipes: ReadonlyMap<string, RecipeRow>;
  readonly people: readonly PersonProfile[];
  readonly slots: readonly MealSlot[];
}

export interface PlanProblem {
  /** The planned item (entry id, or `<recurringId>@<date>`). */
  readonly itemId: string;
  readonly message: string;
}

/** Entries whose meal slot was removed from the settings are counted at midday. */
export const FALLBACK_TIME = '12:00';

/**
 * Who the badges and totals are computed for while the household is empty: a clearly labelled
 * adult, so the plan still shows B12 status before anyone is added. Female 19–50 on the DRI has
 * the highest adult iron target (18 mg) and the same B12 target as everyone else (2.4 µg), so no
 * gap is hidden by the choice (reference/nutrition.md §1a, IOM DRI tables). Never persisted.
 *
 * Written out with the profile's defaults rather than parsed at module load, which built the
 * profile schema on the start path (14 ms, issue 18); a unit test keeps it equal to
 * `personProfileSchema.parse` of its first five fields.
 */
export const DEFAULT_ADULT: PersonProfile = {
  id: 'default-adult',
  name: 'Default adult (add people)',
  ageYears: 30,
  sex: 'female',
  pregnancy: 'none',
  diet: 'omnivore',
  reference: 'dri',
  weightKg: null,
  metformin: false,
  acidSuppressants: false,
  epaDhaTargetMg: 250,
  targetOverrides: {},
  b12InjectionAbsorbedFraction: 0.1,
  over50Absorption: false,
  zincVegetarianIncrease: 0,
};

/** The people to analyse for: the household, or the default adult when it is empty. */
export function analysisPeople(people: readonly PersonProfile[]): readonly PersonProfile[] {
  return people.length > 0 ? people : [DEFAULT_ADULT];
}

/** Grams of the whole recipe (sum of its ingredients). */
export function recipeGrams(recipe: RecipeRow): number {
  return recipe.ingredients.reduce((sum, i) => sum + i.grams, 0);
}

export function toAnalysisEntries(
  items: readonly PlannedItem[],
  context: PlanContext,
): { entries: PlanEntry[]; problems: PlanProblem[] } {
  const getFood = foodGetter(context.foods);
  const times = new Map(context.slots.map((s) => [s.id, s.time]));
  const everyone = context.people.map((p) => p.id);
  const known = new Set(everyone);
  const entries: PlanEntry[] = [];
  const problems: PlanProblem[] = [];
  for (const item of items) {
    const eaters = item.eaters === 'all' ? everyone : item.eaters.filter((id) => known.has(id));
    if (eaters.length === 0) {
      problems.push({
        itemId: item.id,
        message: 'Nobody in the household eats this entry any more',
      });
      continue;
    }
    const base = {
      date: item.date,
      time: times.get(item.slotId) ?? FALLBACK_TIME,
      slotId: item.slotId,
      eaters,
    };
    if (item.target.kind === 'food') {
      if (getFood(item.target.foodId) === undefined) {
        problems.push({
          itemId: item.id,
          message: `Food ${item.target.foodId} is no longer in the food table`,
        });
        continue;
      }
      entries.push({
        ...base,
        id: item.id,
        foodId: item.target.foodId,
        grams: item.grams,
        recipeId: null,
        label: null,
      });
      continue;
    }
    const recipe = context.recipes.get(item.target.recipeId);
    if (recipe === undefined) {
      problems.push({ itemId: item.id, message: `Recipe ${item.target.recipeId} was deleted` });
      continue;
    }
    const total = recipeGrams(recipe);
    recipe.ingredients.forEach((ingredient, i) => {
      if (getFood(ingredient.foodId) === undefined) {
        problems.push({
          itemId: item.id,
          message: `${recipe.name}: ingredient ${ingredient.foodId} is no longer in the food table`,
        });
        return;
      }
      entries.push({
        ...base,
        id: `${item.id}~${i}`,
        foodId: ingredient.foodId,
        grams: (item.grams * ingredient.grams) / total,
        recipeId: recipe.id,
        label: recipe.name,
      });
    });
  }
  return { entries, problems };
}

/** Analyses one week of planned items for the household (or the default adult). */
export function analyzePlannedWeek(
  weekStart: string,
  items: readonly PlannedItem[],
  context: PlanContext,
  settings?: AnalysisSettings,
): { analysis: WeekAnalysis; problems: PlanProblem[] } {
  const people = analysisPeople(context.people);
  const { entries, problems } = toAnalysisEntries(items, { ...context, people });
  const analysis = analyzeWeek({
    weekStart,
    entries,
    people,
    foods: context.foods,
    ...(settings ? { settings } : {}),
  });
  return { analysis, problems };
}
