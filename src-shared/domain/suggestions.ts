/**
 * Foods that would close a gap, in amounts a person would add and ranked the way a dietitian would
 * suggest them (suggestion-ranking.ts): everyday staples before branded, sweet or specialty
 * products, little added energy per unit of gap closed, one food per family so the list is varied.
 * Amounts are the food's own household measures in halves (suggestion-portions.ts), at least a
 * sensible minimum (1 tbsp, ½ cup) and at most a sensible serving; an amount capped below the need
 * closes part of the gap. What each suggestion does to the gap is computed for the amount shown.
 *
 * A day's gap is closed by adding the amount that day; a week's gap by adding it every day
 * (shortfall ÷ 7). B12 is sized on absorption: each addition is its own eating occasion, so the dose
 * is the one whose absorbed amount covers the need (b12-model.ts), and food-bound B12 counts at the
 * person's release share. B12 foods are sized for two servings a day, at least 4 h apart, as in the
 * fortified-food strategy (reference §4; absorption saturates per meal, §3c); supplements for one
 * dose a day.
 */
import { absorbedFromDose, doseForAbsorbed } from '../base/b12-model';
import type { FoodB12Release } from './b12-absorption';
import type { B12StrategyId } from './b12-strategy';
import { fitsDiet, foodValues, type FoodCollection } from './food-lookup';
import { isAboveUpper, type NutrientGap } from './gaps';
import { amountLabel, chooseAmount, measureLabel, type ChosenAmount } from './suggestion-portions';
import {
  otherUpperPoints,
  pickVaried,
  scoreLowerBound,
  scoreOf,
  type Ranked,
} from './suggestion-ranking';
import { knownTraits, traitsOf } from './suggestion-traits';
import {
  safetyFilter,
  type SafetyOptions,
  type SafetyPerson,
  type SafetyRule,
} from './food-safety';
import { servingCapGrams } from './serving-bounds';
import type { Diet, TargetNutrientId } from '../base/target-types';
import type { Food } from '../schemas/food';

export interface SuggestOptions {
  /** Offer supplements too (default false: foods first). Injections are never offered. */
  readonly includeSupplements?: boolean;
  /** Never suggest more than this many grams of a food per addition (default 500). */
  readonly maxGrams?: number;
  /** Never suggest more than this many supplement units per addition (default 2). */
  readonly maxUnits?: number;
  /** 'portions' (default): the balanced ranking; 'kcal': the same, with every added kcal counted. */
  readonly rankBy?: 'portions' | 'kcal';
  /** How many to return (default 10). */
  readonly limit?: number;
  /** Food-bound B12 release for the person (default: normal absorption). */
  readonly b12Release?: FoodB12Release;
  /** Days the added amount is eaten on; defaults to 1 for a day's gap and 7 for a week's. */
  readonly days?: number;
  /**
   * Whom the fix is for: the safety rules of their life stage apply (food-safety.ts). Without it
   * only the rules for everyone apply.
   */
  readonly person?: SafetyPerson;
  readonly safety?: SafetyOptions;
}

export interface FoodSuggestion {
  readonly foodId: string;
  readonly foodName: string;
  readonly kind: Food['kind'];
  /** Grams per serving (whole grams; supplements: whole units × unit weight). */
  readonly grams: number;
  /** The household measure `grams` is counted in and how many of them (a multiple of ½; units). */
  readonly portionLabel: string;
  readonly portionGrams: number;
  readonly portions: number;
  /** The amount in words: "½ cup", "1 tbsp", "2 slices", "1 tablet", "40 g". */
  readonly amountLabel?: string;
  /** Energy of one serving, kcal; null when the food's energy is unknown. */
  readonly kcal: number | null;
  /** 'once' on the gap's day, 'daily' for a week's gap, 'weekly' for a weekly high dose. */
  readonly frequency: 'once' | 'daily' | 'weekly';
  /** Servings of `grams` per day: 2 for B12 foods (hours apart), otherwise 1. */
  readonly timesPerDay: 1 | 2;
  /** What one serving supplies (absorbed µg for B12). */
  readonly addedPerTime: number;
  readonly ratioBefore: number | null;
  /** The ratio after adding this amount; below 1 when a sensible amount closes only part of it. */
  readonly ratioAfter: number | null;
  /**
   * True for a supplement whose fit with the diet the table does not know (a softgel shell may be
   * gelatin, D3 is often from lanolin): offered so a vegan can choose a product labelled vegan.
   */
  readonly dietUnknown?: boolean;
  /**
   * The meal(s) the figures hold for, when the meal matters (B12: absorption saturates per meal):
   * fix-promise.ts computes `ratioAfter` with the engine for exactly this placement.
   */
  readonly slotIds?: readonly string[];
  /** The low end of the model's range after the fix (B12), as a ratio to the target. */
  readonly lowRatioAfter?: number | null;
  /** The evidence-based B12 strategy this fix implements (b12-strategy-fixes.ts). */
  readonly strategy?: B12StrategyId;
  /** The strategy and its dose in words, and where they come from. */
  readonly why?: string;
  readonly source?: string;
  /** The B12 source named: "cyanocobalamin, 25 µg a tablet". */
  readonly b12Source?: string;
}

