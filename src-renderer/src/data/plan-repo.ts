/**
 * The plan repository: every plan edit is a `PlanChange` (plan entries and recurring rows to put
 * or delete; entries are stored per day, plan-days-repo.ts), applied in ONE read-write transaction together with the weekly totals it changes.
 * All or nothing: an invalid row is refused before anything is written, and any failure inside
 * the transaction aborts it, so the plan stays exactly as it was. Each applied change returns its
 * inverse (the rows as they were), which is how undo and redo work.
 */
import { addDays } from '@shared/base/dates';
import { unknownEaters } from '@shared/schemas/household-rules';
import {
  planEntryRowSchema,
  recurringRowSchema,
  type PlanEntryRow,
  type RecurringRow,
} from '@shared/schemas/rows';
import { messageOf } from '../lib/message-of';
import type { CobaltDb } from './db';
import {
  isQuotaError,
  quotaMessage,
  RepoWriteError,
  ValidationError,
  WriteError,
} from './repo-errors';
import { writeWithTotals } from './weekly-totals-projection';
import { readEntriesBetween, readEntriesById, writeEntries } from './plan-days-repo';

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

/** A plan edit that was refused: a ValidationError whose message names the edit and the reason. */
function refuse(change: PlanChange, reason: string): never {
  throw new ValidationError([{ path: '', message: `${change.label}: not saved — ${reason}` }]);
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

/**
 * Applies a plan edit; the projection rewrites the affected weeks' totals in the same transaction.
 * Throws a RepoWriteError (a ValidationError when refused, a WriteError when IndexedDB failed).
 */
export async function applyChange(db: CobaltDb, change: PlanChange): Promise<AppliedChange> {
  const valid = validate(change);
  const entryIds = [
    ...new Set([...valid.entries.map((e) => e.id), ...(change.deleteEntries ?? [])]),
  ];
  const recurringIds = [
    ...new Set([...valid.recurring.map((r) => r.id), ...(change.deleteRecurring ?? [])]),
  ];
  try {
    const { value: inverse, weeks } = await writeWithTotals(
      db,
      [],
      async ({ touch, household }) => {
        const entriesBefore = await readEntriesById(db, entryIds);
        const recurringBefore = await rowsBefore<RecurringRow>(db.recurring, recurringIds);
        await writeEntries(db, valid.entries, change.deleteEntries ?? []);
        if (change.deleteRecurring?.length)
          await db.recurring.bulkDelete([...change.deleteRecurring]);
        if (valid.recurring.length) await db.recurring.bulkPut(valid.recurring);

        const people = new Set((await household()).people.map((p) => p.id));
        const stranger = [
          ...unknownEaters(valid.entries, people),
          ...unknownEaters(valid.recurring, people),
        ][0];
        if (stranger) {
          refuse(
            change,
            `it names “${stranger.personId}” as an eater, who is not in the household`,
          );
        }
        touch.dates(change.alsoRefresh ?? []);
        for (const row of [...valid.entries, ...entriesBefore.values()])
          if (row) touch.dates([row.date]);
        touch.recurring(
          [...valid.recurring, ...recurringBefore.values()].filter((r) => r !== undefined),
        );
        return inverseOf(change, entriesBefore, recurringBefore);
      },
    );
    return { change, inverse, weeks };
  } catch (e) {
    if (e instanceof RepoWriteError) throw e;
    if (isQuotaError(e)) throw new WriteError(quotaMessage(`“${change.label}”`));
    throw new WriteError(`${change.label}: not saved, the plan is unchanged — ${messageOf(e)}`);
  }
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
