/**
 * A linear lower bound of the absorbed B12 that additions bring, for the MIP.
 *
 * Absorption is saturable per eating occasion (b12-model.ts, reference §3c), so it is not linear
 * in grams. The optimizer places B12 additions at meal-slot occasions: slots closer together than
 * the absorption window share one occasion (grouped like the engine groups intakes), and each
 * group's added dose D (µg per day, the same every day) absorbs, over the week,
 *
 *   G(D) = Σ_days [ absorbed(E_day + D) − absorbed(E_day) ]
 *
 * where E_day is the B12 already eaten in that occasion. G is concave (a sum of concave
 * functions), so the piecewise-linear interpolation between breakpoints lies below it: the model
 * never credits more than the engine will. It is the minimum of its chords, so "z ≤ each chord"
 * is exact in an LP. E_day counts every existing occasion that starts less than one window before
 * or after the slot (the addition might join or pull in either), which errs on the low side too.
 * The proposal is then re-checked with the real engine (optimize.ts).
 */
import { absorbedFromDose } from '../../base/b12-model';
import type { B12Occasion } from '../b12-absorption';
import { MINUTES_PER_DAY, minutesOfDay } from '../../base/dates';
import type { MealSlot } from '../../schemas/rows';

export interface OccasionGroup {
  /** The slot additions are placed at (the earliest in the group). */
  readonly slotId: string;
  readonly slotIds: readonly string[];
  readonly minuteOfDay: number;
}

/** A chord: absorbed gain ≤ intercept + slope · D. */
export interface GainLine {
  readonly slope: number;
  readonly intercept: number;
}

/** Meal slots grouped as the engine groups intakes: a group starts at its first slot's time. */
export function occasionGroups(slots: readonly MealSlot[], windowHours: number): OccasionGroup[] {
  const window = windowHours * 60;
  const sorted = [...slots]
    .map((s) => ({ id: s.id, minute: minutesOfDay(s.time) }))
    .sort((a, b) => a.minute - b.minute || (a.id < b.id ? -1 : 1));
  const groups: { slotId: string; slotIds: string[]; minuteOfDay: number }[] = [];
  for (const slot of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && slot.minute - last.minuteOfDay < window) last.slotIds.push(slot.id);
    else groups.push({ slotId: slot.id, slotIds: [slot.id], minuteOfDay: slot.minute });
  }
  return groups;
}

/** Effective B12 dose already in the occasion an addition at `group` would join, per day. */
export function existingDoses(
  group: OccasionGroup,
  occasions: readonly B12Occasion[],
  windowHours: number,
  days: number,
): number[] {
  const window = windowHours * 60;
  return Array.from({ length: days }, (_, day) => {
    const minute = day * MINUTES_PER_DAY + group.minuteOfDay;
    let dose = 0;
    for (const o of occasions) {
      if (Math.abs(o.startMinute - minute) < window) dose += o.effectiveDoseUg;
    }
    return dose;
  });
}

/** Weekly absorbed gain of adding `dose` µg every day on top of `existing`. */
export function weeklyGain(existing: readonly number[], dose: number): number {
  let gain = 0;
  for (const e of existing) gain += absorbedFromDose(e + dose) - absorbedFromDose(e);
  return gain;
}

/** The chords of G between consecutive breakpoints. */
export function gainLines(existing: readonly number[], breakpoints: readonly number[]): GainLine[] {
  const lines: GainLine[] = [];
  for (let i = 1; i < breakpoints.length; i++) {
    const d0 = breakpoints[i - 1]!;
    const d1 = breakpoints[i]!;
    const g0 = weeklyGain(existing, d0);
    const g1 = weeklyGain(existing, d1);
    const slope = (g1 - g0) / (d1 - d0);
    lines.push({ slope, intercept: g0 - slope * d0 });
  }
  return lines;
}
