/**
 * What the Nutrients dashboard shows, derived from the engine's week analysis: plain rows the
 * components render and the print report reuses. No NaN leaves this file: a value that cannot be
 * computed is null and is shown as "—" or explained.
 */
import {
  weekDates,
  formatAmount,
  nutrientLabel,
  suggestFoods,
  type FoodSuggestion,
  type B12Occasion,
  type NutrientGap,
  type PersonWeekAnalysis,
  type Severity,
  type TargetNutrientId,
  type WeekAnalysis,
} from '@shared/domain';
import { publicSource } from '@shared/domain/format';
import { B12_AMAX_UG, B12_K_UG } from '@shared/base/b12-model';
import type { AnalyzeWeekInput } from '@shared/domain/analysis-types';
import { b12StrategyFixes } from '@shared/domain/b12-strategy-fixes';
import { DEFAULT_ANALYSIS_SETTINGS } from '@shared/domain/analyze-week';
import { placeFix, placements, predictFix, type FixContext } from '@shared/domain/fix-promise';
import type { Food } from '@shared/schemas/food';
import type { PersonProfile } from '@shared/schemas/profile';
import type { MealSlot } from '@shared/schemas/rows';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';

/** The dashboard's nutrients, B12 and its co-nutrients first (product brief). */
export const DASHBOARD_NUTRIENTS: readonly TargetNutrientId[] = [
  'b12',
  'folateDfe',
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
  'protein',
  'fiber',
  'energy',
];

const finite = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

export interface NutrientRow {
  readonly nutrient: TargetNutrientId;
  readonly label: string;
  /** "52.4 µg" (B12: estimated absorbed). */
  readonly intake: string;
  /** B12 only: what was eaten, "5.0 µg eaten". */
  readonly detail: string | null;
  readonly target: string | null;
  /** intake ÷ weekly target; null without a target or without data. */
  readonly ratio: number | null;
  readonly status: NutrientGap['status'];
  readonly daysMet: number | null;
  /** A warning under the label: above the upper limit, or (B12) the target may not be met. */
  readonly upperWarning: string | null;
  /** Share of the food eaten whose value is known; null when nothing was eaten. */
  readonly coverage: number | null;
  readonly source: string | null;
  readonly notes: readonly string[];
}

export function nutrientRows(person: PersonWeekAnalysis): NutrientRow[] {
  const gaps = new Map(person.weekGaps.map((g) => [g.nutrient, g]));
  return DASHBOARD_NUTRIENTS.map((id): NutrientRow => {
    const gap = gaps.get(id);
    const total = person.week.nutrients[id];
    const target = person.targets.nutrients[id];
    const isB12 = id === 'b12';
    const intake = isB12 ? person.week.b12.absorbedUg : total.value;
    const known = gap ? gap.status !== 'noData' : total.knownGrams > 0;
    // B12 whose estimate meets the target while the model's low end does not: "may not be met".
    const mayNotBeMet =
      isB12 &&
      gap !== undefined &&
      gap.targetStatus === 'met' &&
      gap.target !== null &&
      person.week.b12.absorbedLowUg < gap.target;
    const upper =
      gap && gap.status === 'aboveUpper' && gap.upper !== null
        ? `Above the ${formatAmount(id, gap.upper)} daily limit on ${gap.daysAboveUpper ?? 0} of 7 days`
        : mayNotBeMet
          ? `May not be met: the low end of the estimate is ${formatAmount('b12', person.week.b12.absorbedLowUg)}`
          : null;
    return {
      nutrient: id,
      label: isB12 ? 'Vitamin B12 (absorbed)' : nutrientLabel(id),
      intake: known ? formatAmount(id, intake) : '—',
      detail: isB12 ? `${formatAmount('b12', person.week.b12.ingestedUg)} eaten` : null,
      target: gap?.target != null ? formatAmount(id, gap.target) : null,
      ratio: known ? finite(gap?.ratio) : null,
      status: gap?.status ?? (known ? 'met' : 'noData'),
      daysMet: gap?.target != null ? (gap.daysMet ?? null) : null,
      upperWarning: upper,
      coverage: finite(total.coverage),
      source: shownSource(gap?.source ?? target.source),
      notes: target.notes,
    };
  });
}

export interface HouseholdCell {
  readonly ratio: number | null;
  readonly status: NutrientGap['status'];
  readonly hasTarget: boolean;
}

