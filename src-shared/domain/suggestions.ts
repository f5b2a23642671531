/**
 * Foods that would close a gap, ranked by how little of them it takes: per typical portion (the
 * food's first household portion, else 100 g) or per kcal. Each suggestion says how much to add
 * and what it does to the gap.
 *
 * A day's gap is closed by adding the amount that day; a week's gap by adding it every day
 * (shortfall ÷ 7). B12 is sized on absorption: each addition is its own eating occasion, so the dose
 * is the one whose absorbed amount covers the need (b12-model.ts), and food-bound B12 counts at the
 * person's release share. B12 foods are sized for two servings a day, at least 4 h apart, as in the
 * fortified-food strategy (reference §4; absorption saturates per meal, §3c); supplements for one
 * dose a day.
 */
import { absorbedFromDose, doseForAbsorbed } from './b12-model';
import type { FoodB12Release } from './b12-absorption';
import { fitsDiet, foodValues, type FoodCollection } from './food-lookup';
import { isAboveUpper, type NutrientGap } from './gaps';
import type { Diet, TargetNutrientId } from './target-types';
import type { Food } from '../schemas/food';

export interface SuggestOptions {
  /** Offer supplements too (default false: foods first). Injections are never offered. */
  readonly includeSupplements?: boolean;
  /** Leave out foods that need more than this many grams per addition (default 500). */
  readonly maxGrams?: number;
  /** Leave out supplements that need more than this many units per addition (default 2). */
  readonly maxUnits?: number;
  /** 'portions' (default) or 'kcal'. */
  readonly rankBy?: 'portions' | 'kcal';
  /** How many to return (default 10). */
  readonly limit?: number;
  /** Food-bound B12 release for the person (default: normal absorption). */
  readonly b12Release?: FoodB12Release;
  /** Days the added amount is eaten on; defaults to 1 for a day's gap and 7 for a week's. */
  readonly days?: number;
}

export interface FoodSuggestion {
  readonly foodId: string;
  readonly foodName: string;
  readonly kind: Food['kind'];
  /** Grams per serving (whole grams; supplements: whole units × unit weight). */
  readonly grams: number;
  /** The typical portion used for ranking and how many of them `grams` is (per serving). */
  readonly portionLabel: string;
  readonly portionGrams: number;
  readonly portions: number;
  /** Energy of one serving, kcal; null when the food's energy is unknown. */
  readonly kcal: number | null;
  /** 'once' on the gap's day, or 'daily' for a week's gap. */
  readonly frequency: 'once' | 'daily';
  /** Servings of `grams` per day: 2 for B12 foods (hours apart), otherwise 1. */
  readonly timesPerDay: 1 | 2;
  /** What one serving supplies (absorbed µg for B12). */
  readonly addedPerTime: number;
  readonly ratioBefore: number | null;
  readonly ratioAfter: number | null;
}

const NORMAL_RELEASE: FoodB12Release = { central: 1, low: 0.5, high: 1, reduced: false };

function per100(food: Food, id: TargetNutrientId): number | null {
  if (id === 'epaDha') {
    const { epa, dha } = food.nutrients;
    return epa === null || dha === null ? null : epa + dha;
  }
  return food.nutrients[id];
}

/** µg of B12 per gram that competes for intrinsic factor (crystalline + released food-bound). */
function effectiveB12PerGram(food: Food, release: FoodB12Release): number {
  const total = food.nutrients.b12;
  if (!food.b12.credited || total === null) return 0;
  if (food.kind === 'supplement') return total / 100;
  const added = food.nutrients.b12Added;
  const crystalline = added !== null ? Math.min(total, added) : food.fortified ? total : 0;
  return (crystalline + release.central * (total - crystalline)) / 100;
}

function typicalPortion(food: Food): { label: string; grams: number } {
  const first = food.portions[0];
  if (first !== undefined) return { label: `${first.amount} ${first.unit}`, grams: first.grams };
  if (food.unitGrams !== null) return { label: '1 unit', grams: food.unitGrams };
  return { label: '100 g', grams: 100 };
}

/** Diet-compatible foods that close `gap`, best first. Empty when the gap is not low. */
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
  const needPerDay = gap.shortfall / days;
  const release = options.b12Release ?? NORMAL_RELEASE;
  const maxGrams = options.maxGrams ?? 500;
  const maxUnits = options.maxUnits ?? 2;
  const isB12 = gap.basis === 'absorbed';
  const out: FoodSuggestion[] = [];
  for (const food of foodValues(foods)) {
    if (
      food.kind === 'injection' ||
      (food.kind === 'supplement' && options.includeSupplements !== true)
    )
      continue;
    if (!fitsDiet(food, diet)) continue;
    const perGram = isB12
      ? effectiveB12PerGram(food, release)
      : (per100(food, gap.nutrient) ?? 0) / 100;
    if (!(perGram > 0)) continue;
    const timesPerDay = isB12 && food.kind === 'food' ? 2 : 1;
    const needPerTime = needPerDay / timesPerDay;
    let grams = (isB12 ? doseForAbsorbed(needPerTime) : needPerTime) / perGram;
    if (food.kind === 'supplement') {
      const unit = food.unitGrams ?? 1;
      const units = Math.ceil(grams / unit - 1e-9);
      if (units > maxUnits) continue;
      grams = units * unit;
    } else {
      grams = Math.ceil(grams - 1e-9);
      if (grams > maxGrams) continue;
    }
    const added = isB12 ? absorbedFromDose(perGram * grams) : perGram * grams;
    if (exceedsUpper(gap, food, grams, added)) continue;
    const portion = typicalPortion(food);
    const energy = food.nutrients.energy;
    const intakeAfter = gap.intake + added * timesPerDay * days;
    out.push({
      foodId: food.id,
      foodName: food.name,
      kind: food.kind,
      grams,
      portionLabel: portion.label,
      portionGrams: portion.grams,
      portions: grams / portion.grams,
      kcal: energy === null ? null : (energy * grams) / 100,
      frequency: days > 1 ? 'daily' : 'once',
      timesPerDay,
      addedPerTime: added,
      ratioBefore: gap.ratio,
      ratioAfter: gap.target > 0 ? intakeAfter / gap.target : null,
    });
  }
  const byKcal = options.rankBy === 'kcal';
  out.sort((a, b) => {
    // Compare what a day takes: B12 foods come in two servings.
    const primary = byKcal
      ? (a.kcal ?? Infinity) * a.timesPerDay - (b.kcal ?? Infinity) * b.timesPerDay
      : a.portions * a.timesPerDay - b.portions * b.timesPerDay;
    if (primary !== 0 && !Number.isNaN(primary)) return primary;
    return a.grams - b.grams || (a.foodId < b.foodId ? -1 : a.foodId > b.foodId ? 1 : 0);
  });
  return out.slice(0, options.limit ?? 10);
}

/** True when the addition would push the gap's upper-limit intake over the limit. */
function exceedsUpper(gap: NutrientGap, food: Food, grams: number, added: number): boolean {
  if (gap.upper === null || gap.upperScope === null) return false;
  const base = gap.upperIntake ?? 0;
  const extra =
    gap.upperScope === 'total'
      ? added
      : gap.upperScope === 'supplements'
        ? food.kind === 'supplement'
          ? added
          : 0
        : ((food.nutrients.folicAcid ?? 0) * grams) / 100;
  return extra > 0 && isAboveUpper(base + extra, gap.upper);
}
