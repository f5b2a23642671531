/**
 * What one plan entry puts into each eater: nutrient amounts (per 100 g values × grams), which of
 * them are known, and its B12 split into food-bound, crystalline and injected. Computed once per
 * entry and shared by all its eaters, because every eater eats the same `grams`.
 */
import { NUTRIENT_IDS, type NutrientId } from '../base/nutrients';
import type { Food } from '../schemas/food';
import { b12Bioavailability } from './b12-bioavailability';
import type { PlanEntry } from '../schemas/plan';

export const NUTRIENT_COUNT = NUTRIENT_IDS.length;
/** Extra accumulator slots after the registry's nutrients. */
export const SLOT_EPA_DHA = NUTRIENT_COUNT;
/** Magnesium from supplements: the only magnesium the upper limits count (reference §6.4). */
export const SLOT_SUPPLEMENT_MAGNESIUM = NUTRIENT_COUNT + 1;
export const SLOT_COUNT = NUTRIENT_COUNT + 2;

export const NUTRIENT_INDEX: Readonly<Record<NutrientId, number>> = Object.fromEntries(
  NUTRIENT_IDS.map((id, i) => [id, i]),
) as Record<NutrientId, number>;

const I = NUTRIENT_INDEX;

export interface B12Split {
  /** Credited B12 bound in food (animal foods), µg. */
  readonly foodBoundUg: number;
  /** Credited crystalline B12 (added to fortified foods, supplements), µg (reference §3c rule 2). */
  readonly crystallineUg: number;
  /** The part of `crystallineUg` that comes from a supplement. */
  readonly supplementUg: number;
  /** B12 given by injection, µg; outside the gut model and the nutrient totals. */
  readonly injectedUg: number;
  /** True for foods whose B12 is not credited (pseudo-B12, reference §6.1). */
  readonly pseudo: boolean;
  /** The B12 the food table lists for a pseudo-B12 food, µg (null: none listed). */
  readonly listedPseudoUg: number | null;
  /** Bioavailability factor of the food-bound B12 (eggs 0.18, fish 0.84, else 1): b12-bioavailability.ts. */
  readonly bioavailability: number;
}

export interface EntryIntake {
  readonly entry: PlanEntry;
  readonly food: Food;
  /** 0–6 within the analysed week. */
  readonly dayIndex: number;
  /** Minutes since the start of the week (00:00 of day 0). */
  readonly minute: number;
  /** False for injections: they are not eaten, so they stay out of nutrient totals. */
  readonly eaten: boolean;
  /** Amount per eater for each slot (0 where unknown). */
  readonly amounts: Float64Array;
  /** 1 where the amount is known. */
  readonly known: Uint8Array;
  readonly b12: B12Split;
}

/**
 * A food's per-100 g values in registry order, NaN where unknown. Schema-checked foods are finite
 * and non-negative; anything else is treated as unknown. Worth caching when a food recurs.
 */
export function foodVector(food: Food): Float64Array {
  const vector = new Float64Array(NUTRIENT_COUNT);
  for (let i = 0; i < NUTRIENT_COUNT; i++) {
    const value = food.nutrients[NUTRIENT_IDS[i] as NutrientId];
    vector[i] = value !== null && value >= 0 && Number.isFinite(value) ? value : Number.NaN;
  }
  return vector;
}

/**
 * The intake of one entry. Unknown values stay unknown (`known` 0); pseudo-B12 foods are known to
 * supply no usable B12 and count as a known 0 (reference §6.1 "credit 0").
 */
export function entryIntake(
  entry: PlanEntry,
  food: Food,
  dayIndex: number,
  minute: number,
  per100: Float64Array = foodVector(food),
): EntryIntake {
  const scale = entry.grams / 100;
  const amounts = new Float64Array(SLOT_COUNT);
  const known = new Uint8Array(SLOT_COUNT);
  const eaten = food.kind !== 'injection';
  if (eaten) {
    for (let i = 0; i < NUTRIENT_COUNT; i++) {
      const value = per100[i]!;
      if (value === value) {
        amounts[i] = value * scale;
        known[i] = 1;
      }
    }
    // EPA + DHA is known only when both parts are, so a missing half never reads as zero.
    if (known[I.epa] === 1 && known[I.dha] === 1) {
      amounts[SLOT_EPA_DHA] = (amounts[I.epa] ?? 0) + (amounts[I.dha] ?? 0);
      known[SLOT_EPA_DHA] = 1;
    }
    if (food.kind === 'supplement') {
      amounts[SLOT_SUPPLEMENT_MAGNESIUM] = amounts[I.magnesium] ?? 0;
      known[SLOT_SUPPLEMENT_MAGNESIUM] = known[I.magnesium] ?? 0;
    } else {
      known[SLOT_SUPPLEMENT_MAGNESIUM] = 1;
    }
  }
  const b12 = splitB12(food, scale);
  if (eaten && b12.pseudo) {
    amounts[I.b12] = 0;
    amounts[I.b12Added] = 0;
    known[I.b12] = 1;
    known[I.b12Added] = 1;
  }
  return { entry, food, dayIndex, minute, eaten, amounts, known, b12 };
}

function b12Split(
  foodBoundUg: number,
  crystallineUg: number,
  supplementUg: number,
  injectedUg: number,
  pseudo: boolean,
  listedPseudoUg: number | null,
  bioavailability = 1,
): B12Split {
  // One constructor keeps one object shape, so the hot loops that read these stay fast.
  return {
    foodBoundUg,
    crystallineUg,
    supplementUg,
    injectedUg,
    pseudo,
    listedPseudoUg,
    bioavailability,
  };
}

function splitB12(food: Food, scale: number): B12Split {
  const per100 = food.nutrients.b12;
  const listed = per100 !== null && per100 >= 0 && Number.isFinite(per100) ? per100 * scale : null;
  if (!food.b12.credited) return b12Split(0, 0, 0, 0, true, listed);
  const total = listed ?? 0;
  if (food.kind === 'injection') return b12Split(0, 0, 0, total, false, null);
  if (food.kind === 'supplement') return b12Split(0, total, total, 0, false, null);
  // Added B12 is crystalline; without an "added" figure, a fortified food's B12 is taken as added
  // (labels of fortified plant foods list the added vitamin), an unfortified food's as food-bound.
  const added = food.nutrients.b12Added;
  const addedKnown = added !== null && added >= 0 && Number.isFinite(added);
  const crystalline = addedKnown ? Math.min(total, added * scale) : food.fortified ? total : 0;
  const foodBound = total - crystalline;
  const factor = foodBound > 0 ? (b12Bioavailability(food)?.factor ?? 1) : 1;
  return b12Split(foodBound, crystalline, 0, 0, false, null, factor);
}
