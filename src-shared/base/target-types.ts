/**
 * Types shared by the target tables, the target resolver and the gap analysis.
 *
 * Targets are keyed by nutrient id plus one derived quantity, `epaDha` (EPA + DHA, in grams like
 * its parts), because EPA and DHA recommendations are set for the sum (reference §1c, §2).
 */
import { NUTRIENT_IDS, type NutrientUnit } from './nutrients';

export const TARGET_NUTRIENT_IDS = [...NUTRIENT_IDS, 'epaDha'] as const;
export type TargetNutrientId = (typeof TARGET_NUTRIENT_IDS)[number];

/**
 * The target nutrients without their parts (B12 added, food folate, EPA, DHA), which are counted
 * in their totals: one row each in tables of targets or amounts, EPA + DHA after ALA.
 */
export const NUTRIENTS_WITHOUT_PARTS: readonly TargetNutrientId[] = [
  'energy',
  'protein',
  'fat',
  'carbohydrate',
  'fiber',
  'b12',
  'folateDfe',
  'folicAcid',
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
];

export type Sex = 'female' | 'male';
export type PregnancyState = 'none' | 'pregnant' | 'lactating';
export type Diet = 'omnivore' | 'pescatarian' | 'vegetarian' | 'vegan';
export type ReferenceSystem = 'dri' | 'efsa';

/**
 * RDA/AI (US/Canada), PRI/AI (EFSA), a public-health guideline where neither system sets an
 * intake (EPA+DHA under the US/Canada DRIs), or a value the user set for this person.
 */
/** 'UL': a derived target above the upper limit, replaced by the limit (targets.ts `capAtUpper`). */
export type TargetKind = 'RDA' | 'AI' | 'PRI' | 'guideline' | 'override' | 'UL';

/**
 * What an upper limit is compared with: the whole intake, supplements only (magnesium:
 * IOM 1997 p. 242, EFSA 2018; reference §1b note d, §6.4), or synthetic folic acid from
 * supplements and fortified food (IOM 1998 p. 273; reference §1b note c, §6.3).
 */
export type UpperScope = 'total' | 'supplements' | 'folicAcid';

/** Which system a number comes from; 'person' = an override in the profile. */
export type TargetSystem = ReferenceSystem | 'person';

export interface UpperLimit {
  readonly value: number;
  readonly scope: UpperScope;
  readonly system: TargetSystem;
  readonly source: string;
  /** False where reference/nutrition.md marks the number UNVERIFIED or Cobalt derived it. */
  readonly verified: boolean;
  readonly notes: readonly string[];
}

/** One nutrient's daily target for one person, with where it comes from. */
export interface NutrientTarget {
  readonly nutrient: TargetNutrientId;
  readonly unit: NutrientUnit;
  /** Daily amount in the nutrient's canonical unit; null = no target (informational only). */
  readonly daily: number | null;
  /**
   * Share of energy intake (EFSA ALA: 0.5 % of energy). When set, the target for a period is
   * share × energy eaten (kcal) ÷ 9 kcal/g fat; `daily` is the fallback when energy is unknown.
   */
  readonly energyShare: number | null;
  readonly kind: TargetKind | null;
  readonly system: TargetSystem | null;
  readonly source: string | null;
  readonly verified: boolean;
  readonly upper: UpperLimit | null;
  /** Plain-language notes: adjustments (vegetarian iron ×1.8), fallbacks, unverified values. */
  readonly notes: readonly string[];
  /**
   * Set when the derived target (vegetarian iron ×1.8 in pregnancy) exceeded the upper limit: the
   * derived value. `daily` is then the limit, and the conflict is flagged for a clinician.
   */
  readonly cappedFrom?: number;
}

/** The absorbed-B12 target the weekly B12 judgement uses (reference §3c rule 4). */
export interface AbsorbedB12Target {
  /** µg absorbed per day; null when there is no B12 target (infants, or removed by override). */
  readonly daily: number | null;
  /** Absorbed ÷ ingested target: 1/2.4 (DRI) or 1.5/4 (EFSA). */
  readonly ratio: number;
  readonly source: string;
  readonly verified: boolean;
  readonly notes: readonly string[];
}

export interface TargetSet {
  readonly personId: string;
  readonly reference: ReferenceSystem;
  /** e.g. "Female 19–30 y, pregnant". */
  readonly lifeStage: string;
  readonly nutrients: { readonly [K in TargetNutrientId]: NutrientTarget };
  readonly b12Absorbed: AbsorbedB12Target;
  readonly notes: readonly string[];
}
