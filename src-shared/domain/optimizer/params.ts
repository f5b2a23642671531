/**
 * The optimizer's defaults and weights. None of these is a nutrition figure: they are Cobalt's
 * planning choices (what counts as a reasonable addition), named here so the UI can show them.
 * Nutrient targets and upper limits come from the engine (targets.ts, reference/nutrition.md).
 */
import type { TargetNutrientId } from '../../base/target-types';
import type { OptimizerOptions } from './types';

/**
 * Nutrients the optimizer closes: the product brief's co-nutrients (product.md, "Cobalt is…"),
 * plus iodine and selenium, which a vegan week is most likely to lack (issue 15).
 * Energy is a budget, not a gap; fat, carbohydrate and fibre are outside the brief's focus.
 */
export const OPTIMIZED_NUTRIENTS: readonly TargetNutrientId[] = [
  'b12',
  'folateDfe',
  'b6',
  'magnesium',
  'ala',
  'epaDha',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
  'iodine',
  'selenium',
  'protein',
];

export const DEFAULT_OPTIMIZER_OPTIONS: OptimizerOptions = {
  allowSupplements: true,
  // Cobalt's choice: about a snack's worth (~15 % of a 2,000 kcal day), so closing gaps does not
  // turn into eating more; the user can raise it.
  energyBudgetKcalPerDay: 300,
  excludedFoodIds: [],
  // Cobalt's choice: three typical portions of one food a day, never more than 500 g (the same
  // 500 g ceiling suggestFoods uses for a single suggestion).
  maxPortionsPerDay: 3,
  maxGramsPerDay: 500,
  // suggestFoods' default ceiling for supplements (2 units per addition).
  maxUnitsPerDay: 2,
  // Candidate pruning: the best 6 foods per gap nutrient by density per kcal and 6 by density per
  // typical portion (and 6 supplements), so the model stays small over the whole 8,000-food table.
  candidatesPerNutrient: 6,
};

/** Smallest amount of a food worth adding at one meal (Cobalt's choice: about a teaspoon). */
export const MIN_ADDITION_GRAMS = 5;

/**
 * Objective weights: minimise Σ USE·y (distinct foods) + Σ (GRAM·g + KCAL·kcal + UNIT·units).
 * The per-amount terms are kept below USE at any allowed amount (500 g and 300 kcal cost 0.65),
 * so one more food is never cheaper than more of a food already chosen.
 */
export const WEIGHT_USE = 1;
/**
 * Each point of a food's kind penalty (suggestion-traits.ts: rarity, brand, raw animal food,
 * processed …) adds this share to its use cost, so a common food wins over a rarity that does the
 * same (Cobalt's choice, as in the suggestions' ranking).
 */
export const WEIGHT_KIND = 0.5;
export const WEIGHT_GRAM = 0.001;
export const WEIGHT_KCAL = 0.0005;
export const WEIGHT_UNIT = 0.05;

/**
 * Breakpoints (µg of effective B12 added to one eating occasion per day) for the piecewise-linear
 * lower bound of the saturable absorption model (b12-model.ts). Dense where the curve bends
 * (around K = 1.53 µg), sparse in the nearly linear passive range. The last one caps the dose per
 * occasion: beyond it the chord would no longer be a lower bound.
 */
export const B12_BREAKPOINTS_UG: readonly number[] = [
  0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 25, 40, 60, 100, 200, 500, 1000, 2000,
];

/**
 * B12 ingested per day above which the engine raises its high-dose note (VeganHealth.org 2020,
 * reference §4, §6.7; diet-rules.ts `b12.highDose`): the optimizer stays below it.
 */
export const B12_HIGH_DOSE_UG_PER_DAY = 1000;

/**
 * B12 margin: the central estimate is raised to this multiple of the target, so that the low end
 * of the range (central ÷ the model's uncertainty factor, 1.25 near meal-sized doses; b12-model.ts,
 * reference §3a: ODS 56 % of 1 µg against the model's 50 %) reaches the target. The engine then
 * checks the low end itself (optimize.ts re-solves while it falls short).
 */
export const B12_LOW_END_FACTOR = 1.25;

/** Upper limits are met with this share of their headroom, so rounding up grams cannot cross them. */
export const UPPER_LIMIT_MARGIN = 0.98;

/** Relaxed values used only to test which family makes an infeasible model feasible. */
/**
 * Relaxed limits used only to test which family stands in the way. Moderate on purpose: a gap that
 * needs 2 kg of seaweed a day is not one "allow larger portions" should be suggested for.
 */
export const RELAXED = {
  energyBudgetKcalPerDay: 1000,
  maxGramsPerDay: 1000,
  maxPortionsPerDay: 6,
  maxUnitsPerDay: 4,
  servingScale: 2,
} as const;

/** When the engine still finds a targeted gap open after solving, re-solve with a bigger need. */
export const MAX_VERIFY_ROUNDS = 3;

/** The energy budget the user may give "Close the gaps" (kcal a day), as the field allows. */
export const ENERGY_BUDGET_RANGE = { min: 1, max: 2000 } as const;

/** Why an energy budget cannot be used, or null. A budget of 0 or less would let nothing in. */
export function energyBudgetProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return 'Enter an energy budget in kcal a day, e.g. 300';
  if (value <= 0)
    return 'The energy budget must be more than 0 kcal a day: additions need some energy';
  if (value > ENERGY_BUDGET_RANGE.max)
    return `The energy budget can be at most ${ENERGY_BUDGET_RANGE.max} kcal a day`;
  return null;
}
