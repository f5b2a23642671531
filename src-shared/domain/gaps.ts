/**
 * Gap status of one nutrient for one day or one week: met, low, very low, above the upper limit,
 * or no data, with a severity and a plain-language message.
 *
 * Thresholds are Cobalt's choice (the reference sets none): met ≥ 100 % of the target; low
 * 50–100 %; very low < 50 %. Severity: very low and above an upper limit are critical, low is a
 * warning, met and no data are info. A week is judged on its total against 7 × the daily target
 * (an energy-share target: against the week's energy), and the days on which the daily target was
 * met are counted alongside. Upper limits are daily: a week is above the limit if any day is.
 */
import { formatAmount, nutrientLabel, percent } from './format';
import type { NutrientTotal } from './totals';
import type { NutrientTarget, TargetNutrientId, UpperScope } from '../base/target-types';

export type GapStatus = 'met' | 'low' | 'veryLow' | 'aboveUpper' | 'noData';
export type Severity = 'info' | 'warning' | 'critical';

export const LOW_BELOW = 1;
export const VERY_LOW_BELOW = 0.5;
/** Floating-point slack so that an intake exactly at the target counts as met. */
const EPSILON = 1e-9;
/** kcal per g of fat (Atwater general factor), to turn EFSA's "0.5 % of energy" into grams of ALA. */
export const KCAL_PER_G_FAT = 9;

export const SEVERITY_BY_STATUS: Readonly<Record<GapStatus, Severity>> = {
  met: 'info',
  low: 'warning',
  veryLow: 'critical',
  aboveUpper: 'critical',
  noData: 'info',
};

export interface NutrientGap {
  readonly nutrient: TargetNutrientId;
  readonly period: 'day' | 'week';
  /** The day, or null for the week. */
  readonly date: string | null;
  /** B12 is judged on estimated absorbed B12 against the absorbed target (reference §3c rule 4). */
  readonly basis: 'intake' | 'absorbed';
  readonly status: GapStatus;
  readonly severity: Severity;
  /** The status against the target alone (a day can be low in magnesium and above the limit). */
  readonly targetStatus: Exclude<GapStatus, 'aboveUpper'>;
  /** Known intake for the period (absorbed for B12), canonical unit. */
  readonly intake: number;
  /** Target for the period; null when the nutrient has only an upper limit. */
  readonly target: number | null;
  /** intake ÷ target (1 = 100 %), null without a target. */
  readonly ratio: number | null;
  /** How much is missing to reach the target, 0 when met. */
  readonly shortfall: number;
  /** Daily upper limit and what it is compared with. */
  readonly upper: number | null;
  readonly upperScope: UpperScope | null;
  /** The day's intake counted against the upper limit (week: the highest day). */
  readonly upperIntake: number | null;
  readonly coverage: number | null;
  /** Week only: days on which the daily target was met, and days above the upper limit. */
  readonly daysMet: number | null;
  readonly daysAboveUpper: number | null;
  readonly message: string;
  readonly source: string | null;
}

export interface GapInput {
  readonly target: NutrientTarget;
  readonly period: 'day' | 'week';
  readonly date: string | null;
  readonly basis: 'intake' | 'absorbed';
  readonly intake: number;
  /** False when nothing with a known value was eaten (or, for B12, nothing credited or injected). */
  readonly known: boolean;
  readonly totalGrams: number;
  readonly coverage: number | null;
  /** Target for the period (see `periodTarget`). */
  readonly periodTarget: number | null;
  readonly upperIntake: number | null;
  readonly daysMet: number | null;
  readonly daysAboveUpper: number | null;
  /**
   * Uncertainty range of `intake` (absorbed B12: b12-model.ts). When it straddles the target the
   * message says "may not be met" (or "may be met") instead of a plain verdict.
   */
  readonly range?: { readonly low: number; readonly high: number } | null;
}

/** The target for a period of `days` days, given the energy eaten in it (for energy shares). */
export function periodTarget(
  target: NutrientTarget,
  days: number,
  energy: NutrientTotal,
): number | null {
  if (target.energyShare !== null && energy.knownGrams > 0 && energy.value > 0) {
    return (target.energyShare * energy.value) / KCAL_PER_G_FAT;
  }
  return target.daily === null ? null : target.daily * days;
}

