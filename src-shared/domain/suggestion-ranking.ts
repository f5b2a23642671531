/**
 * The order of food suggestions: a score (lower is better) and a diversity rule for the list.
 *
 * The score adds points for what makes an addition less sensible to a person: the kind of food
 * (suggestion-traits.ts); closing only part of the gap; energy added, most of all energy per unit
 * of gap closed above what a normal serving of a staple brings; bulk; an amount well beyond the
 * need (a sensible minimum such as 1 tbsp can overshoot); food-bound rather than crystalline B12
 * for vegans and people who absorb food-bound B12 poorly (reference §3c rules 2–3, §6.9); another
 * nutrient brought near its upper limit (reference §1b, §2, §6.3, §6.5). The weights are Cobalt's
 * choices, not nutrition figures.
 */
import type { FoodTraits } from './suggestion-traits';
import type { NutrientId } from '../base/nutrients';
import type { Food } from '../schemas/food';

/** Score points (Cobalt's choice; see the file comment). */
export const RANK_WEIGHTS = {
  /** Per missing share of the gap (1 = closes none of it). */
  uncovered: 2,
  /**
   * Per doubling of the energy added per whole gap closed above `freeKcalPerGap`: a staple that
   * closes the gap in a normal serving pays nothing here, energy-dense foods do.
   */
  energyPerGap: 0.5,
  freeKcalPerGap: 300,
  /** Per 100 kcal added a day; the 'kcal' ranking uses `kcalRanked` instead. */
  kcal: 0.15,
  kcalRanked: 1,
  /** Per 100 g a day above `freeGrams` (2 cups of canned peas is a lot of food). */
  bulk: 0.2,
  freeGrams: 150,
  /** Per doubling of the amount beyond what the gap needs. */
  excess: 0.25,
  /** Per supplement unit a day beyond one. */
  extraUnit: 0.5,
  /** A supplement whose diet status the table does not know (capsule shell, D3 source). */
  dietUnknown: 0.5,
  /** Per unit of food-bound share of the B12, for a vegan or a person with reduced release. */
  foodBoundB12: 3,
  /** The addition alone brings more than half of another nutrient's adult upper limit. */
  nearOtherUpper: 2,
  /** The gap nutrient's own upper-limit intake ends above 80 % of the limit. */
  nearOwnUpper: 1,
} as const;

/**
 * Adult upper limits (the lower of the US/Canada and EFSA values) used only to steer the ranking
 * away from foods that bring a lot of another nutrient; the person's own limit for the gap
 * nutrient is checked by the caller. Folic acid 1000 µg (IOM 1998 p. 273; reference §1b, §6.3);
 * B6 12 mg (EFSA 2023; reference §2, §6.5); vitamin D 100 µg (reference §1b, §2); iron 45 mg
 * (reference §1b); zinc 25 mg (EFSA; reference §2); iodine 600 µg (EFSA/SCF; reference §2);
 * selenium 255 µg (EFSA 2023, targets-iodine-selenium.ts). Calcium is left out: food alone rarely
 * approaches its limit, and a person short of calcium is not helped by steering away from it.
 */
export const OTHER_UPPER: ReadonlyArray<readonly [NutrientId, number]> = [
  ['folicAcid', 1000],
  ['b6', 12],
  ['vitaminD', 100],
  ['iron', 45],
  ['zinc', 25],
  ['iodine', 600],
  ['selenium', 255],
];

/**
 * Points for the other nutrients an addition of `gramsPerDay` brings near an adult upper limit, or
 * null when it alone would pass one (such a food is not suggested).
 */
export function otherUpperPoints(
  food: Food,
  gramsPerDay: number,
  gapNutrient: string,
): number | null {
  let points = 0;
  for (const [id, limit] of OTHER_UPPER) {
    if (id === gapNutrient) continue;
    const amount = ((food.nutrients[id] ?? 0) * gramsPerDay) / 100;
    if (amount > limit) return null;
    if (amount > limit / 2) points = RANK_WEIGHTS.nearOtherUpper;
  }
  return points;
}

export interface ScoreInput {
  readonly traits: FoodTraits;
  /** Share of the gap closed, 0–1. */
  readonly coverage: number;
  readonly kcalPerDay: number;
  /** Grams a day of a food; 0 for supplements. */
  readonly foodGramsPerDay: number;
  /** Amount given ÷ amount the gap needs. */
  readonly excessRatio: number;
  /** Supplement units a day; 0 for foods. */
  readonly unitsPerDay: number;
  readonly measureAwkwardness: number;
  readonly dietUnknown: boolean;
  /** Share of the effective B12 that is food-bound, when that counts against the food; else 0. */
  readonly foodBoundB12: number;
  readonly otherUpper: number;
  readonly nearOwnUpper: boolean;
  readonly byKcal: boolean;
}

/** Points that depend on the amount: gap left open, energy added, bulk. */
function amountPoints(
  coverage: number,
  kcalPerDay: number,
  foodGramsPerDay: number,
  byKcal: boolean,
): number {
  const w = RANK_WEIGHTS;
  return (
    w.uncovered * (1 - coverage) +
    ((byKcal ? w.kcalRanked : w.kcal) * kcalPerDay) / 100 +
    (w.bulk * Math.max(0, foodGramsPerDay - w.freeGrams)) / 100
  );
}