const NORMAL_RELEASE: FoodB12Release = { central: 1, low: 0.5, high: 1, reduced: false };
/**
 * Most energy one suggestion may add a day, kcal: about a fifth of an adult's intake, so that a
 * suggestion is an addition, not a meal (Cobalt's choice).
 */
const MAX_ADDED_KCAL_PER_DAY = 400;
/**
 * A suggestion must close at least this share of the gap to be worth showing (Cobalt's choice).
 * A B12 source must close (nearly) all of it: the strategies of reference §4 rely on a reliable
 * source, and fortified foods and tablets that do so in a normal serving are never lacking.
 */
const MIN_COVERAGE = 0.2;
const MIN_COVERAGE_B12 = 0.9;

interface Context {
  readonly gap: NutrientGap;
  readonly diet: Diet;
  readonly includeSupplements: boolean;
  readonly maxGrams: number;
  readonly maxUnits: number;
  readonly days: number;
  readonly needPerDay: number;
  readonly release: FoodB12Release;
  readonly isB12: boolean;
  readonly minCoverage: number;
  /** Food-bound B12 counts against a food for a vegan or a person with reduced release. */
  readonly penaliseFoodBoundB12: boolean;
  readonly byKcal: boolean;
  /** The safety rule that leaves a food out, or null (food-safety.ts). */
  readonly unsafe: (food: Food) => SafetyRule | null;
}

/** A food that qualifies, with its amount and score; turned into a FoodSuggestion if picked. */
interface Candidate extends Ranked {
  readonly food: Food;
  readonly chosen: ChosenAmount;
  readonly timesPerDay: 1 | 2;
  readonly added: number;
  readonly dietUnknown: boolean;
}

function per100(food: Food, id: TargetNutrientId): number | null {
  if (id === 'epaDha') {
    const { epa, dha } = food.nutrients;
    return epa === null || dha === null ? null : epa + dha;
  }
  return food.nutrients[id];
}

/**
 * µg of B12 per gram that competes for intrinsic factor (crystalline + released food-bound), and
 * the share of it that is food-bound.
 */
function effectiveB12(food: Food, release: FoodB12Release): { perGram: number; foodBound: number } {
  const total = food.nutrients.b12;
  if (!food.b12.credited || total === null) return { perGram: 0, foodBound: 0 };
  if (food.kind === 'supplement') return { perGram: total / 100, foodBound: 0 };
  const added = food.nutrients.b12Added;
  const crystalline = added !== null ? Math.min(total, added) : food.fortified ? total : 0;
  const released = release.central * (total - crystalline);
  const effective = crystalline + released;
  return { perGram: effective / 100, foodBound: effective > 0 ? released / effective : 0 };
}

/** Supplements the table cannot place in the diet are offered with a label check, never foods. */
function dietFit(food: Food, diet: Diet): 'yes' | 'unknown' | 'no' {
  if (fitsDiet(food, diet)) return 'yes';
  return food.kind === 'supplement' && diet !== 'omnivore' && food.diet[diet] === 'unknown'
    ? 'unknown'
    : 'no';
}

/** What one serving of `grams` supplies (absorbed µg for B12: one eating occasion). */
function addedBy(perGram: number, grams: number, isB12: boolean): number {
  return isB12 ? absorbedFromDose(perGram * grams) : perGram * grams;
}

/**
 * What the addition brings toward the gap nutrient's upper limit (its scope: all intake, supplements
 * only, or folic acid), the day's intake against the limit after it, and the limit; null without.
 */
