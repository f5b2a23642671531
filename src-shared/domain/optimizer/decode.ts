/**
 * From solver values to additions a person can eat: grams rounded up to whole grams (so no gap
 * row is left short by rounding), supplements in whole units, each placed at a meal slot.
 */
import type { TargetNutrientId } from '../../base/target-types';
import { gapAmountPerGram, type Candidate } from './candidates';
import { gramsPerModelUnit, type ColumnRef } from './model';
import type { OccasionGroup } from './b12-linear';
import { MIN_ADDITION_GRAMS } from './params';
import type { Addition } from './types';

/** Below this, a column value is solver noise, not an addition. */
const ZERO = 1e-6;

export interface DecodeContext {
  readonly personId: string;
  readonly dates: readonly string[];
  readonly candidates: readonly Candidate[];
  readonly columns: readonly ColumnRef[];
  readonly groups: readonly OccasionGroup[];
  readonly gapNutrients: readonly TargetNutrientId[];
  /** The slot an addition goes to when its slot does not matter to the model (no B12 gap). */
  readonly defaultSlot: (candidate: Candidate) => string;
}

export function decodeSolution(values: ArrayLike<number>, ctx: DecodeContext): Addition[] {
  const bySlot = new Map<string, { candidate: Candidate; slotId: string; amount: number }>();
  ctx.columns.forEach((ref, col) => {
    if (ref.kind !== 'amount') return;
    const value = values[col] ?? 0;
    if (!(value > ZERO)) return;
    const candidate = ctx.candidates[ref.candidate]!;
    const slotId = ref.group === null ? ctx.defaultSlot(candidate) : ctx.groups[ref.group]!.slotId;
    const key = `${candidate.food.id}|${slotId}`;
    // Rounding up never leaves a gap row short; a few grams is the least worth adding at a meal.
    const amount = candidate.supplement
      ? Math.round(value)
      : Math.max(MIN_ADDITION_GRAMS, Math.ceil(value - ZERO));
    if (amount <= 0) return;
    const seen = bySlot.get(key);
    if (seen) seen.amount += amount;
    else bySlot.set(key, { candidate, slotId, amount });
  });
  return [...bySlot.values()].map(({ candidate, slotId, amount }) => {
    const grams = amount * gramsPerModelUnit(candidate);
    const energy = candidate.food.nutrients.energy;
    return {
      personId: ctx.personId,
      foodId: candidate.food.id,
      foodName: candidate.food.name,
      kind: candidate.food.kind,
      slotId,
      dates: ctx.dates,
      grams,
      units: candidate.supplement ? amount : null,
      kcal: energy === null ? null : (energy * grams) / 100,
      nutrients: ctx.gapNutrients.filter((n) => gapAmountPerGram(candidate, n) > 0),
    };
  });
}
