/**
 * B12 fixes that implement an evidence-based strategy (reference §4, the three regimens the app
 * checks for in b12-strategy.ts), offered first when the week follows none:
 *  (b) a daily supplement at the dose for the person's age: 25–100 µg for adults and teenagers
 *      (Norris & Messina 2011, "a good range"; above The Vegan Society's ≥10 µg), at least the
 *      threshold and up to 50 µg for children under 14 (The Vegan Society, Koeder: ≥10 µg), and
 *      500–1000 µg at 65 and over (VeganHealth, "B12 status of older vegetarians": at least
 *      500 µg/day; BMJ Best Practice: >500 µg/day for older people; reference §4). Metformin and
 *      acid suppressants do not change the dose: crystalline B12 is absorbed normally (§3c rule 3).
 *      Cyanocobalamin is named first: VeganHealth's recommendations are for cyanocobalamin only.
 *  (a) fortified food at two meals a day, hours apart, each serving at least the strategy's dose;
 *  (c) one weekly high-dose supplement of at least the weekly threshold (2000 µg), under 65 (the
 *      reference's advice at 65 and over is a daily dose).
 * Each fix names its B12 source and its strategy, and what it does is the engine's figure for the
 * meal it lands in (fix-promise.ts). The dose chosen is the smallest in range whose low-end
 * estimate still reaches the target, so the fix survives the model's uncertainty.
 */
import { absorbedFromDose } from '../base/b12-model';
import {
  B12_STRATEGY_LABELS,
  type B12StrategyId,
  type B12StrategyThresholds,
} from './b12-strategy';
import { weekDates } from '../base/dates';
import { fitsDiet, foodValues, type FoodCollection } from './food-lookup';
import { safetyFilter } from './food-safety';
import { placeFix, placements, type FixContext, type PlacedPromise } from './fix-promise';
import { servingCapGrams } from './serving-bounds';
import { amountLabel, chooseAmount, measureLabel } from './suggestion-portions';
import { pickVaried } from './suggestion-ranking';
import { traitsOf } from './suggestion-traits';
import type { FoodSuggestion } from './suggestions';
import type { Food } from '../schemas/food';
import type { PersonProfile } from '../schemas/profile';

export interface DailyDose {
  readonly minUg: number;
  readonly maxUg: number;
  /** "25–100 µg a day (Norris & Messina)". */
  readonly basis: string;
}

/** The daily-supplement dose for the person's age (see the file comment). */
export function dailySupplementDose(
  person: Pick<PersonProfile, 'ageYears'>,
  thresholds: B12StrategyThresholds,
): DailyDose {
  if (person.ageYears >= 65)
    return {
      minUg: Math.max(500, thresholds.dailyMinUg),
      maxUg: 1000,
      basis: '500–1000 µg a day, as commonly advised at 65 and over (reference §4)',
    };
  if (person.ageYears < 14)
    return {
      minUg: thresholds.dailyMinUg,
      maxUg: Math.max(50, thresholds.dailyMinUg),
      basis: `at least ${thresholds.dailyMinUg} µg a day (The Vegan Society)`,
    };
  return {
    minUg: Math.max(25, thresholds.dailyMinUg),
    maxUg: Math.max(100, thresholds.dailyMinUg),
    basis: '25–100 µg a day (Norris & Messina; The Vegan Society: at least 10 µg)',
  };
}

export interface StrategyFixInput {
  readonly ctx: FixContext;
  readonly person: PersonProfile;
  readonly foods: FoodCollection | Iterable<Food>;
  readonly thresholds: B12StrategyThresholds;
  readonly includeSupplements: boolean;
  readonly ratioBefore: number | null;
  /** How many fortified foods to offer for the twice-a-day strategy (default 2). */
  readonly fortifiedFoods?: number;
  /** Only this strategy (the optimizer asks for one). */
  readonly only?: B12StrategyId;
  /** Foods never to offer (the optimizer's exclusions). */
  readonly excludedFoodIds?: readonly string[];
}

const SOURCE =
  'reference §4: VeganHealth (Norris), Norris & Messina 2011, The Vegan Society, Koeder';

/** µg of crystalline B12 in one unit or per gram. */
function crystallinePer(food: Food): number {
  const total = food.nutrients.b12 ?? 0;
  if (!food.b12.credited) return 0;
  if (food.kind === 'supplement') return total / 100;
  const added = food.nutrients.b12Added;
  return (added !== null ? Math.min(total, added) : food.fortified ? total : 0) / 100;
}

