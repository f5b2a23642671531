/**
 * Rules across stored rows that no single-row schema can check, shared by the repositories and the
 * restore (src-shared/backup/integrity.ts), so a backup is held to exactly the rules a form is:
 *
 *   - a person's profile id is the person's row id: the analysis, the screens and every entry's
 *     eaters name people by it, so two ids for one person (or one id for two) would credit intake
 *     to nobody, or twice;
 *   - the eaters of every plan entry and recurring entry are people of the household.
 *
 * Rules within one row (unique meal-slot and aisle ids, eaters listed once, names trimmed and not
 * empty) live in the row schemas themselves (rows.ts, profile.ts).
 */
import type { Eaters } from './rows';
import { repeatedKeys } from './unique';

/** What the rules read of a person row (a stored profile may be any shape until parsed). */
export interface PersonIds {
  readonly id: string;
  readonly profile: unknown;
}

export interface RuleProblem {
  /** "people[1].profile.id", "planEntries[12].eaters[0]". */
  readonly where: string;
  /** The sentence after `where`, naming the rule. */
  readonly message: string;
}

function profileId(profile: unknown): unknown {
  return typeof profile === 'object' && profile !== null
    ? (profile as Record<string, unknown>)['id']
    : undefined;
}

export function personIdProblems(people: readonly PersonIds[], table = 'people'): RuleProblem[] {
  const problems: RuleProblem[] = [];
  people.forEach((person, i) => {
    const pid = profileId(person.profile);
    if (pid !== person.id) {
      problems.push({
        where: `${table}[${i}].profile.id`,
        message: `is “${String(pid)}” but the person’s id is “${person.id}”: a person’s profile id must be their id, which entries use to name who eats them`,
      });
    }
  });
  for (const { index, first, key } of repeatedKeys(people, (p) => String(profileId(p.profile)))) {
    problems.push({
      where: `${table}[${index}].profile.id`,
      message: `“${key}” is also the profile id of ${table}[${first}]: each person needs their own id`,
    });
  }
  return problems;
}

export interface EatingRow {
  readonly eaters: Eaters;
}

export interface UnknownEater {
  readonly row: number;
  readonly eater: number;
  readonly personId: string;
}

/** Eaters that are not people of the household (`personIds` holds the people's ids). */
export function unknownEaters(
  rows: readonly EatingRow[],
  personIds: ReadonlySet<string>,
): UnknownEater[] {
  const found: UnknownEater[] = [];
  rows.forEach((row, i) => {
    if (row.eaters === 'all') return;
    row.eaters.forEach((personId, j) => {
      if (!personIds.has(personId)) found.push({ row: i, eater: j, personId });
    });
  });
  return found;
}

export function eaterProblems(
  rows: readonly EatingRow[],
  personIds: ReadonlySet<string>,
  table: string,
  among = 'the household',
  firstRow = 0,
): RuleProblem[] {
  return unknownEaters(rows, personIds).map(({ row, eater, personId }) => ({
    where: `${table}[${row + firstRow}].eaters[${eater}]`,
    message: `names person “${personId}”, who is not in ${among}: eaters must be people of the household`,
  }));
}

export const describeProblem = (p: RuleProblem) => `${p.where} ${p.message}.`;
