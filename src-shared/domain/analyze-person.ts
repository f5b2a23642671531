/**
 * One person's week: totals per entry, meal, day and week; absorbed B12 per occasion; gaps per day
 * and week; the B12 strategy check; pseudo-B12 report; flags.
 */
import { absorbB12, foodB12Release } from './b12-absorption';
import { B12_MODEL_NOTES } from '../base/b12-model';
import { checkB12Strategy } from './b12-strategy';
import type { DayResult, EntryResult, MealResult, PersonWeekAnalysis } from './analysis-types';
import { iodineSeleniumFlags } from './diet-rules-iodine-selenium';
import { dietFlags, type PseudoB12Item } from './diet-rules';
import { judgeGap, periodTarget, type NutrientGap } from './gaps';
import type { EntryIntake } from './intake';
import { personTargets } from './targets';
import {
  TARGET_NUTRIENT_IDS,
  type NutrientTarget,
  type TargetNutrientId,
  type TargetSet,
} from '../base/target-types';
import { TotalsAccumulator, type PeriodTotals } from './totals';
import type { AnalysisSettings } from '../schemas/plan';
import type { PersonProfile } from '../schemas/profile';

export type EntryNutrients = EntryResult['nutrients'];

interface MealBuilder {
  readonly dayIndex: number;
  readonly date: string;
  readonly slotId: string;
  minute: number;
  readonly ids: string[];
  readonly acc: TotalsAccumulator;
}

const NO_REASON = 'Not a reliable source of B12, so it is not counted (reference §6.1).';

/** Nutrients judged for gaps: those with a target or an upper limit. */
function judgedTargets(targets: TargetSet): NutrientTarget[] {
  return TARGET_NUTRIENT_IDS.map((id) => targets.nutrients[id]).filter(
    (t) => t.daily !== null || t.energyShare !== null || t.upper !== null,
  );
}

/** The intake counted against the target's upper limit in a period. */
function upperIntake(target: NutrientTarget, totals: PeriodTotals): number | null {
  const upper = target.upper;
  if (upper === null) return null;
  if (upper.scope === 'supplements') return totals.supplementalMagnesium.value;
  if (upper.scope === 'folicAcid') return totals.nutrients.folicAcid.value;
  return totals.nutrients[target.nutrient].value;
}

/** B12 is judged on absorbed B12 against the absorbed target (reference §3c rule 4). */
function b12AbsorbedTarget(targets: TargetSet): NutrientTarget {
  const b12 = targets.nutrients.b12;
  return { ...b12, daily: targets.b12Absorbed.daily, source: targets.b12Absorbed.source };
}

function gapsFor(
  targets: readonly NutrientTarget[],
  absorbedB12: NutrientTarget,
  totals: PeriodTotals,
  period: 'day' | 'week',
  date: string | null,
  days: number,
  dayGaps: readonly (readonly NutrientGap[])[] | null,
): NutrientGap[] {
  return targets.map((t, k) => {
    const isB12 = t.nutrient === 'b12';
    const target = isB12 ? absorbedB12 : t;
    const total = totals.nutrients[t.nutrient];
    let daysMet: number | null = null;
    let daysAboveUpper: number | null = null;
    let upper = upperIntake(t, totals);
    if (dayGaps !== null) {
      daysMet = 0;
      daysAboveUpper = 0;
      upper = upper === null ? null : 0;
      for (const day of dayGaps) {
        const gap = day[k]!;
        if (gap.targetStatus === 'met' && gap.target !== null) daysMet++;
        if (gap.status === 'aboveUpper') daysAboveUpper++;
        if (upper !== null && gap.upperIntake !== null) upper = Math.max(upper, gap.upperIntake);
      }
    }
    return judgeGap({
      target,
      period,
      date,
      basis: isB12 ? 'absorbed' : 'intake',
      intake: isB12 ? totals.b12.absorbedUg : total.value,
      known: total.knownGrams > 0 || (isB12 && totals.b12.injectedUg > 0),
      totalGrams: totals.totalGrams,
      coverage: total.coverage,
      periodTarget: periodTarget(target, days, totals.nutrients.energy),
      upperIntake: upper,
      daysMet,
      daysAboveUpper,
      range: isB12 ? { low: totals.b12.absorbedLowUg, high: totals.b12.absorbedHighUg } : null,
    });
  });
}