/** Single-nutrient B12 products that fit the diet, by dose per unit; cyanocobalamin first. */
function b12Products(input: StrategyFixInput): { food: Food; doseUg: number }[] {
  const out: { food: Food; doseUg: number }[] = [];
  for (const food of foodValues(input.foods)) {
    if (food.kind !== 'supplement' || !fitsDiet(food, input.person.diet)) continue;
    if (input.excludedFoodIds?.includes(food.id)) continue;
    if (!/\bB12\b/.test(food.name) || /complex|multi/i.test(food.name)) continue;
    const doseUg = crystallinePer(food) * (food.unitGrams ?? 1);
    if (doseUg > 0) out.push({ food, doseUg });
  }
  const cyano = (f: Food) => (/cyanocobalamin/i.test(f.name) ? 0 : 1);
  return out.sort(
    (a, b) =>
      a.doseUg - b.doseUg || cyano(a.food) - cyano(b.food) || (a.food.id < b.food.id ? -1 : 1),
  );
}

function supplementFix(
  input: StrategyFixInput,
  food: Food,
  doseUg: number,
  strategy: B12StrategyId,
  promise: PlacedPromise,
  why: string,
): FoodSuggestion {
  const unit = food.portions[0]?.unit ?? 'tablet';
  const grams = food.unitGrams ?? 1;
  return {
    foodId: food.id,
    foodName: food.name,
    kind: food.kind,
    grams,
    portionLabel: `1 ${unit}`,
    portionGrams: grams,
    portions: 1,
    amountLabel: `1 ${unit}`,
    kcal: null,
    frequency: strategy === 'weeklyHighDose' ? 'weekly' : 'daily',
    timesPerDay: 1,
    addedPerTime: absorbedFromDose(doseUg),
    ratioBefore: input.ratioBefore,
    ratioAfter: promise.ratio,
    lowRatioAfter: promise.lowRatio,
    slotIds: promise.slotIds,
    strategy,
    why,
    b12Source: `${/cyanocobalamin/i.test(food.name) ? 'cyanocobalamin' : 'crystalline B12'}, ${doseUg} µg a ${unit}`,
    source: SOURCE,
  };
}

/** The daily supplement at the person's dose: the smallest whose low-end estimate reaches the target. */
function dailySupplement(input: StrategyFixInput, dates: readonly string[]): FoodSuggestion | null {
  const dose = dailySupplementDose(input.person, input.thresholds);
  const inRange = b12Products(input).filter(
    (p) => p.doseUg >= dose.minUg && p.doseUg <= dose.maxUg,
  );
  if (inRange.length === 0) return null;
  let choices: (readonly string[])[] = placements(input.ctx.slots, 1, 0);
  let chosen: { food: Food; doseUg: number; promise: PlacedPromise } | null = null;
  for (const p of inRange) {
    // The meal found best for the smallest dose is kept for the larger ones (the meal with the
    // least B12 already); the figure is still computed for that meal.
    if (chosen !== null) choices = [chosen.promise.slotIds];
    const promise = placeFix(
      input.ctx,
      [{ foodId: p.food.id, grams: p.food.unitGrams ?? 1 }],
      dates,
      choices,
      'b12',
    );
    if (promise === null) continue;
    chosen = { ...p, promise };
    if ((promise.lowRatio ?? 0) >= 1) break;
  }
  if (chosen === null) return null;
  return supplementFix(
    input,
    chosen.food,
    chosen.doseUg,
    'dailySupplement',
    chosen.promise,
    `${B12_STRATEGY_LABELS.dailySupplement}: ${dose.basis}`,
  );
}

function weeklyHighDose(
  input: StrategyFixInput,
  dates: readonly string[],
  slotHint: readonly string[] | undefined,
): FoodSuggestion | null {
  if (input.person.ageYears >= 65 || dates.length === 0) return null;
  const min = input.thresholds.weeklyMinUg;
  const product = b12Products(input).find((p) => p.doseUg >= min && p.doseUg <= 2 * min);
  if (product === undefined) return null;
  const promise = placeFix(
    input.ctx,
    [{ foodId: product.food.id, grams: product.food.unitGrams ?? 1 }],
    [dates[0]!],
    slotHint !== undefined ? [slotHint] : placements(input.ctx.slots, 1, 0),
    'b12',
  );
  if (promise === null) return null;
  return supplementFix(
    input,
    product.food,
    product.doseUg,
    'weeklyHighDose',
    promise,
    `${B12_STRATEGY_LABELS.weeklyHighDose}: at least ${min} µg once a week (The Vegan Society, Koeder)`,
  );
}

