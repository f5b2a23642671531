/**
 * B12 bioavailability by food source, where the reference gives a figure (reference/nutrition.md
 * §3a): Watanabe 2007 (Exp Biol Med 232:1266, abstract) reports absorption of B12 from fish 42 %,
 * sheep meat 56–89 %, chicken 61–66 % and eggs < 9 %.
 *
 * The model (b12-model.ts) already counts food-bound B12 at about 50 % of a meal-sized dose — IOM's
 * planning assumption for dietary B12 (IOM 1998 p. 309) and the model's own 50 % of 1 µg. So each
 * figure becomes a factor relative to that 50 %, applied to the food-bound B12 before it enters the
 * model: eggs 9 / 50 = 0.18 (the top of "< 9 %"), fish 42 / 50 = 0.84. Meat (56–89 %, 61–66 %) is
 * at or above 50 %, so it keeps factor 1: Cobalt does not raise it (the high end of the range
 * already follows Doets 2013). Other foods, recipes and custom foods keep factor 1.
 */
import type { Food } from '../schemas/food';

/** The share of a meal-sized food dose the model counts, which Watanabe's figures are set against. */
export const MODEL_MEAL_ABSORPTION = 0.5;

export interface B12Bioavailability {
  readonly source: 'egg' | 'fish';
  /** Multiplies the food-bound B12 before it enters the model (1 = as crystalline). */
  readonly factor: number;
  /** Plain-language note for the food and the B12 report. */
  readonly note: string;
  readonly citation: string;
}

const CITATION = 'Watanabe 2007, Exp Biol Med 232:1266 (reference §3a); IOM 1998 p. 309';

export const B12_BIOAVAILABILITY: Readonly<Record<'egg' | 'fish', B12Bioavailability>> = {
  egg: {
    source: 'egg',
    factor: 0.09 / MODEL_MEAL_ABSORPTION,
    note:
      'B12 in eggs is poorly absorbed (under 9 %, against about 50 % from other foods), so Cobalt ' +
      'counts 18 % of what it would count from meat or milk.',
    citation: CITATION,
  },
  fish: {
    source: 'fish',
    factor: 0.42 / MODEL_MEAL_ABSORPTION,
    note:
      'B12 in fish is absorbed at about 42 %, a little below the 50 % assumed for food, so Cobalt ' +
      'counts 84 % of it.',
    citation: CITATION,
  },
};

/** Egg foods: "Egg, whole, …", "Egg, yolk, …", "Eggs, scrambled …", "Egg substitute …". */
const EGG = /^eggs?\b(?!nog)/i;
/** Finfish: SR28 names them "Fish, …" (shellfish are "Crustaceans, …" and "Mollusks, …"). */
const FISH = /^fish\b(?! oil)/i;
const EGG_GROUPS = new Set(['0100', '3500']);
const FISH_GROUPS = new Set(['1500', '3500']);

/** The bioavailability factor that applies to this food's food-bound B12, or null (factor 1). */
export function b12Bioavailability(
  food: Pick<Food, 'source' | 'group' | 'description'>,
): B12Bioavailability | null {
  if (food.source !== 'sr28') return null;
  if (EGG_GROUPS.has(food.group) && EGG.test(food.description)) return B12_BIOAVAILABILITY.egg;
  if (FISH_GROUPS.has(food.group) && FISH.test(food.description)) return B12_BIOAVAILABILITY.fish;
  return null;
}
