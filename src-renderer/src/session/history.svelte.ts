/**
 * The app's one undo/redo history: every edit made on any screen (plan edits, Nutrients fixes, the
 * optimizer's proposal, shopping check-offs) is a `Step` that knows how to revert itself, and
 * reverting yields the step that redoes it. Steps run one at a time, in the order they were asked
 * for; a failed step changes no history.
 */
import type { AppliedChange, PlanChange } from '../data/plan-repo';

/** One undoable edit. */
export interface Step {
  /** What the user did, for buttons and the status line: "Add Lentils to Tue lunch". */
  readonly label: string;
  /** Puts things back; resolves to the step that does the edit again. */
  revert(): Promise<Step>;
}

/** Enough for a long session; the oldest steps are dropped first. */
const MAX_STEPS = 200;

export class EditHistory {
  past = $state.raw<readonly Step[]>([]);
  future = $state.raw<readonly Step[]>([]);
  #queue: Promise<unknown> = Promise.resolve();

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }
  get redoLabel(): string | null {
    return this.future.at(-1)?.label ?? null;
  }

  /** Runs `task` after every earlier one; a failure does not block the next. */
  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Makes an edit (`perform` saves it and returns its step) undoable, and clears redo. */
  do(perform: () => Promise<Step>): Promise<Step> {
    return this.#enqueue(async () => {
      const step = await perform();
      this.past = [...this.past, step].slice(-MAX_STEPS);
      this.future = [];
      return step;
    });
  }

  /** Undoes the last edit; null when there is nothing to undo. */
  undo(): Promise<Step | null> {
    return this.#enqueue(async () => {
      const last = this.past.at(-1);
      if (!last) return null;
      const redo = await last.revert();
      this.past = this.past.slice(0, -1);
      this.future = [...this.future, redo];
      return last;
    });
  }

  /** Redoes the last undone edit; null when there is nothing to redo. */
  redo(): Promise<Step | null> {
    return this.#enqueue(async () => {
      const next = this.future.at(-1);
      if (!next) return null;
      const undo = await next.revert();
      this.future = this.future.slice(0, -1);
      this.past = [...this.past, undo];
      return next;
    });
  }
}

/**
 * A saved plan change as a step: reverting applies its inverse (the rows as they were) through the
 * same `apply` as any edit, so an undo is saved, totalled and rolled back on failure like the edit.
 */
export function planStep(
  apply: (change: PlanChange) => Promise<AppliedChange>,
  applied: AppliedChange,
): Step {
  const label = applied.change.label;
  return {
    label,
    revert: async () => planStep(apply, await apply({ ...applied.inverse, label })),
  };
}

/** A step made of two writes that undo each other (a check mark, a pantry toggle, …). */
export function toggleStep(
  label: string,
  undo: () => Promise<unknown>,
  redo: () => Promise<unknown>,
): Step {
  return {
    label,
    revert: async () => {
      await undo();
      return toggleStep(label, redo, undo);
    },
  };
}