/** Fortified foods at two meals a day, each serving at least the strategy's dose. */
function twiceDailyFortified(input: StrategyFixInput, dates: readonly string[]): FoodSuggestion[] {
  const minUg = input.thresholds.twiceDailyMinUg;
  const unsafe = safetyFilter(input.person);
  const ranked = [];
  for (const food of foodValues(input.foods)) {
    if (food.kind !== 'food' || !fitsDiet(food, input.person.diet) || unsafe(food) !== null)
      continue;
    const perGram = crystallinePer(food);
    if (!(perGram > 0) || food.nutrients.energy === null) continue;
    const traits = traitsOf(food);
    const cap = Math.min(servingCapGrams(food) ?? 500, traits.dailyCapGrams ?? Infinity, 500);
    const chosen = chooseAmount(traits.measures, minUg / perGram, cap, true);
    if (chosen === null || chosen.grams * perGram < minUg - 1e-9) continue;
    const kcal = (food.nutrients.energy * chosen.grams) / 100;
    // Staples first (suggestion-traits.ts), then the least energy and the most natural unit.
    const score = traits.kindPenalty + (0.5 * kcal) / 100 + chosen.measure.awkwardness;
    ranked.push({
      score,
      foodId: food.id,
      traits,
      food,
      chosen,
      kcal,
      doseUg: chosen.grams * perGram,
    });
  }
  const picks = pickVaried(ranked, input.fortifiedFoods ?? 2);
  let pairs: (readonly string[])[] = placements(
    input.ctx.slots,
    2,
    input.thresholds.twiceDailyMinGapHours,
  );
  return picks.flatMap(({ item }) => {
    const promise = placeFix(
      input.ctx,
      [{ foodId: item.food.id, grams: item.chosen.grams }],
      dates,
      pairs,
      'b12',
    );
    if (promise === null) return [];
    // The meals found best for the first food are kept for the next (each placement is an engine
    // run); its figure is still computed for them.
    pairs = [promise.slotIds];
    const fix: FoodSuggestion = {
      foodId: item.food.id,
      foodName: item.food.name,
      kind: item.food.kind,
      grams: item.chosen.grams,
      portionLabel: measureLabel(item.chosen.measure),
      portionGrams: item.chosen.measure.grams,
      portions: item.chosen.count,
      amountLabel: amountLabel(item.chosen),
      kcal: item.kcal,
      frequency: 'daily',
      timesPerDay: 2,
      addedPerTime: absorbedFromDose(item.doseUg),
      ratioBefore: input.ratioBefore,
      ratioAfter: promise.ratio,
      lowRatioAfter: promise.lowRatio,
      slotIds: promise.slotIds,
      strategy: 'twiceDailyFortified',
      why: `${B12_STRATEGY_LABELS.twiceDailyFortified}: at least ${minUg} µg each time, ${input.thresholds.twiceDailyMinGapHours} h or more apart`,
      b12Source: `added (crystalline) B12, ${Math.round(item.doseUg * 10) / 10} µg a serving`,
      source: SOURCE,
    };
    return [fix];
  });
}

/**
 * The strategy fixes, in the order: daily supplement (if supplements are allowed), fortified food
 * twice a day, weekly high dose (if allowed). Each is placed at the meal(s) where it does the most.
 */
export function b12StrategyFixes(input: StrategyFixInput): FoodSuggestion[] {
  const dates = weekDates(input.ctx.base.weekStart);
  const out: FoodSuggestion[] = [];
  const wants = (id: B12StrategyId) => input.only === undefined || input.only === id;
  if (input.includeSupplements && wants('dailySupplement')) {
    const daily = dailySupplement(input, dates);
    if (daily !== null) out.push(daily);
  }
  if (wants('twiceDailyFortified')) out.push(...twiceDailyFortified(input, dates));
  if (input.includeSupplements && wants('weeklyHighDose')) {
    const weekly = weeklyHighDose(input, dates, out[0]?.slotIds);
    if (weekly !== null) out.push(weekly);
  }
  return out;
}