/** Nutrient × person: the household matrix. */
export function householdMatrix(analysis: WeekAnalysis): {
  readonly nutrient: TargetNutrientId;
  readonly label: string;
  readonly cells: readonly HouseholdCell[];
}[] {
  const rowsByPerson = analysis.people.map(
    (p) => new Map(nutrientRows(p).map((r) => [r.nutrient, r])),
  );
  return DASHBOARD_NUTRIENTS.map((id) => ({
    nutrient: id,
    label: id === 'b12' ? 'Vitamin B12 (absorbed)' : nutrientLabel(id),
    cells: rowsByPerson.map((rows) => {
      const row = rows.get(id)!;
      return { ratio: row.ratio, status: row.status, hasTarget: row.target !== null };
    }),
  }));
}

export interface B12DayRow {
  readonly date: string;
  readonly ingestedUg: number;
  readonly absorbedUg: number;
  readonly lowUg: number;
  readonly highUg: number;
}

export function b12Days(person: PersonWeekAnalysis): B12DayRow[] {
  return person.days.map((d) => ({
    date: d.date,
    ingestedUg: d.totals.b12.ingestedUg,
    absorbedUg: d.totals.b12.absorbedUg,
    lowUg: d.totals.b12.absorbedLowUg,
    highUg: d.totals.b12.absorbedHighUg,
  }));
}

export interface OccasionRow {
  readonly key: string;
  readonly date: string;
  readonly time: string;
  /** Meal slots of the entries in the occasion, e.g. "Lunch, Snacks". */
  readonly meals: string;
  readonly foods: string;
  readonly ingestedUg: number;
  readonly absorbedUg: number;
  readonly absorbedShare: number | null;
  /**
   * Share of the intrinsic-factor route in use, D/(K + D): near 100 % the meal is saturated and
   * more B12 in it adds only the ~1 % passive share (b12-model.ts, reference §3c).
   */
  readonly saturation: number;
}

export function occasionRows(
  person: PersonWeekAnalysis,
  dates: readonly string[],
  slots: readonly MealSlot[],
): OccasionRow[] {
  const entries = new Map(person.entries.map((e) => [e.entryId, e]));
  const slotLabels = new Map(slots.map((s) => [s.id, s.label]));
  return person.b12.occasions.map((o: B12Occasion) => {
    const members = o.entryIds.flatMap((id) => {
      const e = entries.get(id);
      return e ? [e] : [];
    });
    const ingested = o.foodBoundUg + o.crystallineUg;
    return {
      key: `${o.dayIndex}-${o.startMinute}`,
      date: dates[o.dayIndex] ?? '',
      time: o.time,
      meals: [...new Set(members.map((e) => slotLabels.get(e.slotId) ?? e.slotId))].join(', '),
      foods: [...new Set(members.map((e) => e.label ?? e.foodName))].join(', '),
      ingestedUg: ingested,
      absorbedUg: o.absorbedUg,
      absorbedShare: ingested > 0 ? o.absorbedUg / ingested : null,
      saturation: o.effectiveDoseUg / (B12_K_UG + o.effectiveDoseUg),
    };
  });
}

/** Saturable maximum per occasion, for the chart's note (b12-model.ts). */
export const B12_OCCASION_MAX_UG = B12_AMAX_UG;

export interface TrendPoint {
  readonly weekStart: string;
  /** Per series: % of the weekly target (1 = 100 %), null when there is none. */
  readonly values: Readonly<Partial<Record<TrendSeries, number | null>>>;
}

export type TrendSeries = 'b12' | 'iron' | 'zinc' | 'calcium' | 'vitaminD' | 'epaDha';
export const TREND_SERIES: readonly TrendSeries[] = [
  'b12',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
  'epaDha',
];
export const TREND_WEEKS = 12;

/** The last 12 weeks up to `weekStart` from the persisted weekly totals (gaps stay null). */
export function trendPoints(
  rows: readonly WeeklyTotalsRow[],
  weekStarts: readonly string[],
): TrendPoint[] {
  const byWeek = new Map(rows.map((r) => [r.weekStart, r]));
  return weekStarts.map((weekStart) => {
    const row = byWeek.get(weekStart);
    const share = (value: number, target: number | null) =>
      row === undefined || row.entryCount === 0 || target === null || target <= 0
        ? null
        : finite(value / target);
    const values: Partial<Record<TrendSeries, number | null>> = {};
    for (const s of TREND_SERIES) {
      values[s] =
        row === undefined
          ? null
          : s === 'b12'
            ? share(row.b12.absorbedUg, row.b12.absorbedTargetUg)
            : share(row.nutrients[s].value, row.nutrients[s].target);
    }
    return { weekStart, values };
  });
}