export function analyzePerson(
  person: PersonProfile,
  intakes: readonly EntryIntake[],
  nutrientsOf: ReadonlyMap<EntryIntake, EntryNutrients>,
  dates: readonly string[],
  settings: AnalysisSettings,
): PersonWeekAnalysis {
  const targets = personTargets(person);
  const release = foodB12Release(person, settings);
  const oral = absorbB12(intakes, release, settings.absorptionWindowHours * 60);
  const weekAcc = new TotalsAccumulator();
  const dayAccs = dates.map(() => new TotalsAccumulator());
  const meals = new Map<string, MealBuilder>();
  const entries: EntryResult[] = [];
  const pseudoB12: PseudoB12Item[] = [];
  intakes.forEach((intake, i) => {
    const injected = intake.b12.injectedUg * person.b12InjectionAbsorbedFraction;
    const absorbed = oral.absorbedUg[i]! + injected;
    const low = oral.lowUg[i]! + injected;
    const high = oral.highUg[i]! + injected;
    const { entry, food } = intake;
    const key = `${entry.date}\u0000${entry.slotId}`;
    let meal = meals.get(key);
    if (meal === undefined) {
      meal = {
        dayIndex: intake.dayIndex,
        date: entry.date,
        slotId: entry.slotId,
        minute: intake.minute,
        ids: [],
        acc: new TotalsAccumulator(),
      };
      meals.set(key, meal);
    }
    meal.minute = Math.min(meal.minute, intake.minute);
    meal.ids.push(entry.id);
    meal.acc.add(intake, absorbed, low, high);
    entries.push({
      entryId: entry.id,
      date: entry.date,
      time: entry.time,
      slotId: entry.slotId,
      foodId: food.id,
      foodName: food.name,
      kind: food.kind,
      grams: entry.grams,
      recipeId: entry.recipeId ?? null,
      label: entry.label ?? null,
      nutrients: nutrientsOf.get(intake)!,
      b12: {
        foodBoundUg: intake.b12.foodBoundUg,
        crystallineUg: intake.b12.crystallineUg,
        injectedUg: intake.b12.injectedUg,
        absorbedUg: absorbed,
        absorbedLowUg: low,
        absorbedHighUg: high,
        pseudo: intake.b12.pseudo,
      },
    });
    if (intake.b12.pseudo) {
      pseudoB12.push({
        entryId: entry.id,
        date: entry.date,
        foodId: food.id,
        foodName: food.name,
        grams: entry.grams,
        listedUg: intake.b12.listedPseudoUg,
        reason: food.b12.reason ?? NO_REASON,
      });
    }
  });
  const judged = judgedTargets(targets);
  const absorbedB12 = b12AbsorbedTarget(targets);
  // Entries go into their meal only; meals add up to days and days to the week.
  for (const meal of meals.values()) dayAccs[meal.dayIndex]!.merge(meal.acc);
  for (const day of dayAccs) weekAcc.merge(day);
  const dayTotals = dayAccs.map((acc) => acc.result());
  const days: DayResult[] = dayTotals.map((totals, d) => ({
    date: dates[d]!,
    totals,
    gaps: gapsFor(judged, absorbedB12, totals, 'day', dates[d]!, 1, null),
  }));
  const week = weekAcc.result();
  const weekGaps = gapsFor(
    judged,
    absorbedB12,
    week,
    'week',
    null,
    dates.length,
    days.map((d) => d.gaps),
  );
  const strategy = checkB12Strategy(oral.occasions, dates, settings.b12Strategy);
  const ruleInput = {
    person,
    targets,
    dates,
    week,
    days: dayTotals,
    weekGaps: new Map(weekGaps.map((g) => [g.nutrient, g] as [TargetNutrientId, NutrientGap])),
    strategy,
    pseudoB12,
    release,
  };
  const flags = [...dietFlags(ruleInput), ...iodineSeleniumFlags(ruleInput)];
  return {
    personId: person.id,
    name: person.name,
    targets,
    entries,
    meals: mealResults(meals),
    days,
    week,
    weekGaps,
    b12: {
      occasions: oral.occasions,
      release,
      absorbedTarget: targets.b12Absorbed,
      ingestedTargetDaily: targets.nutrients.b12.daily,
      windowHours: settings.absorptionWindowHours,
      strategy,
      modelNotes: B12_MODEL_NOTES,
    },
    pseudoB12,
    flags,
  };
}

function mealResults(meals: ReadonlyMap<string, MealBuilder>): MealResult[] {
  const list = [...meals.values()].sort(
    (a, b) => a.minute - b.minute || (a.slotId < b.slotId ? -1 : a.slotId > b.slotId ? 1 : 0),
  );
  return list.map((m) => {
    const minute = m.minute % 1440;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return { date: m.date, slotId: m.slotId, time, entryIds: m.ids, totals: m.acc.result() };
  });
}
