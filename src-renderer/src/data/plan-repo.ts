/**
 * The plan repository: every plan edit is a `PlanChange` (rows to put or delete in planEntries and
 * recurring), applied in ONE read-write transaction together with the weekly totals it changes.
 * All or nothing: an invalid row is refused before anything is written, and any failure inside
 * the transaction aborts it, so the plan stays exactly as it was. Each applied change returns its
 * inverse (the rows as they were), which is how undo and redo work.
 */
import { addDays } from '@shared/domain/dates';
import type { FoodCollection } from '@shared/domain/food-lookup';
import { unknownEaters } from '@shared/schemas/household-rules';
import {
  planEntryRowSchema,
  recurringRowSchema,
  type PlanEntryRow,
  type RecurringRow,
} from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { isQuotaError, quotaMessage } from './repo-errors';
import {
  planTables,
  readHousehold,
  refreshWeeks,
  weeksOverlapping,
  weekStartOf,
} from './weekly-totals-repo';

export interface PlanChange {
  /** What the user did, for messages and the undo button ("Add Soymilk"). */
  readonly label: string;
  readonly putEntries?: readonly PlanEntryRow[];
  readonly deleteEntries?: readonly string[];
  readonly putRecurring?: readonly RecurringRow[];
  readonly deleteRecurring?: readonly string[];
  /** Dates whose weeks should get fresh totals too (the week on screen). */
  readonly alsoRefresh?: readonly string[];
}

export interface AppliedChange {
  readonly change: PlanChange;
  /** Puts back every row as it was before `change`. */
  readonly inverse: PlanChange;
  /** Start dates of the weeks whose totals were rewritten. */
  readonly weeks: readonly string[];
}

/** A plan edit that was refused or failed; nothing was saved. The message is for the user. */
export class PlanWriteError extends Error {
  override readonly name = 'PlanWriteError';
}

function refuse(change: PlanChange, reason: string): never {
  throw new PlanWriteError(`${change.label}: not saved — ${reason}`);
}

/** Every row is checked with its schema before the transaction starts; messages name the field. */
function validate(change: PlanChange): { entries: PlanEntryRow[]; recurring: RecurringRow[] } {
  const entries = (change.putEntries ?? []).map((row) => {
    const result = planEntryRowSchema.safeParse(row);
    return result.success
      ? result.data
      : refuse(change, result.error.issues[0]?.message ?? 'invalid entry');
  });
  const recurring = (change.putRecurring ?? []).map((row) => {
    const result = recurringRowSchema.safeParse(row);
    return result.success
      ? result.data
      : refuse(change, result.error.issues[0]?.message ?? 'invalid entry');
  });
  const clash =
    entries.find((e) => change.deleteEntries?.includes(e.id)) ??
    recurring.find((r) => change.deleteRecurring?.includes(r.id));
  if (clash) refuse(change, `row ${clash.id} is both written and deleted`);
  return { entries, recurring };
}

function inverseOf(
  change: PlanChange,
  entriesBefore: Map<string, PlanEntryRow | undefined>,
  recurringBefore: Map<string, RecurringRow | undefined>,
): PlanChange {
  const restore = <T>(before: Map<string, T | undefined>) => ({
    put: [...before.values()].filter((r): r is T => r !== undefined),
    remove: [...before].filter(([, r]) => r === undefined).map(([id]) => id),
  });
  const entries = restore(entriesBefore);
  const recurring = restore(recurringBefore);
  return {
    label: change.label,
    putEntries: entries.put,
    deleteEntries: entries.remove,
    putRecurring: recurring.put,
    deleteRecurring: recurring.remove,
    ...(change.alsoRefresh ? { alsoRefresh: change.alsoRefresh } : {}),
  };
}

async function rowsBefore<T>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
  ids: string[],
) {
  const rows = await table.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, rows[i]]));
}

/** Applies a plan edit and rewrites the affected weeks' totals, all in one transaction. */
export async function applyChange(
  db: CobaltDb,
  foods: FoodCollection,
  change: PlanChange,
): Promise<AppliedChange> {
  const valid = validate(change);
  const entryIds = [
    ...new Set([...valid.entries.map((e) => e.id), ...(change.deleteEntries ?? [])]),
  ];
  const recurringIds = [
    ...new Set([...valid.recurring.map((r) => r.id), ...(change.deleteRecurring ?? [])]),
  ];
  try {
    return await db.transaction('rw', planTables(db), async () => {
      const entriesBefore = await rowsBefore<PlanEntryRow>(db.planEntries, entryIds);
      const recurringBefore = await rowsBefore<RecurringRow>(db.recurring, recurringIds);
      if (change.deleteEntries?.length) await db.planEntries.bulkDelete([...change.deleteEntries]);
      if (change.deleteRecurring?.length)
        await db.recurring.bulkDelete([...change.deleteRecurring]);
      if (valid.entries.length) await db.planEntries.bulkPut(valid.entries);
      if (valid.recurring.length) await db.recurring.bulkPut(valid.recurring);

      const household = await readHousehold(db);
      const people = new Set(household.people.map((p) => p.id));
      const stranger = [
        ...unknownEaters(valid.entries, people),
        ...unknownEaters(valid.recurring, people),
      ][0];
      if (stranger) {
        refuse(change, `it names “${stranger.personId}” as an eater, who is not in the household`);
      }
      const startOf = (date: string) => weekStartOf(date, household.settings.weekStartsOn);
      const weeks = new Set<string>((change.alsoRefresh ?? []).map(startOf));
      for (const row of [...valid.entries, ...entriesBefore.values()])
        if (row) weeks.add(startOf(row.date));
      const changedRecurring = [...valid.recurring, ...recurringBefore.values()].filter(
        (r) => r !== undefined,
      );
      if (changedRecurring.length > 0) {
        // A repeating entry changes every week it covers that has totals (see weekly-totals-repo).
        const withTotals = await db.weeklyTotals.orderBy('weekStart').uniqueKeys();
        const candidates = new Set([...weeks, ...withTotals.map((w) => startOf(String(w)))]);
        for (const row of changedRecurring)
          for (const w of weeksOverlapping(row, candidates)) weeks.add(w);
      }
      await refreshWeeks(db, foods, weeks, household);
      return {
        change,
        inverse: inverseOf(change, entriesBefore, recurringBefore),
        weeks: [...weeks].sort(),
      };
    });
  } catch (e) {
    if (e instanceof PlanWriteError) throw e;
    if (isQuotaError(e)) throw new PlanWriteError(quotaMessage(`“${change.label}”`));
    const reason = e instanceof Error ? e.message : String(e);
    throw new PlanWriteError(`${change.label}: not saved, the plan is unchanged — ${reason}`);
  }
}

/** Plan entries dated `from` to `to` inclusive. */
export function readEntriesBetween(
  db: CobaltDb,
  from: string,
  to: string,
): Promise<PlanEntryRow[]> {
  return db.planEntries.where('date').between(from, to, true, true).toArray();
}

/** The stored rows that make up the week from `weekStart`: its entries and the recurring rows that reach it. */
export async function readWeekRows(
  db: CobaltDb,
  weekStart: string,
): Promise<{ entries: PlanEntryRow[]; recurring: RecurringRow[] }> {
  const end = addDays(weekStart, 6);
  const [entries, recurring] = await Promise.all([
    readEntriesBetween(db, weekStart, end),
    db.recurring.toArray(),
  ]);
  return {
    entries,
    recurring: recurring.filter(
      (r) => r.startDate <= end && (r.endDate === null || r.endDate >= weekStart),
    ),
  };
}
