/**
 * Candidate foods for the optimizer: diet-compatible, not excluded, with known energy (supplements
 * excepted), pruned to the densest few per gap nutrient so the model stays small over the whole
 * food table. Per-gram amounts treat unknown values as 0: an unknown never counts toward a gap.
 */
import type { FoodB12Release } from '../b12-absorption';
import { safetyFilter, type SafetyOptions, type SafetyPerson } from '../food-safety';
import { dailyCapGramsFor } from '../serving-bounds';
import { traitsOf } from '../suggestion-traits';
import { fitsDiet, foodValues, type FoodCollection } from '../food-lookup';
import type { Diet, TargetNutrientId } from '../../base/target-types';
import type { Food } from '../../schemas/food';
import type { ConstraintFamily, OptimizerOptions } from './types';

export interface Candidate {
  readonly food: Food;
  readonly supplement: boolean;
  /** Grams per unit (supplements) — the model counts supplements in whole units. */
  readonly unitGrams: number | null;
  /** Typical portion in grams (first household portion, else 100 g; supplements: one unit). */
  readonly portionGrams: number;
  readonly kcalPerGram: number;
  /** B12 that competes for intrinsic factor, µg per gram (crystalline + released food-bound). */
  readonly b12EffectivePerGram: number;
  /** Credited B12 ingested, µg per gram (for the high-dose ceiling). */
  readonly b12IngestedPerGram: number;
  /** Crystalline (added) B12, µg per gram: what the B12 strategies count (b12-strategy.ts). */
  readonly b12CrystallinePerGram: number;
  /** Most grams a day for the kind of food (serving-bounds.ts); null: no such bound. */
  readonly dailyCapGrams: number | null;
  /** Score points for the kind of food (suggestion-traits.ts), 0 for an everyday food. */
  readonly kindPenalty: number;
}

/** Amount of `id` per gram of `food`; unknown = 0. EPA+DHA only when both parts are known. */
export function perGram(food: Food, id: TargetNutrientId): number {
  if (id === 'epaDha') {
    const { epa, dha } = food.nutrients;
    return epa === null || dha === null ? 0 : (epa + dha) / 100;
  }
  return (food.nutrients[id] ?? 0) / 100;
}

/** Mirrors the engine's B12 split (intake.ts): added B12 is crystalline, the rest is food-bound. */
function b12PerGram(
  food: Food,
  release: FoodB12Release,
): { effective: number; ingested: number; crystalline: number } {
  const total = food.nutrients.b12;
  if (!food.b12.credited || total === null || food.kind === 'injection')
    return { effective: 0, ingested: 0, crystalline: 0 };
  if (food.kind === 'supplement')
    return { effective: total / 100, ingested: total / 100, crystalline: total / 100 };
  const added = food.nutrients.b12Added;
  const crystalline = added !== null ? Math.min(total, added) : food.fortified ? total : 0;
  return {
    effective: (crystalline + release.central * (total - crystalline)) / 100,
    ingested: total / 100,
    crystalline: crystalline / 100,
  };
}

function portionGrams(food: Food): number {
  if (food.kind === 'supplement') return food.unitGrams ?? 1;
  return food.portions[0]?.grams ?? 100;
}

export interface CandidateQuery {
  readonly foods: FoodCollection | Iterable<Food>;
  readonly diet: Diet;
  readonly release: FoodB12Release;
  readonly options: OptimizerOptions;
  readonly relaxed: ReadonlySet<ConstraintFamily>;
  /** Whom the additions are for: the safety rules of their life stage apply (food-safety.ts). */
  readonly person?: SafetyPerson;
  readonly safety?: SafetyOptions;
}

function eligible(
  food: Food,
  query: CandidateQuery,
  excluded: ReadonlySet<string>,
  unsafe: (food: Food) => unknown,
): boolean {
  if (food.kind === 'injection') return false;
  // Never relaxed: no explanation proposes an energy drink or raw oysters in pregnancy.
  if (food.kind === 'food' && unsafe(food) !== null) return false;
  const relaxDiet = query.relaxed.has('diet');
  if (
    food.kind === 'supplement' &&
    !query.options.allowSupplements &&
    !query.relaxed.has('supplements')
  )
    return false;
  if (!relaxDiet && excluded.has(food.id)) return false;
  // Relaxing the diet admits foods whose status the table does not know (an algae-oil capsule),
  // never foods it marks as outside the diet: Cobalt does not propose fish oil to a vegan.
  if (
    !fitsDiet(food, query.diet) &&
    !(relaxDiet && query.diet !== 'omnivore' && food.diet[query.diet] === 'unknown')
  )
    return false;
  // Without a known energy value the energy budget could not be kept: leave such foods out.
  return food.kind === 'supplement' || food.nutrients.energy !== null;
}

