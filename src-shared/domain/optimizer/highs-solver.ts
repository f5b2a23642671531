/**
 * The LinearSolver backed by HiGHS (the `highs` package: HiGHS compiled to WebAssembly). Takes an
 * already loaded runtime, so this file loads nothing itself: the worker loads the wasm with Vite's
 * URL, Node tests with the package's own locator.
 */
import type { Highs } from 'highs';
import type { LinearModel, LinearSolver, SolveResult } from './types';

/** Seconds a single solve may take before its best solution so far is used. */
const TIME_LIMIT_S = 5;
/**
 * Relative MIP gap: within 1 % of the optimum is as good as optimal for a meal plan. One more food
 * costs far more than 1 % of any objective (params.ts), so this only trades a few grams for speed.
 */
const MIP_REL_GAP = 0.01;

export function highsSolver(highs: Highs): LinearSolver {
  const status = highs.constants.modelStatus;
  return (model: LinearModel): SolveResult =>
    highs.withModel(
      {
        numCols: model.numCols,
        numRows: model.numRows,
        colCost: model.colCost,
        colLower: model.colLower,
        colUpper: model.colUpper,
        rowLower: model.rowLower,
        rowUpper: model.rowUpper,
        matrix: model.matrix,
        integrality: [...model.integrality],
      },
      (m): SolveResult => {
        m.options.set({
          output_flag: false,
          time_limit: TIME_LIMIT_S,
          mip_rel_gap: MIP_REL_GAP,
          // These models are solved at the root node; the sub-MIP heuristics cost more time there
          // than they save (measured: about half of the solve time on a vegan week).
          mip_heuristic_run_rins: false,
          mip_heuristic_run_rens: false,
          mip_heuristic_run_root_reduced_cost: false,
        });
        m.run();
        const code = m.getModelStatus();
        if (code === status.optimal) return { status: 'optimal', values: m.getSolution().colValue };
        if (code === status.infeasible || code === status.unboundedOrInfeasible)
          return { status: 'infeasible', values: [] };
        // A time or node limit with a feasible incumbent still gives a usable (if larger) proposal.
        const feasible =
          m.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
        return feasible
          ? { status: 'optimal', values: m.getSolution().colValue }
          : { status: 'failed', values: [] };
      },
    );
}