/** Points for the energy added per whole gap closed. */
function energyPerGapPoints(kcalPerGap: number): number {
  return (
    RANK_WEIGHTS.energyPerGap * Math.log2(Math.max(1, kcalPerGap / RANK_WEIGHTS.freeKcalPerGap))
  );
}

/** The score of one suggestion at its chosen amount: lower is better. */
export function scoreOf(s: ScoreInput): number {
  const w = RANK_WEIGHTS;
  return (
    s.traits.kindPenalty +
    amountPoints(s.coverage, s.kcalPerDay, s.foodGramsPerDay, s.byKcal) +
    energyPerGapPoints(s.kcalPerDay / Math.max(s.coverage, 1e-6)) +
    w.excess * Math.log2(Math.max(1, s.excessRatio)) +
    w.extraUnit * Math.max(0, s.unitsPerDay - 1) +
    s.measureAwkwardness +
    (s.dietUnknown ? w.dietUnknown : 0) +
    w.foodBoundB12 * s.foodBoundB12 +
    s.otherUpper +
    (s.nearOwnUpper ? w.nearOwnUpper : 0)
  );
}

export interface BoundInput {
  /** The food's kind penalty when its traits are already known, else 0. */
  readonly kindPenalty: number;
  /** Coverage at the most the food may be given, and the least worth showing. */
  readonly maxCoverage: number;
  readonly minCoverage: number;
  /**
   * When coverage is proportional to grams (every nutrient but absorbed B12): grams a day that
   * close the gap, energy per gram, and whether grams count as bulk (foods, not supplements).
   */
  readonly linear: {
    readonly fullGramsPerDay: number;
    readonly kcalPerGram: number;
    readonly bulky: boolean;
  } | null;
  readonly byKcal: boolean;
}

/**
 * A score no amount of the food can beat, from what is known before its household measures are
 * worked out: lets `suggestFoods` stop once no remaining food can enter the list. Every term left
 * out of `scoreOf` is non-negative; the amount terms are minimised over the amounts that close
 * between `minCoverage` and `maxCoverage` of the gap (linear in grams, so an end or the bulk kink).
 */
export function scoreLowerBound(b: BoundInput): number {
  const w = RANK_WEIGHTS;
  if (b.linear === null) return b.kindPenalty + w.uncovered * (1 - Math.min(1, b.maxCoverage));
  const { fullGramsPerDay: full, kcalPerGram } = b.linear;
  const low = b.minCoverage * full;
  const high = Math.min(1, b.maxCoverage) * full;
  let best = Math.min(linearPoints(b, low), linearPoints(b, high));
  if (b.linear.bulky && w.freeGrams > low && w.freeGrams < high)
    best = Math.min(best, linearPoints(b, w.freeGrams));
  // Energy per gap closed is the same at every amount up to full coverage (linear), more above.
  return b.kindPenalty + energyPerGapPoints(kcalPerGram * full) + best;
}

function linearPoints(b: BoundInput, gramsPerDay: number): number {
  const linear = b.linear;
  if (linear === null) return 0;
  return amountPoints(
    Math.min(1, gramsPerDay / linear.fullGramsPerDay),
    linear.kcalPerGram * gramsPerDay,
    linear.bulky ? gramsPerDay : 0,
    b.byKcal,
  );
}

export interface Ranked {
  readonly score: number;
  readonly foodId: string;
  readonly traits: FoodTraits;
}

/** At most one food per family, two per head and two per SR28 food group (or supplements). */
const DIVERSITY = { family: 1, head: 2, group: 2 } as const;
/** Points for a second food from a group already in the list, so the top few span kinds of food. */
const REPEATED_GROUP = 0.5;

export interface Picked<T> {
  readonly item: T;
  /** The score with the repeated-group points it was picked with. */
  readonly score: number;
}

function keysOf(r: Ranked): Array<readonly [string, number]> {
  const keys: Array<readonly [string, number]> = [
    [`f:${r.traits.family}`, DIVERSITY.family],
    [`h:${r.traits.head}`, DIVERSITY.head],
  ];
  if (r.traits.group !== null) keys.push([`g:${r.traits.group}`, DIVERSITY.group]);
  return keys;
}

/**
 * Up to `limit` entries, best first, varied: each step takes the entry with the lowest score plus
 * repeated-group points among those whose family, head and group are not full (ties by score
 * order, then food id). The picked scores never decrease from one step to the next.
 */
export function pickVaried<T extends Ranked>(ranked: readonly T[], limit: number): Picked<T>[] {
  const order = [...ranked].sort(
    (a, b) => a.score - b.score || (a.foodId < b.foodId ? -1 : a.foodId > b.foodId ? 1 : 0),
  );
  const counts = new Map<string, number>();
  const taken = new Set<T>();
  const out: Picked<T>[] = [];
  while (out.length < limit) {
    let best: T | null = null;
    let bestScore = Infinity;
    for (const r of order) {
      // Points only add: nothing later in score order can beat the best found.
      if (r.score >= bestScore) break;
      if (taken.has(r)) continue;
      const keys = keysOf(r);
      if (keys.some(([key, cap]) => (counts.get(key) ?? 0) >= cap)) continue;
      const group = r.traits.group;
      const score = r.score + (group !== null && counts.has(`g:${group}`) ? REPEATED_GROUP : 0);
      if (score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (best === null) break;
    taken.add(best);
    for (const [key] of keysOf(best)) counts.set(key, (counts.get(key) ?? 0) + 1);
    out.push({ item: best, score: bestScore });
  }
  return out;
}
