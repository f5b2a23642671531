/**
 * Edits shown before IndexedDB confirms them: the screen applies a change to the week it shows at
 * once (one frame), while the same change is saved with its weekly totals in one transaction. A
 * pending change stays on top of the stored week until a read that started after its commit
 * arrives; if saving fails it is dropped, and the week shows the stored plan again.
 */
import { addDays } from '@shared/base/dates';
import type { PlanChange } from '../data/plan-repo';
import type { PlanWeekData } from '../data/plan-week';

export interface PendingChange {
  readonly change: PlanChange;
  /** The number of week reads started when the change was committed; null while saving. */
  readonly committedAfter: number | null;
}

/** Pending changes a read numbered `seq` does not include yet. */
export function stillPending(pending: readonly PendingChange[], seq: number): PendingChange[] {
  return pending.filter((p) => p.committedAfter === null || seq <= p.committedAfter);
}

function applyRows<T extends { id: string }>(
  rows: readonly T[],
  put: readonly T[] | undefined,
  remove: readonly string[] | undefined,
  inWeek: (row: T) => boolean,
): readonly T[] {
  if (!put?.length && !remove?.length) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of remove ?? []) byId.delete(id);
  for (const row of put ?? []) {
    if (inWeek(row)) byId.set(row.id, row);
    else byId.delete(row.id);
  }
  return [...byId.values()];
}

/** The stored week with `changes` applied on top, in order. Unchanged rows keep their identity. */
export function withPending(week: PlanWeekData, changes: readonly PlanChange[]): PlanWeekData {
  const end = addDays(week.weekStart, 6);
  let { entries, recurring } = week;
  for (const c of changes) {
    entries = applyRows(
      entries,
      c.putEntries,
      c.deleteEntries,
      (e) => e.date >= week.weekStart && e.date <= end,
    );
    recurring = applyRows(
      recurring,
      c.putRecurring,
      c.deleteRecurring,
      (r) => r.startDate <= end && (r.endDate === null || r.endDate >= week.weekStart),
    );
  }
  return { ...week, entries, recurring };
}

const json = (value: unknown) => JSON.stringify(value);

/** `next`, reusing the objects of `prev` that are equal to theirs (same id, same content). */
function sameRows<T extends { id: string }>(prev: readonly T[], next: readonly T[]): readonly T[] {
  const byId = new Map(prev.map((row) => [row.id, row]));
  let changed = prev.length !== next.length;
  const rows = next.map((row, i) => {
    const old = byId.get(row.id);
    if (old !== undefined && json(old) === json(row)) {
      if (prev[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return row;
  });
  return changed ? rows : prev;
}

/**
 * A fresh read of the week that keeps the identity of everything unchanged since `prev`, so that
 * re-reading after a save re-renders only what the save changed.
 */
export function keepIdentity(prev: PlanWeekData | undefined, next: PlanWeekData): PlanWeekData {
  if (prev === undefined || prev.weekStart !== next.weekStart) return next;
  return {
    weekStart: next.weekStart,
    settings: json(prev.settings) === json(next.settings) ? prev.settings : next.settings,
    people: json(prev.people) === json(next.people) ? prev.people : next.people,
    recipes: sameRows(prev.recipes, next.recipes),
    entries: sameRows(prev.entries, next.entries),
    recurring: sameRows(prev.recurring, next.recurring),
  };
}