function toCandidate(food: Food, release: FoodB12Release): Candidate {
  const b12 = b12PerGram(food, release);
  const supplement = food.kind === 'supplement';
  return {
    food,
    supplement,
    unitGrams: supplement ? (food.unitGrams ?? 1) : null,
    portionGrams: portionGrams(food),
    kcalPerGram: supplement ? 0 : (food.nutrients.energy ?? 0) / 100,
    b12EffectivePerGram: b12.effective,
    b12IngestedPerGram: b12.ingested,
    b12CrystallinePerGram: b12.crystalline,
    dailyCapGrams: dailyCapGramsFor(food),
    kindPenalty: 0,
  };
}

/** Amount of a gap nutrient per gram as the model counts it (B12: effective dose). */
export function gapAmountPerGram(c: Candidate, id: TargetNutrientId): number {
  return id === 'b12' ? c.b12EffectivePerGram : perGram(c.food, id);
}

/** Every food the person may be offered: one pass over the whole table. */
export function eligibleCandidates(query: CandidateQuery): Candidate[] {
  const excluded = new Set(query.options.excludedFoodIds);
  const unsafe = safetyFilter(query.person ?? null, query.safety);
  const all: Candidate[] = [];
  for (const food of foodValues(query.foods)) {
    if (eligible(food, query, excluded, unsafe)) all.push(toCandidate(food, query.release));
  }
  return all;
}

function topBy(
  list: readonly Candidate[],
  score: (c: Candidate) => number,
  k: number,
): Candidate[] {
  return list
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => b.s - a.s || (a.c.food.id < b.c.food.id ? -1 : 1))
    .slice(0, k)
    .map((x) => x.c);
}

/** The best `k` candidates for one nutrient: per kcal and per typical portion (supplements: per unit). */
function bestFor(all: readonly Candidate[], id: TargetNutrientId, k: number): Candidate[] {
  const supplying = all.filter((c) => gapAmountPerGram(c, id) > 0);
  const foods = supplying.filter((c) => !c.supplement);
  const supplements = supplying.filter((c) => c.supplement);
  // A 0-kcal food (fortified water) ranks first per kcal; its portion ranking still applies.
  const perKcal = (c: Candidate) => gapAmountPerGram(c, id) / Math.max(c.kcalPerGram, 1e-3);
  const perPortion = (c: Candidate) => gapAmountPerGram(c, id) * c.portionGrams;
  // Everyday foods too (kind penalty under 1: suggestion-traits.ts), so a common food can be
  // chosen over a rarity that is denser per kcal.
  const everyday = foods.filter((c) => traitsOf(c.food).kindPenalty < 1);
  return [
    ...topBy(foods, perKcal, k),
    ...topBy(foods, perPortion, k),
    ...topBy(everyday, perKcal, k),
    ...topBy(supplements, perPortion, k),
  ];
}

/**
 * Candidate pruning: the union of each gap nutrient's best foods, ordered by food id so the model,
 * and so the proposal, does not depend on the table's order. Per-nutrient lists are memoised.
 */
export class CandidatePool {
  readonly #best = new Map<TargetNutrientId, Candidate[]>();
  constructor(
    readonly all: readonly Candidate[],
    readonly perNutrient: number,
  ) {}

  forNutrients(ids: readonly TargetNutrientId[]): Candidate[] {
    const chosen = new Map<string, Candidate>();
    for (const id of ids) {
      let best = this.#best.get(id);
      if (best === undefined) {
        best = bestFor(this.all, id, this.perNutrient);
        this.#best.set(id, best);
      }
      for (const c of best) chosen.set(c.food.id, c);
    }
    // Kind penalties only for the few candidates kept (traits are worked out once per food).
    return [...chosen.values()]
      .sort((a, b) => (a.food.id < b.food.id ? -1 : 1))
      .map((c) => ({ ...c, kindPenalty: traitsOf(c.food).kindPenalty }));
  }
}