/** True when `intake` exceeds the limit. */
export function isAboveUpper(intake: number, upper: number): boolean {
  return intake > upper * (1 + EPSILON);
}

export function statusFor(
  intake: number,
  target: number | null,
  known: boolean,
): Exclude<GapStatus, 'aboveUpper'> {
  if (!known) return 'noData';
  if (target === null || target <= 0) return 'met';
  const ratio = intake / target;
  if (ratio >= LOW_BELOW - EPSILON) return 'met';
  return ratio >= VERY_LOW_BELOW ? 'low' : 'veryLow';
}

const SCOPE_WORDS: Readonly<Record<UpperScope, string>> = {
  total: 'intake',
  supplements: 'from supplements',
  folicAcid: 'folic acid from supplements and fortified food',
};

function message(
  input: GapInput,
  status: GapStatus,
  ratio: number | null,
  shortfall: number,
): string {
  const id = input.target.nutrient;
  const label =
    input.basis === 'absorbed' ? `${nutrientLabel(id)} (estimated absorbed)` : nutrientLabel(id);
  const upper = input.target.upper;
  if (status === 'aboveUpper' && upper !== null && input.upperIntake !== null) {
    const days = input.period === 'week' ? ` on ${input.daysAboveUpper ?? 0} of 7 days` : '';
    return (
      `${label} ${SCOPE_WORDS[upper.scope]}: ${formatAmount(id, input.upperIntake)} is above the ` +
      `upper limit of ${formatAmount(id, upper.value)} a day${days}.`
    );
  }
  if (status === 'noData') {
    return input.totalGrams === 0 && input.intake === 0
      ? `${label}: nothing planned.`
      : `${label}: no data for the foods planned.`;
  }
  if (input.periodTarget === null || ratio === null) return `${label}: within the upper limit.`;
  const of = `${formatAmount(id, input.intake)} of ${formatAmount(id, input.periodTarget)}`;
  const when = input.period === 'week' ? 'the weekly target' : 'the target';
  let text = `${label}: ${percent(ratio)} % of ${when} (${of})`;
  const range = input.range ?? null;
  if (status === 'met' && range !== null && range.low < input.periodTarget) {
    text +=
      `, but it may not be met: the low end of the estimate, ${formatAmount(id, range.low)}, ` +
      'is below the target.';
  } else {
    text += status === 'met' ? '.' : `; ${formatAmount(id, shortfall)} short.`;
    if (status !== 'met' && range !== null && range.high >= input.periodTarget) {
      text += ` The high end of the estimate, ${formatAmount(id, range.high)}, reaches the target, so it may be met.`;
    }
  }
  if (input.period === 'week') text += ` Met on ${input.daysMet ?? 0} of 7 days.`;
  const missing = input.coverage === null ? 0 : 100 - percent(input.coverage);
  if (status !== 'met' && missing >= 1) {
    text += ` ${missing} % of the food eaten has no value, so it may be higher.`;
  }
  return text;
}

/** Judges one nutrient for one period. */
export function judgeGap(input: GapInput): NutrientGap {
  const upper = input.target.upper;
  const above =
    upper !== null &&
    (input.period === 'week'
      ? (input.daysAboveUpper ?? 0) > 0
      : input.upperIntake !== null && isAboveUpper(input.upperIntake, upper.value));
  const base = statusFor(input.intake, input.periodTarget, input.known);
  const status: GapStatus = above ? 'aboveUpper' : base;
  const ratio =
    input.periodTarget !== null && input.periodTarget > 0
      ? input.intake / input.periodTarget
      : null;
  const shortfall =
    input.periodTarget !== null && base !== 'met'
      ? Math.max(0, input.periodTarget - input.intake)
      : 0;
  return {
    nutrient: input.target.nutrient,
    period: input.period,
    date: input.date,
    basis: input.basis,
    status,
    severity: SEVERITY_BY_STATUS[status],
    targetStatus: base,
    intake: input.intake,
    target: input.periodTarget,
    ratio,
    shortfall,
    upper: upper?.value ?? null,
    upperScope: upper?.scope ?? null,
    upperIntake: input.upperIntake,
    coverage: input.coverage,
    daysMet: input.daysMet,
    daysAboveUpper: input.daysAboveUpper,
    message: message(input, status, ratio, shortfall),
    source: input.target.source ?? upper?.source ?? null,
  };
}
