/**
 * Where plan entries are stored: one `planDays` record per calendar day holding that day's
 * entries (database version 3). A year of plans for four people is ~80,000 entries; as one
 * IndexedDB record each, a restore spent 5–7 s writing records (bench/README.md, "Where the
 * 80,000-entry restore's time goes"), as 364 day records well under half a second. A day does not
 * depend on the first-weekday setting, so weeks are still ranges of day keys.
 *
 * Everything else in the app sees plan entries as `PlanEntryRow`s: these functions are the only
 * ones that know about day records. They run inside the caller's transaction when there is one
 * (include `db.planDays` in it) and otherwise in their own.
 *
 * Day records are derived from their entries (`dayRecord`): entries sorted by id, and the
 * multi-entry index fields `ids` (find an entry by id) and `slotIds` (is a meal slot in use).
 * A day with no entries has no record.
 */
import type { PlanEntryRow } from '@shared/schemas/rows';
import type { CobaltDb, PlanDayRow } from './db';

const byId = (a: PlanEntryRow, b: PlanEntryRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The stored record of `date` holding `entries` (every one dated `date`). */
export function dayRecord(date: string, entries: readonly PlanEntryRow[]): PlanDayRow {
  const sorted = [...entries].sort(byId);
  return {
    date,
    entries: sorted,
    ids: sorted.map((e) => e.id),
    slotIds: [...new Set(sorted.map((e) => e.slotId))],
  };
}

/** Entries grouped by their date (in the order given). */
export function entriesByDate(entries: readonly PlanEntryRow[]): Map<string, PlanEntryRow[]> {
  const byDate = new Map<string, PlanEntryRow[]>();
  for (const entry of entries) {
    const day = byDate.get(entry.date);
    if (day) day.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  return byDate;
}

/** Entries grouped into day records (dates ascending). */
export function dayRecords(entries: readonly PlanEntryRow[]): PlanDayRow[] {
  const byDate = entriesByDate(entries);
  return [...byDate.keys()].sort().map((date) => dayRecord(date, byDate.get(date)!));
}

const flatten = (days: readonly PlanDayRow[]) => days.flatMap((d) => d.entries);

/** Plan entries dated `from` to `to` inclusive, by date then id. */
export async function readEntriesBetween(
  db: CobaltDb,
  from: string,
  to: string,
): Promise<PlanEntryRow[]> {
  if (from > to) return [];
  return flatten(await db.planDays.where('date').between(from, to, true, true).toArray());
}

/** Every plan entry, by date then id. */
export async function readAllEntries(db: CobaltDb): Promise<PlanEntryRow[]> {
  return flatten(await db.planDays.toArray());
}

/** The plan entries for which `keep` holds. */
export async function readEntriesWhere(
  db: CobaltDb,
  keep: (entry: PlanEntryRow) => boolean,
): Promise<PlanEntryRow[]> {
  return (await readAllEntries(db)).filter(keep);
}

/** How many plan entries are stored. */
export async function countEntries(db: CobaltDb): Promise<number> {
  let n = 0;
  await db.planDays.each((day) => void (n += day.entries.length));
  return n;
}

/** The entries with these ids, as stored (undefined for an id that is not). */
export async function readEntriesById(
  db: CobaltDb,
  ids: readonly string[],
): Promise<Map<string, PlanEntryRow | undefined>> {
  const found = new Map<string, PlanEntryRow | undefined>(ids.map((id) => [id, undefined]));
  if (ids.length === 0) return found;
  const days = await db.planDays
    .where('ids')
    .anyOf([...ids])
    .distinct()
    .toArray();
  for (const day of days) for (const e of day.entries) if (found.has(e.id)) found.set(e.id, e);
  return found;
}

/** Days (as stored keys) that hold at least one entry, ascending. */
export async function entryDates(db: CobaltDb): Promise<string[]> {
  return (await db.planDays.toCollection().primaryKeys()) as string[];
}

/** Every stored entry id. */
export async function entryIds(db: CobaltDb): Promise<string[]> {
  return (await db.planDays.orderBy('ids').keys()) as string[];
}

/** How many entries sit in any of these meal slots. */
export async function countEntriesInSlots(
  db: CobaltDb,
  slotIds: readonly string[],
): Promise<number> {
  if (slotIds.length === 0) return 0;
  const wanted = new Set(slotIds);
  const days = await db.planDays
    .where('slotIds')
    .anyOf([...slotIds])
    .distinct()
    .toArray();
  return flatten(days).filter((e) => wanted.has(e.slotId)).length;
}

/**
 * Writes entries and deletes entries by id (an entry put under a new date leaves its old day).
 * A deleted id that is not stored is ignored. Run it inside a read-write transaction that
 * includes `db.planDays` for it to be part of a larger change.
 */
export async function writeEntries(
  db: CobaltDb,
  put: readonly PlanEntryRow[],
  deleteIds: readonly string[] = [],
): Promise<void> {
  if (put.length === 0 && deleteIds.length === 0) return;
  await db.transaction('rw', db.planDays, async () => {
    const gone = new Set([...deleteIds, ...put.map((e) => e.id)]);
    const dates = new Set(put.map((e) => e.date));
    const holding = await db.planDays
      .where('ids')
      .anyOf([...gone])
      .distinct()
      .toArray();
    for (const day of holding) dates.add(day.date);
    const stored = await db.planDays.bulkGet([...dates]);
    const next: PlanDayRow[] = [];
    const empty: string[] = [];
    [...dates].forEach((date, i) => {
      const kept = (stored[i]?.entries ?? []).filter((e) => !gone.has(e.id));
      const entries = [...kept, ...put.filter((e) => e.date === date)];
      if (entries.length > 0) next.push(dayRecord(date, entries));
      else empty.push(date);
    });
    if (empty.length > 0) await db.planDays.bulkDelete(empty);
    if (next.length > 0) await db.planDays.bulkPut(next);
  });
}

/**
 * Adds entries whose ids must all be new (a restore, a merge): an id that is already stored, or
 * given twice, throws, aborting the caller's transaction. Entries on a day that has a record join
 * it. Written in bulks of about `chunk` entries; `onProgress` gets the entries written so far.
 */
export async function addEntries(
  db: CobaltDb,
  rows: readonly PlanEntryRow[],
  options: { chunk?: number; onProgress?: (written: number) => void } = {},
): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction('rw', db.planDays, async () => {
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) throw new Error(`plan entry ${row.id} is given twice`);
      ids.add(row.id);
    }
    let days = dayRecords(rows);
    const empty = (await db.planDays.count()) === 0;
    if (!empty) {
      const clash = await db.planDays
        .where('ids')
        .anyOf([...ids])
        .first();
      if (clash) {
        const id = clash.ids.find((i) => ids.has(i));
        throw new Error(`plan entry ${id} is already stored`);
      }
      const stored = await db.planDays.bulkGet(days.map((d) => d.date));
      days = days.map((day, i) => {
        const before = stored[i]?.entries;
        return before ? dayRecord(day.date, [...before, ...day.entries]) : day;
      });
    }
    // All bulks are issued at once: awaiting each before the next left IndexedDB idle between
    // them and doubled the time of a year's restore (bench/README.md).
    const chunk = options.chunk ?? 10_000;
    const bulks: PlanDayRow[][] = [];
    for (let i = 0, size = chunk; i < days.length; i++) {
      if (size >= chunk) {
        bulks.push([]);
        size = 0;
      }
      bulks.at(-1)!.push(days[i]!);
      size += days[i]!.entries.length;
    }
    let written = 0;
    await Promise.all(
      bulks.map(async (bulk) => {
        // Into an empty table (a replacing restore), add: a key clash there is a bug and aborts.
        await (empty ? db.planDays.bulkAdd(bulk) : db.planDays.bulkPut(bulk));
        // Entries that joined a stored day count as written; the day's earlier ones do not.
        written += bulk.reduce((n, d) => n + d.entries.filter((e) => ids.has(e.id)).length, 0);
        options.onProgress?.(written);
      }),
    );
  });
}

/** Changes every stored entry for which `change` returns a new row (same id and date). */
export async function modifyEntries(
  db: CobaltDb,
  change: (entry: PlanEntryRow) => PlanEntryRow | undefined,
): Promise<PlanEntryRow[]> {
  return db.transaction('rw', db.planDays, async () => {
    const changed: PlanEntryRow[] = [];
    const days: PlanDayRow[] = [];
    for (const day of await db.planDays.toArray()) {
      let touched = false;
      const entries = day.entries.map((e) => {
        const next = change(e);
        if (!next) return e;
        if (next.id !== e.id || next.date !== e.date)
          throw new Error(`modifyEntries may not move entry ${e.id}`);
        touched = true;
        changed.push(next);
        return next;
      });
      if (touched) days.push(dayRecord(day.date, entries));
    }
    if (days.length > 0) await db.planDays.bulkPut(days);
    return changed;
  });
}

/** Deletes every plan entry. */
export function clearEntries(db: CobaltDb): Promise<void> {
  return db.planDays.clear();
}
