/**
 * Undo and redo for plan edits. Each applied change carries its inverse (the rows as they were),
 * and undoing applies that inverse through the same `applyChange` as any edit, so an undo is
 * saved, totalled and rolled back on failure exactly like the edit itself. Edits run one at a
 * time, in the order they were asked for.
 */
import type { AppliedChange, PlanChange } from '../../data/plan-repo';

/** Enough for a long session; the oldest steps are dropped first. */
const MAX_STEPS = 200;

export class PlanHistory {
  past = $state.raw<readonly AppliedChange[]>([]);
  future = $state.raw<readonly AppliedChange[]>([]);
  readonly #apply: (change: PlanChange) => Promise<AppliedChange>;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(apply: (change: PlanChange) => Promise<AppliedChange>) {
    this.#apply = apply;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoLabel(): string | null {
    return this.past.at(-1)?.change.label ?? null;
  }
  get redoLabel(): string | null {
    return this.future.at(-1)?.change.label ?? null;
  }

  /** Runs `task` after every earlier one; a failure does not block the next. */
  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Applies an edit and makes it undoable (and clears what could be redone). */
  do(change: PlanChange): Promise<AppliedChange> {
    return this.#enqueue(async () => {
      const applied = await this.#apply(change);
      this.past = [...this.past, applied].slice(-MAX_STEPS);
      this.future = [];
      return applied;
    });
  }

  /** Undoes the last edit; null when there is nothing to undo. */
  undo(): Promise<AppliedChange | null> {
    return this.#enqueue(async () => {
      const last = this.past.at(-1);
      if (!last) return null;
      const undone = await this.#apply({ ...last.inverse, label: last.change.label });
      this.past = this.past.slice(0, -1);
      this.future = [...this.future, undone];
      return undone;
    });
  }

  /** Redoes the last undone edit; null when there is nothing to redo. */
  redo(): Promise<AppliedChange | null> {
    return this.#enqueue(async () => {
      const next = this.future.at(-1);
      if (!next) return null;
      const redone = await this.#apply({ ...next.inverse, label: next.change.label });
      this.future = this.future.slice(0, -1);
      this.past = [...this.past, redone];
      return redone;
    });
  }
}