function towardUpper(
  gap: NutrientGap,
  food: Food,
  grams: number,
  added: number,
): { extra: number; after: number; limit: number } | null {
  if (gap.upper === null || gap.upperScope === null) return null;
  const extra =
    gap.upperScope === 'total'
      ? added
      : gap.upperScope === 'supplements'
        ? food.kind === 'supplement'
          ? added
          : 0
        : ((food.nutrients.folicAcid ?? 0) * grams) / 100;
  return { extra, after: (gap.upperIntake ?? 0) + extra, limit: gap.upper };
}

/** A food that fits the diet and can close enough of the gap, before its amount is chosen. */
interface Eligible {
  readonly food: Food;
  readonly perGram: number;
  readonly foodBoundB12: number;
  readonly dietUnknown: boolean;
  readonly timesPerDay: 1 | 2;
  readonly kcalPerGram: number;
  readonly maxGrams: number;
  /** Grams per serving that close the gap. */
  readonly wantGrams: number;
  /** No amount of the food scores better than this (suggestion-ranking.ts). */
  readonly bound: number;
}

function eligible(food: Food, ctx: Context): Eligible | null {
  const { gap, isB12 } = ctx;
  const isFood = food.kind === 'food';
  if (food.kind === 'injection' || (!isFood && !ctx.includeSupplements)) return null;
  const fit = dietFit(food, ctx.diet);
  if (fit === 'no') return null;
  if (isFood && ctx.unsafe(food) !== null) return null;
  const b12 = isB12 ? effectiveB12(food, ctx.release) : null;
  const perGram = b12 !== null ? b12.perGram : (per100(food, gap.nutrient) ?? 0) / 100;
  if (!(perGram > 0)) return null;

  const timesPerDay = isB12 && isFood ? 2 : 1;
  const kcalPerGram = isFood ? (food.nutrients.energy ?? 0) / 100 : 0;
  // A realistic serving of the kind of food (serving-bounds.ts), within the energy ceiling.
  const maxGrams = isFood
    ? Math.min(
        ctx.maxGrams,
        servingCapGrams(food) ?? Infinity,
        kcalPerGram > 0 ? MAX_ADDED_KCAL_PER_DAY / timesPerDay / kcalPerGram : Infinity,
      )
    : ctx.maxUnits * (food.unitGrams ?? 1);
  // Whole grams round up by less than 1 g.
  const maxCoverage =
    (addedBy(perGram, maxGrams + 1, isB12) * timesPerDay * ctx.days) / gap.shortfall;
  if (maxCoverage < ctx.minCoverage) return null;
  const needPerTime = ctx.needPerDay / timesPerDay;
  const wantGrams = (isB12 ? doseForAbsorbed(needPerTime) : needPerTime) / perGram;
  const bound = scoreLowerBound({
    kindPenalty: knownTraits(food)?.kindPenalty ?? 0,
    maxCoverage,
    minCoverage: ctx.minCoverage,
    linear: isB12 ? null : { fullGramsPerDay: wantGrams, kcalPerGram, bulky: isFood },
    byKcal: ctx.byKcal,
  });
  return {
    food,
    perGram,
    foodBoundB12: b12 !== null && ctx.penaliseFoodBoundB12 ? b12.foodBound : 0,
    dietUnknown: fit === 'unknown',
    timesPerDay,
    kcalPerGram,
    maxGrams,
    wantGrams,
    bound,
  };
}

/** The food at its household amount, scored; null when no sensible amount qualifies. */
function evaluate(e: Eligible, ctx: Context): Candidate | null {
  const { gap, isB12 } = ctx;
  const { food, timesPerDay, wantGrams } = e;
  const isFood = food.kind === 'food';
  const traits = traitsOf(food);
  const cap = Math.min(e.maxGrams, (traits.dailyCapGrams ?? Infinity) / timesPerDay);
  const chosen = chooseAmount(traits.measures, wantGrams, cap, isFood);
  if (chosen === null) return null;

  const grams = chosen.grams;
  const added = addedBy(e.perGram, grams, isB12);
  const coverage = Math.min(1, (added * timesPerDay * ctx.days) / gap.shortfall);
  if (coverage < ctx.minCoverage) return null;
  // Nothing that adds to an upper limit's scope and ends above the limit (already above: no more).
  const upper = towardUpper(gap, food, grams, added);
  if (upper !== null && upper.extra > 0 && isAboveUpper(upper.after, upper.limit)) return null;
  const otherUpper = otherUpperPoints(food, grams * timesPerDay, gap.nutrient);
  if (otherUpper === null) return null;

  const score = scoreOf({
    traits,
    coverage,
    kcalPerDay: e.kcalPerGram * grams * timesPerDay,
    foodGramsPerDay: isFood ? grams * timesPerDay : 0,
    excessRatio: grams / wantGrams,
    unitsPerDay: isFood ? 0 : chosen.count,
    measureAwkwardness: chosen.measure.awkwardness,
    dietUnknown: e.dietUnknown,
    foodBoundB12: e.foodBoundB12,
    otherUpper,
    nearOwnUpper: upper !== null && upper.extra > 0 && upper.after > 0.8 * upper.limit,
    byKcal: ctx.byKcal,
  });
  return {
    score,
    foodId: food.id,
    traits,
    food,
    chosen,
    timesPerDay,
    added,
    dietUnknown: e.dietUnknown,
  };
}

