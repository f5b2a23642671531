/**
 * Shapes of the "close the gaps" optimizer: what it takes, the solver-neutral MIP it builds, and
 * the proposal it returns. Plain data, so the whole thing can cross a Web Worker boundary.
 */
import type { AnalysisSettings, PlanEntry } from '../../schemas/plan';
import type { PersonProfile } from '../../schemas/profile';
import type { MealSlot } from '../../schemas/rows';
import type { FoodCollection } from '../food-lookup';
import type { Food } from '../../schemas/food';
import type { TargetNutrientId } from '../../base/target-types';
import type { B12StrategyId } from '../b12-strategy';

/** Groups of constraints that can be relaxed one at a time to explain an infeasible model. */
export type ConstraintFamily = 'energy' | 'portions' | 'upperLimits' | 'supplements' | 'diet';

export interface OptimizerOptions {
  /** Offer supplements (settings.optimizerAllowsSupplements). */
  readonly allowSupplements: boolean;
  /** Most energy all additions together may add per day, kcal. */
  readonly energyBudgetKcalPerDay: number;
  /** Foods the user does not want proposed. */
  readonly excludedFoodIds: readonly string[];
  /** Portion limit per food and day: this many typical portions … */
  readonly maxPortionsPerDay: number;
  /** … and never more than this many grams. */
  readonly maxGramsPerDay: number;
  /** Supplements: most tablets/capsules of one product per day. */
  readonly maxUnitsPerDay: number;
  /** Candidate pruning: the best foods per gap nutrient, by density per kcal and per portion. */
  readonly candidatesPerNutrient: number;
  /**
   * B12: 'auto' (default) satisfies an evidence-based strategy for a person whose week follows
   * none (vegetarians and vegans, or anyone short of B12): the daily supplement at their dose when
   * supplements are allowed, else fortified food twice a day; a strategy id asks for that one;
   * 'total' closes only the weekly total (the optimizer's former behaviour).
   */
  readonly b12Strategy?: 'auto' | 'total' | 'dailySupplement' | 'twiceDailyFortified';
  /**
   * B12: close the gap so that the low end of the model's uncertainty range reaches the target,
   * not only the central estimate (default true).
   */
  readonly b12LowEndMargin?: boolean;
}

export interface OptimizeInput {
  readonly weekStart: string;
  /** The week's plan as engine entries (recipes expanded, slot times filled in). */
  readonly entries: readonly PlanEntry[];
  readonly people: readonly PersonProfile[];
  /** Whom to close gaps for (each gets additions of their own). */
  readonly personIds: readonly string[];
  readonly foods: FoodCollection;
  readonly slots: readonly MealSlot[];
  readonly settings?: AnalysisSettings;
  readonly options: OptimizerOptions;
}

/** A solver-neutral MIP: minimise colCost·x s.t. rowLower ≤ Ax ≤ rowUpper, colLower ≤ x ≤ colUpper. */
export interface LinearModel {
  readonly numCols: number;
  readonly numRows: number;
  readonly colCost: readonly number[];
  readonly colLower: readonly number[];
  readonly colUpper: readonly number[];
  readonly rowLower: readonly number[];
  readonly rowUpper: readonly number[];
  /** Compressed sparse rows. */
  readonly matrix: {
    readonly format: 'csr';
    readonly numRows: number;
    readonly numCols: number;
    readonly starts: readonly number[];
    readonly indices: readonly number[];
    readonly values: readonly number[];
  };
  /** 0 continuous, 1 integer, 2 semi-continuous (0, or between its bounds). */
  readonly integrality: readonly (0 | 1 | 2)[];
  readonly colNames: readonly string[];
  readonly rowNames: readonly string[];
}

export type SolveStatus = 'optimal' | 'infeasible' | 'failed';

export interface SolveResult {
  readonly status: SolveStatus;
  /** Column values when optimal (or a feasible incumbent). */
  readonly values: ArrayLike<number>;
}

/** The MIP solver, injected so this folder stays pure (the worker and tests pass HiGHS). */
export type LinearSolver = (model: LinearModel) => SolveResult;

/** One proposed addition: a food at one slot, the same amount on each of `dates`. */
export interface Addition {
  readonly personId: string;
  readonly foodId: string;
  readonly foodName: string;
  readonly kind: Food['kind'];
  readonly slotId: string;
  readonly dates: readonly string[];
  /** Grams per day (supplements: units × unit weight). */
  readonly grams: number;
  /** Supplements: tablets/capsules per day; null for foods. */
  readonly units: number | null;
  /** Energy per day, kcal (null when the food's energy is unknown: supplements). */
  readonly kcal: number | null;
  /** Gap nutrients this addition supplies. */
  readonly nutrients: readonly TargetNutrientId[];
}

/** A flag the engine raised before the additions and no longer raises after them. */
export interface FixedFlag {
  readonly id: string;
  readonly personId: string;
  readonly nutrient: TargetNutrientId | null;
  readonly message: string;
}

/** Why a nutrient could not be closed, in plain language. */
export interface Blocker {
  readonly nutrient: TargetNutrientId;
  /** The constraint families whose relaxation alone would let this nutrient be closed. */
  readonly families: readonly ConstraintFamily[];
  readonly message: string;
}

export interface PersonProposal {
  readonly personId: string;
  readonly name: string;
  /** 'nothingToDo': no gap to close; 'proposal': additions found (maybe not for every gap). */
  readonly status: 'nothingToDo' | 'proposal' | 'infeasible';
  readonly additions: readonly Addition[];
  /** Nutrients the optimizer tried to close. */
  readonly targeted: readonly TargetNutrientId[];
  /** Nutrients the real engine reports as met after the additions. */
  readonly closed: readonly TargetNutrientId[];
  /** The B12 strategy the additions implement (b12-strategy-fixes.ts), or null. */
  readonly b12Strategy: B12StrategyId | null;
  /** The B12 strategies the week follows after the additions (engine). */
  readonly b12StrategiesFollowed: readonly B12StrategyId[];
  readonly blockers: readonly Blocker[];
  readonly fixedFlags: readonly FixedFlag[];
  readonly stats: {
    readonly candidates: number;
    readonly columns: number;
    readonly rows: number;
    readonly solves: number;
  };
}

export interface OptimizeResult {
  readonly weekStart: string;
  readonly people: readonly PersonProposal[];
}
