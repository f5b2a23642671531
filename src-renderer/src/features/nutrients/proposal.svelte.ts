/**
 * The optimizer's proposal as the "Close the gaps" preview edits it. Proposals live in the plan
 * session, one per week, so that changing the week or the screen and coming back finds them again.
 */
import type { Addition, OptimizeResult } from '@shared/domain/optimizer';

export interface ProposalRow {
  key: string;
  include: boolean;
  addition: Addition;
  /** Grams a day for foods, units a day for supplements. */
  amount: number;
  slotId: string;
}

export interface OptimizerProposal {
  readonly result: OptimizeResult;
  /** How long the solver took, ms. */
  readonly solvedIn: number;
  /** Edited in place by the preview (include, amount, meal). */
  rows: ProposalRow[];
}

/** Proposals by the week they were made for (kept until applied or rejected). */
export class ProposalDrafts {
  #byWeek = $state<Record<string, OptimizerProposal>>({});

  get(weekStart: string): OptimizerProposal | null {
    return this.#byWeek[weekStart] ?? null;
  }
  set(weekStart: string, proposal: OptimizerProposal): void {
    this.#byWeek[weekStart] = proposal;
  }
  drop(weekStart: string): void {
    delete this.#byWeek[weekStart];
  }
}
