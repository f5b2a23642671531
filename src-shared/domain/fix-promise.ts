/**
 * Promises kept: what a fix will do, computed by the real engine for the meal(s) and days it lands
 * in. B12 absorption saturates per eating occasion (b12-model.ts, reference §3c), so a B12 fix at a
 * meal that already holds fortified food absorbs less than the same fix alone; the figure a fix
 * promises is therefore the engine's figure for a placement, and `placeFix` picks the placement
 * that achieves the most. Other nutrients add up linearly, so their meal does not matter.
 */
import { analyzeWeek } from './analyze-week';
import type { AnalyzeWeekInput, PersonWeekAnalysis } from './analysis-types';
import type { B12StrategyId } from './b12-strategy';
import { minutesOfDay } from '../base/dates';
import type { TargetNutrientId } from '../base/target-types';
import type { PlanEntry } from '../schemas/plan';
import type { MealSlot } from '../schemas/rows';

/** Where and when a fix is eaten. */
export interface FixPlacement {
  readonly slotIds: readonly string[];
  readonly dates: readonly string[];
}

export interface FixAddition {
  readonly foodId: string;
  /** Grams per time (supplements: units × unit weight). */
  readonly grams: number;
}

export interface FixPrediction {
  /** The week's ratio to target after the fix (B12: absorbed estimate). */
  readonly ratio: number | null;
  /** The low end of the model's range, B12 only (else the ratio). */
  readonly lowRatio: number | null;
  /** The B12 strategies the week follows after the fix. */
  readonly followed: readonly B12StrategyId[];
}

export interface FixContext {
  /** The week as the engine reads it, for the whole household. */
  readonly base: AnalyzeWeekInput;
  readonly personId: string;
  readonly slots: readonly MealSlot[];
}

/** Time used when a slot is not among the meal slots (plan-analysis.ts uses 12:00). */
const FALLBACK_TIME = '12:00';

/** One person's week only: each person's analysis depends on their own entries alone. */
function personBase(ctx: FixContext): AnalyzeWeekInput {
  return {
    ...ctx.base,
    people: ctx.base.people.filter((p) => p.id === ctx.personId),
    entries: ctx.base.entries.filter((e) => e.eaters.includes(ctx.personId)),
  };
}

/** The fix as engine plan entries. */
export function fixEntries(
  ctx: FixContext,
  additions: readonly FixAddition[],
  placement: FixPlacement,
): PlanEntry[] {
  const times = new Map(ctx.slots.map((s) => [s.id, s.time]));
  return additions.flatMap((a, i) =>
    placement.slotIds.flatMap((slotId, k) =>
      placement.dates.map((date) => ({
        id: `fix-${i}-${k}@${date}`,
        date,
        time: times.get(slotId) ?? FALLBACK_TIME,
        slotId,
        foodId: a.foodId,
        grams: a.grams,
        eaters: [ctx.personId],
        recipeId: null,
        label: null,
      })),
    ),
  );
}

function readPrediction(person: PersonWeekAnalysis, nutrient: TargetNutrientId): FixPrediction {
  const gap = person.weekGaps.find((g) => g.nutrient === nutrient);
  const ratio = gap?.ratio ?? null;
  const target = gap?.target ?? null;
  const lowRatio =
    nutrient === 'b12' && target !== null && target > 0
      ? person.week.b12.absorbedLowUg / target
      : ratio;
  return { ratio, lowRatio, followed: person.b12.strategy.followed };
}

/** What the engine says the week looks like with the fix at `placement`. */
export function predictFix(
  ctx: FixContext,
  additions: readonly FixAddition[],
  placement: FixPlacement,
  nutrient: TargetNutrientId,
): FixPrediction {
  const base = personBase(ctx);
  const analysis = analyzeWeek({
    ...base,
    entries: [...base.entries, ...fixEntries(ctx, additions, placement)],
  });
  return readPrediction(analysis.people[0]!, nutrient);
}

/**
 * The meal choices for a fix eaten `timesPerDay` times a day: every slot, or every pair of slots
 * at least `minGapHours` apart (the twice-a-day strategy), the default first: the first slot, and
 * the one furthest from it.
 */
export function placements(
  slots: readonly MealSlot[],
  timesPerDay: 1 | 2,
  minGapHours: number,
): string[][] {
  const sorted = [...slots].sort((a, b) => minutesOfDay(a.time) - minutesOfDay(b.time));
  if (timesPerDay === 1) return sorted.map((s) => [s.id]);
  const pairs: { ids: string[]; gap: number }[] = [];
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      const gap = minutesOfDay(b.time) - minutesOfDay(a.time);
      if (gap >= minGapHours * 60) pairs.push({ ids: [a.id, b.id], gap });
    }
  });
  return pairs.sort((x, y) => y.gap - x.gap).map((p) => p.ids);
}

export interface PlacedPromise extends FixPrediction {
  readonly slotIds: readonly string[];
}

/**
 * The placement (among `choices`) at which the fix achieves the most, and what it achieves there;
 * ties keep the earlier choice. Null when there is no choice.
 */
export function placeFix(
  ctx: FixContext,
  additions: readonly FixAddition[],
  dates: readonly string[],
  choices: readonly (readonly string[])[],
  nutrient: TargetNutrientId,
): PlacedPromise | null {
  let best: PlacedPromise | null = null;
  for (const slotIds of choices) {
    const p = predictFix(ctx, additions, { slotIds, dates }, nutrient);
    if (best === null || (p.ratio ?? -1) > (best.ratio ?? -1) + 1e-9) best = { ...p, slotIds };
  }
  return best;
}