/** Score of the last food in the list as it stands, or Infinity while the list is not full. */
function worstPickedScore(candidates: readonly Candidate[], limit: number): number {
  const picks = pickVaried(candidates, limit);
  return picks.length < limit ? Infinity : (picks[picks.length - 1]?.score ?? Infinity);
}

function toSuggestion(c: Candidate, ctx: Context): FoodSuggestion {
  const { gap } = ctx;
  const energy = c.food.nutrients.energy;
  const intakeAfter = gap.intake + c.added * c.timesPerDay * ctx.days;
  return {
    foodId: c.food.id,
    foodName: c.food.name,
    kind: c.food.kind,
    grams: c.chosen.grams,
    portionLabel: measureLabel(c.chosen.measure),
    portionGrams: c.chosen.measure.grams,
    portions: c.chosen.count,
    amountLabel: amountLabel(c.chosen),
    kcal: energy === null ? null : (energy * c.chosen.grams) / 100,
    frequency: ctx.days > 1 ? 'daily' : 'once',
    timesPerDay: c.timesPerDay,
    addedPerTime: c.added,
    ratioBefore: gap.ratio,
    ratioAfter: gap.target !== null && gap.target > 0 ? intakeAfter / gap.target : null,
    dietUnknown: c.dietUnknown,
  };
}

/** Diet-compatible foods that close `gap` (or most of it), best first. Empty when it is not low. */
export function suggestFoods(
  gap: NutrientGap,
  foods: FoodCollection | Iterable<Food>,
  diet: Diet,
  options: SuggestOptions = {},
): FoodSuggestion[] {
  if (gap.targetStatus !== 'low' && gap.targetStatus !== 'veryLow' && gap.targetStatus !== 'noData')
    return [];
  if (gap.target === null || !(gap.shortfall > 0)) return [];
  const days = options.days ?? (gap.period === 'week' ? 7 : 1);
  const release = options.b12Release ?? NORMAL_RELEASE;
  const ctx: Context = {
    gap,
    diet,
    includeSupplements: options.includeSupplements === true,
    maxGrams: options.maxGrams ?? 500,
    maxUnits: options.maxUnits ?? 2,
    days,
    needPerDay: gap.shortfall / days,
    release,
    isB12: gap.basis === 'absorbed',
    minCoverage: gap.basis === 'absorbed' ? MIN_COVERAGE_B12 : MIN_COVERAGE,
    penaliseFoodBoundB12: diet === 'vegan' || release.reduced,
    byKcal: options.rankBy === 'kcal',
    unsafe: safetyFilter(options.person ?? null, options.safety),
  };
  const pool: Eligible[] = [];
  for (const food of foodValues(foods)) {
    const e = eligible(food, ctx);
    if (e !== null) pool.push(e);
  }
  // Best bound first; stop when no food left can beat the last of the list (exact, and it keeps
  // the household-measure work to the foods that matter).
  pool.sort((a, b) => a.bound - b.bound || (a.food.id < b.food.id ? -1 : 1));
  const limit = options.limit ?? 10;
  const candidates: Candidate[] = [];
  let worstPicked = Infinity;
  let nextCheck = limit;
  for (const e of pool) {
    // Re-pick when the stopping rule may hold, and as the list of scored foods doubles.
    if (e.bound > worstPicked || candidates.length >= nextCheck) {
      worstPicked = worstPickedScore(candidates, limit);
      nextCheck = 2 * Math.max(candidates.length, limit);
      if (e.bound > worstPicked) break;
    }
    const candidate = evaluate(e, ctx);
    if (candidate !== null) candidates.push(candidate);
  }
  return pickVaried(candidates, limit).map((p) => toSuggestion(p.item, ctx));
}
