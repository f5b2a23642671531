/**
 * Absorbed B12 for one person's week: intakes grouped into eating occasions that share one
 * intrinsic-factor budget, each occasion run through the model (b12-model.ts), and the result shared
 * back to the entries so meals and days can show it.
 *
 * Food-bound B12 must first be released from food protein (by stomach acid and pepsin) before it
 * competes for intrinsic factor; only the released share enters the occasion's dose. That is why
 * reduced release (over 50, metformin, acid suppressants) lowers food-bound absorption without
 * touching crystalline B12 (reference §3c rule 3), and why adding B12 never lowers the total.
 */
import {
  absorbedFromDose,
  DEFAULT_FOOD_B12_RELEASE,
  DEFAULT_REDUCED_FOOD_B12_RELEASE,
  doetsFoodAbsorbed,
  uncertaintyFactor,
} from '../base/b12-model';
import type { EntryIntake } from './intake';
import { MINUTES_PER_DAY } from '../base/dates';

/** Share of food-bound B12 counted: the estimate and the ends of its uncertainty range. */
export interface FoodB12Release {
  readonly central: number;
  readonly low: number;
  readonly high: number;
  /** True when age, metformin or acid suppressants reduce it. */
  readonly reduced: boolean;
}

export interface ReleaseConditions {
  readonly over50Absorption: boolean;
  readonly metformin: boolean;
  readonly acidSuppressants: boolean;
}

export interface ReleaseSettings {
  readonly foodB12Release: number;
  readonly reducedFoodB12Release: number;
}

/**
 * Normal: central = `foodB12Release` (1), low = half of it (IOM's 50 % applied on top of the model).
 * Reduced: central = `reducedFoodB12Release` (0.5), from none (a malabsorber) to the normal share.
 */
export function foodB12Release(
  who: ReleaseConditions,
  settings: ReleaseSettings = {
    foodB12Release: DEFAULT_FOOD_B12_RELEASE,
    reducedFoodB12Release: DEFAULT_REDUCED_FOOD_B12_RELEASE,
  },
): FoodB12Release {
  const normal = settings.foodB12Release;
  if (who.over50Absorption || who.metformin || who.acidSuppressants) {
    const central = Math.min(normal, settings.reducedFoodB12Release);
    return { central, low: 0, high: normal, reduced: true };
  }
  return { central: normal, low: normal / 2, high: normal, reduced: false };
}

export interface OccasionAbsorption {
  /** Crystalline + released food-bound B12, µg: what competes for intrinsic factor. */
  readonly effectiveDoseUg: number;
  readonly absorbedUg: number;
  readonly absorbedFoodBoundUg: number;
  readonly absorbedCrystallineUg: number;
  /** Uncertainty range of `absorbedUg` (b12-model.ts notes). */
  readonly lowUg: number;
  readonly highUg: number;
}

/**
 * Absorption from one occasion with `foodBoundUg` and `crystallineUg` µg of credited B12.
 * `availableFoodUg` is the food-bound B12 weighted by each source's bioavailability (eggs, fish:
 * b12-bioavailability.ts); it defaults to all of it.
 */
export function absorbOccasion(
  foodBoundUg: number,
  crystallineUg: number,
  release: FoodB12Release,
  availableFoodUg: number = foodBoundUg,
): OccasionAbsorption {
  const ingestedFood = foodBoundUg > 0 ? foodBoundUg : 0;
  const food = availableFoodUg > 0 ? Math.min(availableFoodUg, ingestedFood) : 0;
  const crystalline = crystallineUg > 0 ? crystallineUg : 0;
  const released = release.central * food;
  const dose = crystalline + released;
  const absorbed = absorbedFromDose(dose);
  const foodShare = dose > 0 ? released / dose : 0;
  const ingested = ingestedFood + crystalline;
  const lowDose = crystalline + release.low * food;
  const highDose = crystalline + release.high * food;
  const low = absorbedFromDose(lowDose) / uncertaintyFactor(lowDose);
  const highModel = absorbedFromDose(highDose) * uncertaintyFactor(highDose);
  // Doets 2013 predicts more from large food doses than the crystalline model (reference §3b).
  const highDoets =
    absorbedFromDose(crystalline) * uncertaintyFactor(crystalline) +
    release.high * doetsFoodAbsorbed(food);
  return {
    effectiveDoseUg: dose,
    absorbedUg: absorbed,
    absorbedFoodBoundUg: absorbed * foodShare,
    absorbedCrystallineUg: absorbed * (1 - foodShare),
    lowUg: Math.min(low, absorbed),
    highUg: Math.max(absorbed, Math.min(ingested, Math.max(highModel, highDoets))),
  };
}

