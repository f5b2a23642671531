/**
 * The shapes `analyzeWeek` takes and returns. Plain data: serialisable to a worker or a test.
 */
import type { ModelNote } from '../base/b12-model';
import type { B12Occasion, FoodB12Release } from './b12-absorption';
import type { B12StrategyReport } from './b12-strategy';
import type { Flag, PseudoB12Item } from './diet-rules';
import type { FoodCollection } from './food-lookup';
import type { NutrientGap } from './gaps';
import type { AbsorbedB12Target, TargetNutrientId, TargetSet } from '../base/target-types';
import type { PeriodTotals } from './totals';
import type { Food } from '../schemas/food';
import type { AnalysisSettings, PlanEntry } from '../schemas/plan';
import type { PersonProfile } from '../schemas/profile';

export interface AnalyzeWeekInput {
  /** First day of the week, 'YYYY-MM-DD'. */
  readonly weekStart: string;
  readonly entries: readonly PlanEntry[];
  readonly people: readonly PersonProfile[];
  readonly foods: FoodCollection;
  readonly settings?: AnalysisSettings;
}

export interface InputProblem {
  readonly entryId: string;
  readonly reason: 'unknownFood' | 'outsideWeek' | 'badAmount' | 'badTime' | 'unknownEater';
  readonly message: string;
}

/** One entry as eaten by one person. */
export interface EntryResult {
  readonly entryId: string;
  readonly date: string;
  readonly time: string;
  readonly slotId: string;
  readonly foodId: string;
  readonly foodName: string;
  readonly kind: Food['kind'];
  readonly grams: number;
  readonly recipeId: string | null;
  readonly label: string | null;
  /** Amount of each nutrient in this entry; null = unknown. Injections: all null. */
  readonly nutrients: { readonly [K in TargetNutrientId]: number | null };
  readonly b12: {
    readonly foodBoundUg: number;
    readonly crystallineUg: number;
    readonly injectedUg: number;
    readonly absorbedUg: number;
    readonly absorbedLowUg: number;
    readonly absorbedHighUg: number;
    readonly pseudo: boolean;
  };
}

export interface MealResult {
  readonly date: string;
  readonly slotId: string;
  /** Earliest eating time in the meal. */
  readonly time: string;
  readonly entryIds: readonly string[];
  readonly totals: PeriodTotals;
}

export interface DayResult {
  readonly date: string;
  readonly totals: PeriodTotals;
  readonly gaps: readonly NutrientGap[];
}

export interface B12WeekReport {
  readonly occasions: readonly B12Occasion[];
  readonly release: FoodB12Release;
  readonly absorbedTarget: AbsorbedB12Target;
  /** The ingested B12 target per day (RDA/AI), for showing ingested against it. */
  readonly ingestedTargetDaily: number | null;
  readonly windowHours: number;
  readonly strategy: B12StrategyReport;
  readonly modelNotes: readonly ModelNote[];
}

export interface PersonWeekAnalysis {
  readonly personId: string;
  readonly name: string;
  readonly targets: TargetSet;
  readonly entries: readonly EntryResult[];
  readonly meals: readonly MealResult[];
  readonly days: readonly DayResult[];
  /** The person's week totals. */
  readonly week: PeriodTotals;
  readonly weekGaps: readonly NutrientGap[];
  readonly b12: B12WeekReport;
  readonly pseudoB12: readonly PseudoB12Item[];
  readonly flags: readonly Flag[];
}

export interface WeekAnalysis {
  readonly weekStart: string;
  readonly dates: readonly string[];
  readonly people: readonly PersonWeekAnalysis[];
  readonly problems: readonly InputProblem[];
}
