/**
 * The "close the gaps" optimizer: a MIP over diet-compatible foods built from a week's gaps,
 * solved by an injected solver (HiGHS in the app's worker and in tests), checked with the engine.
 */
export { optimizeWeek, gapsToClose } from './optimize';
export {
  DEFAULT_OPTIMIZER_OPTIONS,
  ENERGY_BUDGET_RANGE,
  energyBudgetProblem,
  OPTIMIZED_NUTRIENTS,
} from './params';
export { FAMILY_LABELS } from './explain';
export { additionEntries, analyzeWithAdditions, fixedFlags } from './verify';
export { buildModel } from './model';
export type {
  Addition,
  Blocker,
  ConstraintFamily,
  FixedFlag,
  LinearModel,
  LinearSolver,
  OptimizeInput,
  OptimizeResult,
  OptimizerOptions,
  PersonProposal,
  SolveResult,
  SolveStatus,
} from './types';