export interface B12Occasion extends OccasionAbsorption {
  /** Day of the first intake (0–6) and its clock time. */
  readonly dayIndex: number;
  readonly time: string;
  readonly startMinute: number;
  readonly entryIds: readonly string[];
  readonly foodBoundUg: number;
  readonly crystallineUg: number;
  readonly supplementUg: number;
}

/** Per-intake shares of the absorbed B12, aligned with the intakes passed to `absorbB12`. */
export interface B12Absorption {
  readonly occasions: readonly B12Occasion[];
  readonly absorbedUg: Float64Array;
  readonly lowUg: Float64Array;
  readonly highUg: Float64Array;
}

function clockTime(startMinute: number): string {
  const minute = startMinute % MINUTES_PER_DAY;
  const hh = Math.floor(minute / 60);
  const mm = minute % 60;
  return `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
}

/**
 * Groups the intakes into occasions and absorbs each. Deterministic: intakes sorted by time (ties
 * keep input order); an occasion starts at its first intake and takes every later intake less than
 * `windowMinutes` after that start; the next intake starts a new one. Only intakes with credited
 * oral B12 take part; injections are handled by the caller.
 */
export function absorbB12(
  intakes: readonly EntryIntake[],
  release: FoodB12Release,
  windowMinutes: number,
): B12Absorption {
  const absorbedUg = new Float64Array(intakes.length);
  const lowUg = new Float64Array(intakes.length);
  const highUg = new Float64Array(intakes.length);
  const order: number[] = [];
  for (let i = 0; i < intakes.length; i++) {
    const b = intakes[i]!.b12;
    if (b.foodBoundUg + b.crystallineUg > 0) order.push(i);
  }
  order.sort((a, b) => intakes[a]!.minute - intakes[b]!.minute || a - b);
  const occasions: B12Occasion[] = [];
  let start = 0;
  while (start < order.length) {
    const startMinute = intakes[order[start]!]!.minute;
    let end = start + 1;
    while (end < order.length && intakes[order[end]!]!.minute - startMinute < windowMinutes) end++;
    occasions.push(
      absorbGroup(intakes, order.slice(start, end), release, absorbedUg, lowUg, highUg),
    );
    start = end;
  }
  return { occasions, absorbedUg, lowUg, highUg };
}

function absorbGroup(
  intakes: readonly EntryIntake[],
  members: readonly number[],
  release: FoodB12Release,
  absorbedUg: Float64Array,
  lowUg: Float64Array,
  highUg: Float64Array,
): B12Occasion {
  let food = 0;
  let available = 0;
  let crystalline = 0;
  let supplement = 0;
  for (const i of members) {
    const b = intakes[i]!.b12;
    food += b.foodBoundUg;
    available += b.foodBoundUg * b.bioavailability;
    crystalline += b.crystallineUg;
    supplement += b.supplementUg;
  }
  const result = absorbOccasion(food, crystalline, release, available);
  const ingested = food + crystalline;
  for (const i of members) {
    const b = intakes[i]!.b12;
    // Each intake gets the share of its own kind of B12; the range follows the estimate (or, when
    // nothing is counted, the ingested amount) so that low ≤ estimate ≤ high holds per entry.
    const own =
      (available > 0
        ? (result.absorbedFoodBoundUg * b.foodBoundUg * b.bioavailability) / available
        : 0) +
      (crystalline > 0 ? (result.absorbedCrystallineUg * b.crystallineUg) / crystalline : 0);
    const weight =
      result.absorbedUg > 0
        ? own / result.absorbedUg
        : (b.foodBoundUg + b.crystallineUg) / ingested;
    absorbedUg[i] = own;
    lowUg[i] = result.lowUg * weight;
    highUg[i] = result.highUg * weight;
  }
  const first = intakes[members[0]!]!;
  return {
    effectiveDoseUg: result.effectiveDoseUg,
    absorbedUg: result.absorbedUg,
    absorbedFoodBoundUg: result.absorbedFoodBoundUg,
    absorbedCrystallineUg: result.absorbedCrystallineUg,
    lowUg: result.lowUg,
    highUg: result.highUg,
    dayIndex: first.dayIndex,
    time: clockTime(first.minute),
    startMinute: first.minute,
    entryIds: members.map((i) => intakes[i]!.entry.id),
    foodBoundUg: food,
    crystallineUg: crystalline,
    supplementUg: supplement,
  };
}
