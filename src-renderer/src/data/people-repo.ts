/**
 * Writes to the household: add, edit, reorder and remove people. The only code that writes the
 * `people` table; every write is validated with `personRowSchema` and runs in one transaction,
 * through the totals projection, which rewrites the stored weekly totals (they depend on each
 * person's targets) in that transaction, so a failed write leaves both as they were. Reading for
 * the engine stays in household.ts (`readPeople`).
 */
import type { PersonProfileInput } from '@shared/schemas/profile';
import { personIdProblems } from '@shared/schemas/household-rules';
import { personRowSchema, type PersonRow } from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { readEntriesWhere, writeEntries } from './plan-days-repo';
import { guardWrite, InUseError, NotFoundError, validate, ValidationError } from './repo-errors';
import { writeWithTotals } from './weekly-totals-projection';

/** A profile as a form supplies it: everything but the id, which the repository owns. */
export type PersonDraft = Omit<PersonProfileInput, 'id'>;

/** Stored rows in household order (for the people screen, which edits the inputs as stored). */
export async function listPersonRows(db: CobaltDb): Promise<PersonRow[]> {
  const rows = await db.people.toArray();
  return rows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function toRow(id: string, order: number, draft: PersonDraft): PersonRow {
  // The schema's field paths are "profile.ageYears"; forms want "ageYears".
  try {
    return validate(personRowSchema, { id, order, profile: { ...draft, id } });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ValidationError(
      e.issues.map((i) => ({ ...i, path: i.path.replace(/^profile\.?/, '') })),
    );
  }
}

/** The household rules across people (household-rules.ts), checked before a write commits. */
async function checkHousehold(db: CobaltDb): Promise<void> {
  const problems = personIdProblems(await db.people.toArray());
  if (problems.length > 0) {
    throw new ValidationError(problems.map((p) => ({ path: p.where, message: p.message })));
  }
}

/** How many people rows are stored (some may not parse: then `readPeople` returns fewer). */
export function countStoredPeople(db: CobaltDb): Promise<number> {
  return db.people.count();
}

/** Adds a person at the end of the household. */
export async function addPerson(db: CobaltDb, draft: PersonDraft): Promise<PersonRow> {
  const id = crypto.randomUUID();
  toRow(id, 0, draft); // refuse bad input before opening a transaction
  return guardWrite(`“${draft.name}”`, async () => {
    const { value } = await writeWithTotals(db, [db.people], async ({ touch }) => {
      const last = await db.people.toArray();
      const order = last.reduce((max, r) => Math.max(max, r.order + 1), 0);
      const row = toRow(id, order, draft);
      await db.people.add(row);
      await checkHousehold(db);
      touch.everyWeek();
      return row;
    });
    return value;
  });
}

export async function updatePerson(
  db: CobaltDb,
  id: string,
  draft: PersonDraft,
): Promise<PersonRow> {
  toRow(id, 0, draft);
  return guardWrite(`“${draft.name}”`, async () => {
    const { value } = await writeWithTotals(db, [db.people], async ({ touch }) => {
      const existing = await db.people.get(id);
      if (!existing) throw new NotFoundError('This person was removed in the meantime.');
      const row = toRow(id, existing.order, draft);
      await db.people.put(row);
      await checkHousehold(db);
      touch.everyWeek();
      return row;
    });
    return value;
  });
}

/** Puts the household in the order of `ids` (every person exactly once). */
export async function reorderPeople(db: CobaltDb, ids: readonly string[]): Promise<void> {
  await guardWrite('the new order', () =>
    db.transaction('rw', db.people, async () => {
      const rows = await db.people.toArray();
      const known = new Set(rows.map((r) => r.id));
      if (
        ids.length !== known.size ||
        new Set(ids).size !== ids.length ||
        !ids.every((id) => known.has(id))
      ) {
        throw new NotFoundError('The household changed in the meantime; try again.');
      }
      const byId = new Map(rows.map((r) => [r.id, r]));
      await db.people.bulkPut(
        ids.map((id, order) => validate(personRowSchema, { ...byId.get(id), order })),
      );
    }),
  );
}

/** Moves one person up (-1) or down (+1) in the household order. */
export async function movePerson(db: CobaltDb, id: string, step: -1 | 1): Promise<void> {
  const ids = (await listPersonRows(db)).map((r) => r.id);
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await reorderPeople(db, ids);
}

/**
 * Removes a person. Entries they share with others lose them as an eater; entries only they eat
 * would be left with no one, so the delete is refused and says how many. Their stored weekly
 * totals (derived data) go with them when the totals are rewritten.
 */
export async function deletePerson(db: CobaltDb, id: string): Promise<void> {
  await guardWrite('the household', () =>
    writeWithTotals(db, [db.people, db.planDays, db.recurring], async ({ touch }) => {
      const row = await db.people.get(id);
      if (!row) throw new NotFoundError('This person was removed in the meantime.');
      const eats = (e: { eaters: 'all' | string[] }) => e.eaters !== 'all' && e.eaters.includes(id);
      const entries = await readEntriesWhere(db, eats);
      const recurring = await db.recurring.filter(eats).toArray();
      const alone = [...entries, ...recurring].filter(
        (e) => e.eaters !== 'all' && e.eaters.length === 1,
      );
      if (alone.length > 0) {
        const name = String((row.profile as { name?: unknown }).name ?? 'This person');
        const n = alone.length;
        throw new InUseError(
          `${name} is the only eater of ${n} planned ${n === 1 ? 'entry' : 'entries'}. Give ${n === 1 ? 'it' : 'them'} to someone else or delete ${n === 1 ? 'it' : 'them'} first; nothing was removed.`,
        );
      }
      const without = <T extends { eaters: 'all' | string[] }>(e: T): T => ({
        ...e,
        eaters: e.eaters === 'all' ? 'all' : e.eaters.filter((p) => p !== id),
      });
      await writeEntries(db, entries.map(without));
      await db.recurring.bulkPut(recurring.map(without));
      await db.people.delete(id);
      touch.everyWeek();
    }),
  );
}
