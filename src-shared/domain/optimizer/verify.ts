/**
 * Checks a proposal with the real engine: the additions become plan entries, the week is analysed
 * again, and the gaps and flags before and after are compared. What the screen says a proposal
 * fixes is this comparison, never the model's own estimate.
 */
import { analyzeWeek } from '../analyze-week';
import type { AnalyzeWeekInput, PersonWeekAnalysis, WeekAnalysis } from '../analysis-types';
import type { TargetNutrientId } from '../../base/target-types';
import type { PlanEntry } from '../../schemas/plan';
import type { MealSlot } from '../../schemas/rows';
import type { Addition, FixedFlag } from './types';

/** Time used when an addition's slot is not among the meal slots (plan-analysis.ts uses 12:00). */
const FALLBACK_TIME = '12:00';

/** The additions as engine plan entries, one per addition and date. */
export function additionEntries(
  additions: readonly Addition[],
  slots: readonly MealSlot[],
): PlanEntry[] {
  const times = new Map(slots.map((s) => [s.id, s.time]));
  return additions.flatMap((a, i) =>
    a.dates.map((date) => ({
      id: `optimizer-${i}@${date}`,
      date,
      time: times.get(a.slotId) ?? FALLBACK_TIME,
      slotId: a.slotId,
      foodId: a.foodId,
      grams: a.grams,
      eaters: [a.personId],
      recipeId: null,
      label: null,
    })),
  );
}

export function analyzeWithAdditions(
  base: AnalyzeWeekInput,
  additions: readonly Addition[],
  slots: readonly MealSlot[],
): WeekAnalysis {
  return analyzeWeek({ ...base, entries: [...base.entries, ...additionEntries(additions, slots)] });
}

const isLow = (status: string) => status === 'low' || status === 'veryLow';

/** Warnings, critical flags and low gaps of `before` that `after` no longer has. */
export function fixedFlags(before: PersonWeekAnalysis, after: PersonWeekAnalysis): FixedFlag[] {
  const stillFlagged = new Set(after.flags.map((f) => f.id));
  const flags = before.flags
    .filter((f) => f.severity !== 'info' && !stillFlagged.has(f.id))
    .map((f) => ({ id: f.id, personId: f.personId, nutrient: f.nutrient, message: f.message }));
  const afterGaps = new Map(after.weekGaps.map((g) => [g.nutrient, g]));
  const gaps = before.weekGaps
    .filter((g) => isLow(g.targetStatus) && afterGaps.get(g.nutrient)?.targetStatus === 'met')
    .map((g) => ({
      id: `gap.${g.nutrient}`,
      personId: before.personId,
      nutrient: g.nutrient,
      message: g.message,
    }));
  return [...flags, ...gaps];
}

/** Of `targeted`, the nutrients whose week gap the engine reports as met. */
export function metNutrients(
  analysis: PersonWeekAnalysis,
  targeted: readonly TargetNutrientId[],
): TargetNutrientId[] {
  const gaps = new Map(analysis.weekGaps.map((g) => [g.nutrient, g]));
  return targeted.filter((n) => gaps.get(n)?.targetStatus === 'met');
}
