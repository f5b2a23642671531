/**
 * The cross-row rules through the real import path (read, validate, restore with totals) on
 * fake-indexeddb: the six hostile files of issue 14 one by one, then generated cases. Every backup
 * is either refused with a specific message and the database unchanged, or restored whole, with
 * names trimmed and weekly totals written in the same transaction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackup, refusalSentence, type BackupRefusal } from '@shared/backup';
import { importBackupText, restoreBackup } from '../../../src-renderer/src/data/backup-repo';
import { readPeople, readSettings } from '../../../src-renderer/src/data/household';
import { makeFood } from '../../helpers/foods';
import { useFreshNodeDbs } from '../../helpers/db-node';
import { applyChanges, caseText, changes, expectedRefusals, type Change } from './cross-row-cases';
import { backupText } from './helpers';
import { fill, otherHousehold, snapshot } from './repo-scenarios';
import { BUNDLED_IDS, isBundled } from './sample-data';

const freshDb = useFreshNodeDbs('cross-row');
const bundledFoods = new Map(
  [...BUNDLED_IDS].map((id) => [id, makeFood(id, { nutrients: { energy: 50, b12: 1 } })]),
);

function refusalOf(list: Change[]): BackupRefusal {
  const read = readBackup(caseText(list), isBundled);
  if (read.ok) throw new Error('expected a refusal');
  return read.refusal;
}

describe('the hostile files of issue 14 are refused, naming the row and the rule', () => {
  it('duplicate meal-slot ids', () => {
    const r = refusalOf([{ kind: 'dup-slot-id' }]);
    expect(r.code).toBe('invalid-rows');
    expect(r.problems).toContain(
      'data.settings[0].value.mealSlots[1].id: meal slot id “breakfast” is already used by mealSlots[0]: each meal slot needs its own id.',
    );
  });

  it('duplicate aisle ids', () => {
    const r = refusalOf([{ kind: 'dup-aisle-id' }]);
    expect(r.code).toBe('invalid-rows');
    expect(r.problems).toEqual([
      'data.settings[0].value.aisles[1].id: aisle id “produce” is already used by aisles[0]: each aisle needs its own id.',
    ]);
  });

  it('two people whose profiles share an id', () => {
    const r = refusalOf([{ kind: 'shared-profile-id' }]);
    expect(r.code).toBe('person-ids');
    expect(r.problems).toEqual([
      'data.people[1].profile.id is “p-ana” but the person’s id is “p-ben”: a person’s profile id must be their id, which entries use to name who eats them.',
      'data.people[1].profile.id “p-ana” is also the profile id of data.people[0]: each person needs their own id.',
    ]);
  });

  it('eaters named by a row id that differs from the profile id the analysis uses', () => {
    const r = refusalOf([{ kind: 'row-id-eater' }]);
    expect(r.code).toBe('person-ids');
    expect(r.problems[0]).toBe(
      'data.people[0].profile.id is “p-ana” but the person’s id is “row-1”: a person’s profile id must be their id, which entries use to name who eats them.',
    );
  });

  it('the same eater twice', () => {
    const r = refusalOf([{ kind: 'dup-eater', entry: 1 }]);
    expect(r.code).toBe('invalid-rows');
    expect(r.problems).toEqual([
      'data.planEntries[1].eaters[1]: eaters lists person “p-ana” twice (also at eaters[0]): each person eats an entry once.',
    ]);
  });

  it('a blank person name', () => {
    const r = refusalOf([{ kind: 'blank-name', person: 0, blank: '   ' }]);
    expect(r.code).toBe('invalid-rows');
    expect(r.problems).toEqual(['data.people[0].profile.name: name must not be empty.']);
  });

  it('the restore dialog names the file, the row and the rule, and ends "Nothing was changed."', () => {
    const r = refusalOf([{ kind: 'dup-eater', entry: 1 }]);
    expect(refusalSentence('“family.json”', r)).toBe(
      'Cannot restore “family.json”. The backup has a problem with its contents. First: data.planEntries[1].eaters[1]: eaters lists person “p-ana” twice (also at eaters[0]): each person eats an entry once. Nothing was changed.',
    );
  });
});

describe('generated cross-row cases through the real import path', () => {
  it('each is refused with a specific message and nothing changed, or restored whole', async () => {
    await fc.assert(
      fc.asyncProperty(changes, async (list) => {
        const db = freshDb();
        await fill(db, otherHousehold());
        const before = await snapshot(db);
        const expected = expectedRefusals(list);
        const { read, restore } = await importBackupText(db, caseText(list), 'replace', isBundled, {
          bundledFoods,
        });
        if (expected.size > 0) {
          expect(read.ok).toBe(false);
          if (read.ok) return;
          expect([...expected]).toContain(read.refusal.code);
          expect(read.refusal.problems.length).toBeGreaterThan(0);
          expect(read.refusal.problems[0]).toMatch(
            /^data\.(settings|people|planEntries|recurring)\[\d+\]/,
          );
          expect(read.refusal.message).toMatch(/Nothing was changed\.$/);
          expect(await snapshot(db)).toEqual(before);
        } else {
          expect(read.ok ? null : read.refusal.problems).toBeNull();
          expect(restore?.ok).toBe(true);
          const data = applyChanges(list);
          const people = await readPeople(db);
          // Every stored person is readable, with the name trimmed; the settings parse.
          expect(people.map((p) => p.name)).toEqual(
            data.people.map((p) => String(p.profile.name).trim()),
          );
          expect((await readSettings(db)).mealSlots).toEqual(
            data.settings[0]!.value.mealSlots.map((s) => ({ ...s, label: s.label.trim() })),
          );
          // Totals were recomputed in the restore's transaction, for every person of the plan.
          const totals = await db.weeklyTotals.toArray();
          expect(new Set(totals.map((t) => t.personId))).toEqual(new Set(['p-ana', 'p-ben']));
        }
        db.close();
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});

describe('restore and weekly totals are one transaction', () => {
  it('a failure while the totals are computed leaves the old data and its totals', async () => {
    const db = freshDb();
    await restoreBackup(db, readOk(backupText(otherHousehold())), 'replace', { bundledFoods });
    const before = await snapshot(db);
    expect(before.weeklyTotals.length).toBeGreaterThan(0);
    const broken = new Map(bundledFoods);
    // A food whose nutrients cannot be read makes the analysis throw inside the transaction.
    broken.set('sr:16139', { ...bundledFoods.get('sr:16139')!, nutrients: null } as never);
    const result = await restoreBackup(db, readOk(backupText()), 'replace', {
      bundledFoods: broken,
    });
    expect(result.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore writes the totals of every planned week before it commits', async () => {
    const db = freshDb();
    const result = await restoreBackup(db, readOk(backupText()), 'replace', { bundledFoods });
    expect(result.ok).toBe(true);
    const weeks = new Set((await db.weeklyTotals.toArray()).map((t) => t.weekStart));
    expect(weeks).toEqual(new Set(['2026-01-05']));
    expect(await db.weeklyTotals.count()).toBe(2); // Ana and Ben
  });
});

function readOk(text: string) {
  const read = readBackup(text, isBundled);
  if (!read.ok) throw new Error(read.refusal.message);
  return read.backup;
}
