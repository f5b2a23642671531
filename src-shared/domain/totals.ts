/**
 * Nutrient totals for a period (a meal, a day, a week) with coverage.
 *
 * Coverage of a nutrient = grams of food eaten whose value for that nutrient is known ÷ all grams
 * eaten in the period (null when nothing was eaten). Totals add the known amounts only: unknown is
 * never counted as zero (product brief, "Unknown is not zero").
 */
import {
  NUTRIENT_INDEX as I,
  SLOT_COUNT,
  SLOT_EPA_DHA,
  SLOT_SUPPLEMENT_MAGNESIUM,
  type EntryIntake,
} from './intake';
import type { TargetNutrientId } from '../base/target-types';

export interface NutrientTotal {
  /** Sum of the known amounts, canonical unit. */
  readonly value: number;
  readonly knownGrams: number;
  readonly totalGrams: number;
  /** knownGrams ÷ totalGrams, or null when nothing was eaten. */
  readonly coverage: number | null;
}

/** B12 of a period, µg. `ingestedUg` is credited oral B12; pseudo-B12 and injections are apart. */
export interface B12PeriodSummary {
  readonly ingestedUg: number;
  readonly foodBoundUg: number;
  readonly crystallineUg: number;
  readonly supplementUg: number;
  readonly injectedUg: number;
  /** Estimated absorbed (oral occasions + the injection assumption) and its range. */
  readonly absorbedUg: number;
  readonly absorbedLowUg: number;
  readonly absorbedHighUg: number;
  /** B12 the food table lists for pseudo-B12 foods eaten: reported, not counted. */
  readonly pseudoListedUg: number;
}

export interface PeriodTotals {
  /** Grams eaten (injections excluded). */
  readonly totalGrams: number;
  readonly entryCount: number;
  readonly nutrients: { readonly [K in TargetNutrientId]: NutrientTotal };
  /** Magnesium from supplements only: what magnesium upper limits count (reference §6.4). */
  readonly supplementalMagnesium: NutrientTotal;
  readonly b12: B12PeriodSummary;
}

function total(value: number, knownGrams: number, totalGrams: number): NutrientTotal {
  return {
    value,
    knownGrams,
    totalGrams,
    coverage: totalGrams > 0 ? knownGrams / totalGrams : null,
  };
}

/** Adds entries into one period. A private builder: results are plain immutable data. */
export class TotalsAccumulator {
  // Plain arrays: many small accumulators are made per analysis, and small typed arrays are slower
  // to allocate than they are to add into.
  private readonly amounts: number[] = new Array<number>(SLOT_COUNT).fill(0);
  private readonly knownGrams: number[] = new Array<number>(SLOT_COUNT).fill(0);
  private totalGrams = 0;
  private entryCount = 0;
  private foodBoundUg = 0;
  private crystallineUg = 0;
  private supplementUg = 0;
  private injectedUg = 0;
  private absorbedUg = 0;
  private absorbedLowUg = 0;
  private absorbedHighUg = 0;
  private pseudoListedUg = 0;

  /** Adds one entry as eaten by one person, with that person's absorbed B12 share and range. */
  add(intake: EntryIntake, absorbedUg: number, lowUg: number, highUg: number): void {
    this.entryCount++;
    if (intake.eaten) {
      const grams = intake.entry.grams;
      this.totalGrams += grams;
      for (let i = 0; i < SLOT_COUNT; i++) {
        if (intake.known[i] === 1) {
          this.amounts[i]! += intake.amounts[i]!;
          this.knownGrams[i]! += grams;
        }
      }
    }
    const b = intake.b12;
    this.foodBoundUg += b.foodBoundUg;
    this.crystallineUg += b.crystallineUg;
    this.supplementUg += b.supplementUg;
    this.injectedUg += b.injectedUg;
    this.pseudoListedUg += b.listedPseudoUg ?? 0;
    this.absorbedUg += absorbedUg;
    this.absorbedLowUg += lowUg;
    this.absorbedHighUg += highUg;
  }

  /** Adds everything in `other` (a meal into its day, a day into the week). */
  merge(other: TotalsAccumulator): void {
    for (let i = 0; i < SLOT_COUNT; i++) {
      this.amounts[i]! += other.amounts[i]!;
      this.knownGrams[i]! += other.knownGrams[i]!;
    }
    this.totalGrams += other.totalGrams;
    this.entryCount += other.entryCount;
    this.foodBoundUg += other.foodBoundUg;
    this.crystallineUg += other.crystallineUg;
    this.supplementUg += other.supplementUg;
    this.injectedUg += other.injectedUg;
    this.pseudoListedUg += other.pseudoListedUg;
    this.absorbedUg += other.absorbedUg;
    this.absorbedLowUg += other.absorbedLowUg;
    this.absorbedHighUg += other.absorbedHighUg;
  }

  result(): PeriodTotals {
    const a = this.amounts;
    const k = this.knownGrams;
    const g = this.totalGrams;
    const t = (i: number) => total(a[i]!, k[i]!, g);
    // A literal with every key keeps one object shape (fast to build and read, checked by tsc).
    const nutrients: PeriodTotals['nutrients'] = {
      energy: t(I.energy),
      protein: t(I.protein),
      fat: t(I.fat),
      carbohydrate: t(I.carbohydrate),
      fiber: t(I.fiber),
      b12: t(I.b12),
      b12Added: t(I.b12Added),
      folateDfe: t(I.folateDfe),
      folateFood: t(I.folateFood),
      folicAcid: t(I.folicAcid),
      b6: t(I.b6),
      magnesium: t(I.magnesium),
      ala: t(I.ala),
      epa: t(I.epa),
      dha: t(I.dha),
      iron: t(I.iron),
      zinc: t(I.zinc),
      calcium: t(I.calcium),
      vitaminD: t(I.vitaminD),
      iodine: t(I.iodine),
      selenium: t(I.selenium),
      epaDha: t(SLOT_EPA_DHA),
    };
    return {
      totalGrams: this.totalGrams,
      entryCount: this.entryCount,
      nutrients,
      supplementalMagnesium: t(SLOT_SUPPLEMENT_MAGNESIUM),
      b12: {
        ingestedUg: this.foodBoundUg + this.crystallineUg,
        foodBoundUg: this.foodBoundUg,
        crystallineUg: this.crystallineUg,
        supplementUg: this.supplementUg,
        injectedUg: this.injectedUg,
        absorbedUg: this.absorbedUg,
        absorbedLowUg: this.absorbedLowUg,
        absorbedHighUg: this.absorbedHighUg,
        pseudoListedUg: this.pseudoListedUg,
      },
    };
  }
}

/** Totals of a list of entries for one person (absorbed B12 per entry aligned by index). */
export function sumEntries(
  intakes: readonly EntryIntake[],
  absorbed?: {
    readonly absorbedUg: ArrayLike<number>;
    readonly lowUg: ArrayLike<number>;
    readonly highUg: ArrayLike<number>;
  },
): PeriodTotals {
  const acc = new TotalsAccumulator();
  intakes.forEach((intake, i) => {
    acc.add(
      intake,
      absorbed?.absorbedUg[i] ?? 0,
      absorbed?.lowUg[i] ?? 0,
      absorbed?.highUg[i] ?? 0,
    );
  });
  return acc.result();
}