export interface FlagItem {
  readonly key: string;
  readonly personId: string;
  readonly personName: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly source: string | null;
  readonly nutrient: TargetNutrientId | null;
  /** The week gap to size fixes on (low or very low), when there is one. */
  readonly gap: NutrientGap | null;
  /** Engine flags about the same nutrient, shown under the gap. */
  readonly related: readonly {
    readonly id: string;
    readonly message: string;
    readonly source: string;
  }[];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/**
 * Flags for the list: each low week gap (with the engine's flags about that nutrient folded in)
 * and every other engine flag on its own, most severe first.
 */
export function flagItems(people: readonly PersonWeekAnalysis[]): FlagItem[] {
  const items: FlagItem[] = [];
  for (const person of people) {
    // Folate masking is about B12 being low: it belongs with the B12 gap.
    const nutrientOf = (flag: { id: string; nutrient: TargetNutrientId | null }) =>
      flag.id === 'folate.masking' ? 'b12' : flag.nutrient;
    // A nutrient with a target but no data, that the engine warns about (iodine in a plant-based
    // week), is shown as a gap too, so that its fixes are offered.
    const warnedNoData = new Set(
      person.flags.filter((f) => f.severity !== 'info').map((f) => nutrientOf(f)),
    );
    const lowGaps = person.weekGaps.filter(
      (g) =>
        (g.targetStatus === 'low' ||
          g.targetStatus === 'veryLow' ||
          g.status === 'aboveUpper' ||
          (g.status === 'noData' && g.target !== null && warnedNoData.has(g.nutrient))) &&
        g.nutrient !== 'energy',
    );
    const gapNutrients = new Set(lowGaps.map((g) => g.nutrient));
    for (const gap of lowGaps) {
      const related = person.flags.filter(
        (f) => nutrientOf(f) === gap.nutrient && f.id !== 'plan.empty',
      );
      const severity = [gap.severity, ...related.map((f) => f.severity)].sort(
        (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
      )[0]!;
      items.push({
        key: `${person.personId}:gap.${gap.nutrient}`,
        personId: person.personId,
        personName: person.name,
        severity,
        title: gap.nutrient === 'b12' ? 'Vitamin B12' : nutrientLabel(gap.nutrient),
        message: gap.message,
        source: shownSource(gap.source),
        nutrient: gap.nutrient,
        gap: gap.status === 'aboveUpper' ? null : gap,
        related: related.map((f) => ({
          id: f.id,
          message: f.message,
          source: shownSource(f.source) ?? f.source,
        })),
      });
    }
    for (const flag of person.flags) {
      const n = nutrientOf(flag);
      if (flag.id === 'plan.empty' || (n !== null && gapNutrients.has(n))) continue;
      items.push({
        key: `${person.personId}:${flag.id}`,
        personId: person.personId,
        personName: person.name,
        severity: flag.severity,
        title: n === null ? 'Plan' : nutrientLabel(n),
        message: flag.message,
        source: shownSource(flag.source),
        nutrient: n,
        gap: null,
        related: [],
      });
    }
  }
  // Most severe first; within a severity, B12 (the app's promise) before the other nutrients.
  const b12First = (item: FlagItem) => (item.nutrient === 'b12' ? 0 : 1);
  return items.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b12First(a) - b12First(b),
  );
}

/** "87 %" for a ratio, "—" for unknown. */
export function percentText(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)} %`;
}

/**
 * Fixes per flag (by key): diet-compatible foods, sized to close the flag's gap, best first.
 * Computed once per week and person set, shared by the flag cards and the printed report.
 */
export function flagSuggestions(
  flags: readonly FlagItem[],
  people: readonly PersonWeekAnalysis[],
  profiles: ReadonlyMap<string, PersonProfile>,
  foods: readonly Food[],
  allowSupplements: boolean,
): ReadonlyMap<string, readonly FoodSuggestion[]> {
  const out = new Map<string, readonly FoodSuggestion[]>();
  for (const item of flags) {
    const profile = profiles.get(item.personId);
    const person = people.find((p) => p.personId === item.personId);
    if (item.gap === null || !profile || !person) continue;
    out.set(
      item.key,
      suggestFoods(item.gap, foods, profile.diet, {
        includeSupplements: allowSupplements,
        b12Release: person.b12.release,
        person: profile,
        limit: 5,
      }),
    );
  }
  return out;
}

/** B12 flags whose card offers the strategy fixes when the week follows no B12 strategy. */
const STRATEGY_FLAGS = new Set(['b12.noStrategy', 'b12.noReliableSource']);

/**
 * Fixes whose figures are promises kept: for B12, the engine's figure for the meal(s) each fix
 * lands in (the best placement; fix-promise.ts), and, when the week follows none of the B12
 * strategies, the evidence-based strategy fixes first (b12-strategy-fixes.ts). Other nutrients add
 * up linearly, so their figures do not depend on the meal and are kept as they are.
 */
export function promisedFixes(
  flags: readonly FlagItem[],
  people: readonly PersonWeekAnalysis[],
  profiles: ReadonlyMap<string, PersonProfile>,
  suggestions: ReadonlyMap<string, readonly FoodSuggestion[]>,
  base: AnalyzeWeekInput,
  slots: readonly MealSlot[],
  allowSupplements: boolean,
  limit = 6,
): ReadonlyMap<string, readonly FoodSuggestion[]> {
  const out = new Map(suggestions);
  const thresholds = (base.settings ?? DEFAULT_ANALYSIS_SETTINGS).b12Strategy;
  for (const item of flags) {
    if (item.nutrient !== 'b12') continue;
    const person = people.find((p) => p.personId === item.personId);
    const profile = profiles.get(item.personId);
    if (!person || !profile) continue;
    const ctx: FixContext = { base, personId: item.personId, slots };
    const flagId = item.key.slice(item.personId.length + 1);
    const wantsStrategy =
      person.b12.strategy.followed.length === 0 &&
      (item.gap !== null || STRATEGY_FLAGS.has(flagId));
    if (item.gap === null && !wantsStrategy) continue;
    const b12Gap = person.weekGaps.find((g) => g.nutrient === 'b12') ?? null;
    const strategy = wantsStrategy
      ? b12StrategyFixes({
          ctx,
          person: profile,
          foods: base.foods,
          thresholds,
          includeSupplements: allowSupplements,
          ratioBefore: b12Gap?.ratio ?? null,
        })
      : [];
    const hint = (times: 1 | 2) => {
      const fix = strategy.find((x) => x.timesPerDay === times && x.frequency === 'daily');
      return fix?.slotIds === undefined ? undefined : [fix.slotIds];
    };
    // Only the fixes that are shown are placed (each placement is an engine run).
    const rest = (suggestions.get(item.key) ?? [])
      .filter((s) => !strategy.some((x) => x.foodId === s.foodId))
      .slice(0, Math.max(0, limit - strategy.length));
    const placed = rest.flatMap((s): FoodSuggestion[] => {
      const promise = placeFix(
        ctx,
        [{ foodId: s.foodId, grams: s.grams }],
        base.people.length > 0 ? weekDates(base.weekStart) : [],
        // The meals found best for a strategy fix eaten as often (each placement is an engine run).
        hint(s.timesPerDay) ?? placements(slots, s.timesPerDay, thresholds.twiceDailyMinGapHours),
        'b12',
      );
      return promise === null
        ? [s]
        : [
            {
              ...s,
              ratioAfter: promise.ratio,
              lowRatioAfter: promise.lowRatio,
              slotIds: promise.slotIds,
            },
          ];
    });
    out.set(item.key, [...strategy, ...placed]);
  }
  return out;
}

/** What the engine says a fix does at the meals and days chosen in the add form (B12 only). */
export function predictAt(
  base: AnalyzeWeekInput,
  slots: readonly MealSlot[],
  personId: string,
  fix: FoodSuggestion,
  dates: readonly string[],
  slotIds: readonly string[],
): number | null {
  return predictFix(
    { base, personId, slots },
    [{ foodId: fix.foodId, grams: fix.grams }],
    { slotIds, dates },
    'b12',
  ).ratio;
}

/** A source as shown on screen: its public citation (internal pointers dropped), or null. */
function shownSource(source: string | null | undefined): string | null {
  if (!source) return null;
  return publicSource(source) || null;
}

export type B12Verdict = 'met' | 'mayNotBeMet' | 'notMet' | 'noTarget' | 'noData';

/**
 * B12 for the report's summary: met, may not be met (the estimate meets the target, its low end
 * does not), not met, or unknown; with the absorbed week and its target as shown in the table.
 */
export function b12Summary(person: PersonWeekAnalysis): {
  readonly verdict: B12Verdict;
  readonly absorbed: string;
  readonly target: string | null;
  readonly ratio: number | null;
} {
  const row = nutrientRows(person).find((r) => r.nutrient === 'b12')!;
  const gap = person.weekGaps.find((g) => g.nutrient === 'b12');
  const verdict: B12Verdict =
    row.status === 'noData'
      ? 'noData'
      : gap?.target == null
        ? 'noTarget'
        : gap.targetStatus !== 'met'
          ? 'notMet'
          : person.week.b12.absorbedLowUg < gap.target
            ? 'mayNotBeMet'
            : 'met';
  return { verdict, absorbed: row.intake, target: row.target, ratio: row.ratio };
}

/** The nutrients other than B12 below their target this week (low or very low), in table order. */
export function belowTarget(person: PersonWeekAnalysis): NutrientRow[] {
  return nutrientRows(person).filter(
    (r) => r.nutrient !== 'b12' && (r.status === 'low' || r.status === 'veryLow'),
  );
}
