/**
 * The shopping screen's undo: each change pushes how to put things back. Undo runs the latest one.
 * Check marks, "clear checked", manual items, aisle moves and pantry additions are undoable; the
 * aisle editor is an explicit form with Save and Cancel instead.
 */
export interface UndoEntry {
  /** What the user did, for the button: "Check Soymilk". */
  readonly label: string;
  readonly undo: () => Promise<void>;
}

/** Enough for a shopping trip's worth of taps; older steps fall off. */
const LIMIT = 100;

export class UndoStack {
  entries = $state.raw<readonly UndoEntry[]>([]);

  get latest(): UndoEntry | undefined {
    return this.entries.at(-1);
  }

  push(entry: UndoEntry): void {
    this.entries = [...this.entries, entry].slice(-LIMIT);
  }

  /** Undoes the latest change; returns its label, or null when there was nothing to undo. */
  async undo(): Promise<string | null> {
    const entry = this.latest;
    if (!entry) return null;
    this.entries = this.entries.slice(0, -1);
    await entry.undo();
    return entry.label;
  }

  clear(): void {
    this.entries = [];
  }
}
