/**
 * The nutrition engine's public API: a functional core (data in, data out; no DOM, Node, Dexie,
 * Svelte, clock or randomness). Importable by the renderer, a Web Worker, Node tests and scripts.
 *
 * Typical use:
 *   const people = profiles.map((p) => personProfileSchema.parse(p));     // schemas/profile.ts
 *   const entries = rows.map((e) => planEntrySchema.parse(e));             // schemas/plan.ts
 *   const analysis = analyzeWeek({ weekStart, entries, people, foods });   // foods: Map or record
 *   suggestFoods(analysis.people[0].weekGaps[i], foods, people[0].diet);
 *
 * Every target, limit and model parameter names its source in reference/nutrition.md.
 */

// ── Main entry point ────────────────────────────────────────────────────────────────────────────

/** Analyses a household's week: totals, absorbed B12, gaps, B12 strategy, flags, per person. */
export { analyzeWeek, DEFAULT_ANALYSIS_SETTINGS } from './analyze-week';
/** Input and output shapes of `analyzeWeek`. */
export type {
  AnalyzeWeekInput,
  B12WeekReport,
  DayResult,
  EntryResult,
  InputProblem,
  MealResult,
  PersonWeekAnalysis,
  WeekAnalysis,
} from './analysis-types';

// ── Targets ─────────────────────────────────────────────────────────────────────────────────────

/** A person's targets and upper limits (DRI or EFSA, diet-adjusted, overrides applied). */
export {
  personTargets,
  lifeStageLabel,
  ABSORBED_B12_RATIO,
  VEGETARIAN_IRON_FACTOR,
} from './targets';
/** Target ids (every nutrient id plus 'epaDha') and target shapes. */
export { TARGET_NUTRIENT_IDS } from '../base/target-types';
export type {
  AbsorbedB12Target,
  Diet,
  NutrientTarget,
  PregnancyState,
  ReferenceSystem,
  Sex,
  TargetKind,
  TargetNutrientId,
  TargetSet,
  TargetSystem,
  UpperLimit,
  UpperScope,
} from '../base/target-types';
/** The reference tables as data, for display and review. */
export { DRI_RECOMMENDED, DRI_UPPER } from './targets-dri';
export { EFSA_RECOMMENDED, EFSA_UPPER } from './targets-efsa';
export type { TargetRow, TargetTable } from './target-rows';

// ── B12 absorption ──────────────────────────────────────────────────────────────────────────────

/** The per-occasion model, its inverse, its uncertainty and its documented notes. */
export {
  absorbedFromDose,
  doseForAbsorbed,
  doetsFoodAbsorbed,
  uncertaintyFactor,
  B12_AMAX_UG,
  B12_K_UG,
  B12_PASSIVE_FRACTION,
  B12_MODEL_NOTES,
  DEFAULT_ABSORPTION_WINDOW_HOURS,
  DEFAULT_FOOD_B12_RELEASE,
  DEFAULT_REDUCED_FOOD_B12_RELEASE,
  DEFAULT_INJECTION_RETAINED_FRACTION,
} from '../base/b12-model';
export type { ModelNote } from '../base/b12-model';
/** Occasion grouping and absorption for a list of intakes; food-bound release per person. */
export { absorbB12, absorbOccasion, foodB12Release } from './b12-absorption';
export type {
  B12Absorption,
  B12Occasion,
  FoodB12Release,
  OccasionAbsorption,
} from './b12-absorption';
/** Which evidence-based B12 strategy a week follows. */
export { checkB12Strategy, DEFAULT_B12_STRATEGY, B12_STRATEGY_LABELS } from './b12-strategy';
export type {
  B12StrategyDay,
  B12StrategyId,
  B12StrategyReport,
  B12StrategyThresholds,
} from './b12-strategy';

// ── Totals, gaps, flags, suggestions ────────────────────────────────────────────────────────────

/** Per-entry intake (amounts, known values, B12 split) and period totals with coverage. */
export { entryIntake, foodVector } from './intake';
export type { B12Split, EntryIntake } from './intake';
export { sumEntries, TotalsAccumulator } from './totals';
export type { B12PeriodSummary, NutrientTotal, PeriodTotals } from './totals';
/** Gap status and severity for one nutrient and period. */
export {
  judgeGap,
  periodTarget,
  statusFor,
  SEVERITY_BY_STATUS,
  LOW_BELOW,
  VERY_LOW_BELOW,
} from './gaps';
export type { GapInput, GapStatus, NutrientGap, Severity } from './gaps';
/** Diet rules (vegan/vegetarian B12, upper limits, masking, iron/zinc, omega-3). */
export { dietFlags } from './diet-rules';
export type { Flag, PseudoB12Item, RuleInput } from './diet-rules';
/** Diet-compatible foods ranked by how little of them closes a gap. */
export { suggestFoods } from './suggestions';
export type { FoodSuggestion, SuggestOptions } from './suggestions';

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────

/** Foods as a Map or a record; diet compatibility. */
export { fitsDiet, foodGetter, foodValues } from './food-lookup';
export type { FoodCollection } from './food-lookup';
/** Pure date helpers on 'YYYY-MM-DD' and 'HH:MM'. */
export {
  addDays,
  dayNumber,
  dateFromDayNumber,
  daysBetween,
  isClockTime,
  isIsoDate,
  minutesOfDay,
  weekDates,
} from '../base/dates';
/** Message formatting (registry precision). */
export { formatAmount, nutrientLabel } from './format';
/** The nutrient registry. */
export { NUTRIENT_IDS, NUTRIENTS } from '../base/nutrients';
export type { NutrientId, NutrientInfo, NutrientUnit, NutrientValues } from '../base/nutrients';
