/**
 * The row format of the target tables (targets-dri.ts, targets-efsa.ts) and the lookup that picks
 * the row for a person. A table lists rows by age band, sex and pregnancy state; the first match
 * wins, so pregnancy and lactation rows come first.
 */
import type {
  PregnancyState,
  Sex,
  TargetKind,
  TargetNutrientId,
  UpperScope,
} from '../base/target-types';

/**
 * A value that changes linearly with age between two anchor points. Used only where the reference
 * gives an EFSA range for a span of ages rather than one value per band (e.g. "Children 1–14 y
 * 0.6–1.4"); such rows are always `verified: false`.
 */
export interface AgeInterpolation {
  readonly fromAge: number;
  readonly from: number;
  readonly toAge: number;
  readonly to: number;
}

export interface TargetRow {
  /** Inclusive lower age in whole years. */
  readonly minAge: number;
  /** Exclusive upper age in whole years (Infinity for open-ended bands). */
  readonly maxAge: number;
  /** Absent: both sexes. */
  readonly sex?: Sex;
  /** Absent: any state (the reference gives no separate pregnancy value). */
  readonly state?: Exclude<PregnancyState, 'none'>;
  readonly value: number | AgeInterpolation;
  /** Overrides the table's kind (EFSA folate in pregnancy is an AI, the rest PRIs). */
  readonly kind?: TableKind;
  /** Defaults to true. False where the reference marks the value UNVERIFIED. */
  readonly verified?: boolean;
  readonly note?: string;
}

/** Recommended-intake tables carry the kind of target; upper-limit tables are 'UL'. */
export type TableKind = TargetKind | 'UL';

export interface TargetTable {
  readonly nutrient: TargetNutrientId;
  readonly kind: TableKind;
  /** Only for upper-limit tables. */
  readonly scope?: UpperScope;
  /** Citation for every row: reference/nutrition.md section and the primary source. */
  readonly source: string;
  readonly rows: readonly TargetRow[];
}

/** Tables of one reference system, by nutrient; a missing nutrient has no value in it. */
export type TargetTables = Partial<Readonly<Record<TargetNutrientId, TargetTable>>>;

export interface RowMatch {
  readonly value: number;
  readonly kind: TableKind;
  readonly verified: boolean;
  readonly note: string | null;
}

export interface StageKey {
  readonly ageYears: number;
  readonly sex: Sex;
  readonly pregnancy: PregnancyState;
}

function valueAt(value: number | AgeInterpolation, age: number): number {
  if (typeof value === 'number') return value;
  const span = value.toAge - value.fromAge;
  const t = Math.min(1, Math.max(0, (age - value.fromAge) / span));
  return value.from + (value.to - value.from) * t;
}

/** The first row of `table` that applies to the person, or null when none does. */
export function lookupRow(table: TargetTable, stage: StageKey): RowMatch | null {
  for (const row of table.rows) {
    if (stage.ageYears < row.minAge || stage.ageYears >= row.maxAge) continue;
    if (row.sex !== undefined && row.sex !== stage.sex) continue;
    if (row.state !== undefined && row.state !== stage.pregnancy) continue;
    return {
      value: valueAt(row.value, stage.ageYears),
      kind: row.kind ?? table.kind,
      verified: row.verified ?? true,
      note: row.note ?? null,
    };
  }
  return null;
}
