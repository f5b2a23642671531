/**
 * Backup scenarios against a database, shared by the Node suite (fake-indexeddb) and the browser
 * suite (Chromium's IndexedDB), so both run the same assertions.
 */
import { expect } from 'vitest';
import { TARGET_NUTRIENT_IDS } from '@shared/domain';
import { BACKUP_TABLES, readBackup, type BackupData, type BackupTable } from '@shared/backup';
import { addDays } from '@shared/base/dates';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import {
  exportBackup,
  importBackupText,
  readBackupData,
  restoreBackup,
} from '../../../src-renderer/src/data/backup-repo';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import {
  computeWeekTotals,
  storedWeeks,
} from '../../../src-renderer/src/data/weekly-totals-projection';
import { makeFood } from '../../helpers/foods';
import { backupText } from './helpers';
import { BUNDLED_IDS, isBundled, sampleData, sampleEntry, samplePeople } from './sample-data';
import { planEntries } from '../../helpers/plan-entries';
import { addEntries } from '../../../src-renderer/src/data/plan-days-repo';

const NOW = new Date('2026-01-12T09:30:00.000Z');

/** The stored table behind a backup table (plan entries are stored per day). */
const stored = (db: CobaltDb, t: BackupTable) => (t === 'planEntries' ? db.planDays : db.table(t));

export async function fill(db: CobaltDb, data: BackupData): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((t) => stored(db, t)),
    async () => {
      for (const t of BACKUP_TABLES)
        if (t === 'planEntries') await addEntries(db, data.planEntries);
        else await db.table(t).bulkAdd(data[t] as object[]);
    },
  );
}

function weeklyTotals(personId: string, weekStart: string): WeeklyTotalsRow {
  const nutrients = Object.fromEntries(
    TARGET_NUTRIENT_IDS.map((id) => [id, { value: 1, coverage: 1, target: null, daysMet: null }]),
  ) as WeeklyTotalsRow['nutrients'];
  return {
    personId,
    weekStart,
    entryCount: 1,
    totalGrams: 100,
    nutrients,
    b12: { ingestedUg: 1, absorbedUg: 0.5, absorbedTargetUg: null, daysMet: null },
  };
}

/** Every table the restore touches, for "unchanged" comparisons. */
export async function snapshot(db: CobaltDb) {
  return { ...(await readBackupData(db)), weeklyTotals: await db.weeklyTotals.toArray() };
}

/** A household different from the sample, already stored when a backup is restored. */
export function otherHousehold(): BackupData {
  const [ana] = samplePeople();
  return {
    ...sampleData(),
    people: [{ ...ana!, id: 'p-cleo', profile: { ...ana!.profile, id: 'p-cleo', name: 'Cleo' } }],
    customFoods: [],
    recipes: [],
    planEntries: [sampleEntry('e1', '2025-12-01', { grams: 100 }), sampleEntry('e9', '2025-12-02')],
    recurring: [],
    settings: [],
    shoppingItems: [],
  };
}

export async function roundTripIsIdentical(db: CobaltDb): Promise<void> {
  await fill(db, sampleData());
  await db.weeklyTotals.put(weeklyTotals('p-ana', '2026-01-05'));
  const before = await readBackupData(db);
  const exported = await exportBackup(db, { appVersion: '0.1.0', now: NOW, day: '2026-01-12' });
  expect(exported.fileName).toBe('cobalt-backup-2026-01-12.cobalt');
  expect(exported.counts).toMatchObject({ people: 2, planEntries: 3, recurring: 1, settings: 1 });

  for (const t of BACKUP_TABLES) await stored(db, t).clear();
  expect(await planEntries(db).count()).toBe(0);

  const { read, restore } = await importBackupText(db, exported.text, 'replace', isBundled);
  expect(read.ok).toBe(true);
  expect(restore).toMatchObject({
    ok: true,
    outcome: { mode: 'replace', added: { planEntries: 3 } },
  });
  expect(await readBackupData(db)).toEqual(before);
  expect(before).toEqual(sampleData());
  // Derived totals described the old plan: cleared in the same transaction, recomputed later.
  expect(await db.weeklyTotals.count()).toBe(0);
}

export async function replaceLeavesExactlyTheBackup(db: CobaltDb): Promise<void> {
  await fill(db, otherHousehold());
  const { restore } = await importBackupText(db, await backupText(), 'replace', isBundled);
  expect(restore?.ok).toBe(true);
  expect(await readBackupData(db)).toEqual(sampleData());
}

export async function mergeAddsNewRowsAndKeepsStoredOnes(db: CobaltDb): Promise<void> {
  const other = otherHousehold();
  await fill(db, other);
  const read = await readBackup(await backupText(), isBundled);
  if (!read.ok) throw new Error(read.refusal.message);
  const result = await restoreBackup(db, read.backup, 'merge');
  expect(result).toMatchObject({
    ok: true,
    outcome: {
      mode: 'merge',
      added: { people: 2, planEntries: 2, recipes: 1, settings: 1, shoppingChecks: 0 },
      skipped: { planEntries: 1, shoppingChecks: 1, people: 0 },
    },
  });
  const after = await readBackupData(db);
  expect(after.people.map((p) => p.id).sort()).toEqual(['p-ana', 'p-ben', 'p-cleo']);
  expect(after.planEntries.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e9']);
  // The clashing entry kept its stored version (100 g), not the backup's (243 g).
  expect(after.planEntries.find((e) => e.id === 'e1')?.grams).toBe(100);
}

export async function refusedFilesWriteNothing(db: CobaltDb): Promise<void> {
  await fill(db, otherHousehold());
  await db.weeklyTotals.put(weeklyTotals('p-cleo', '2025-12-01'));
  const before = await snapshot(db);
  const text = await backupText();
  const bad = [
    '',
    text.slice(0, 200),
    text.replace('"grams":243', '"grams":-243'),
    text.replace('"grams":243', '"grams":1e400'),
    text.replace('"grams":243', '"grams":243,"__proto__":{}'),
    JSON.stringify({ ...JSON.parse(text), formatVersion: 9 }),
  ];
  for (const file of bad) {
    for (const mode of ['replace', 'merge'] as const) {
      const { read, restore } = await importBackupText(db, file, mode, isBundled);
      expect(read.ok).toBe(false);
      expect(restore).toBeNull();
    }
  }
  expect(await snapshot(db)).toEqual(before);
}

/** A failure after some tables were written (here: right after the plan entries) rolls back. */
export async function interruptedRestoreChangesNothing(db: CobaltDb): Promise<void> {
  await fill(db, otherHousehold());
  await db.weeklyTotals.put(weeklyTotals('p-cleo', '2025-12-01'));
  const before = await snapshot(db);
  const read = await readBackup(await backupText(), isBundled);
  if (!read.ok) throw new Error(read.refusal.message);
  for (const mode of ['replace', 'merge'] as const) {
    const written: string[] = [];
    const result = await restoreBackup(db, read.backup, mode, {
      afterTable: (table) => {
        written.push(table);
        if (table === 'planEntries') throw new Error('power cut');
      },
    });
    expect(written).toEqual(['people', 'customFoods', 'recipes', 'planEntries']);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/rolled back.*nothing was changed.*power cut/),
    });
    expect(await snapshot(db)).toEqual(before);
  }
}

/** IndexedDB itself refusing a row part-way through a table (a Dexie hook throws on row N). */
export async function rowFailureMidTableChangesNothing(
  db: CobaltDb,
  failOnRow: number,
): Promise<void> {
  await fill(db, otherHousehold());
  const before = await snapshot(db);
  const data = sampleData();
  // One entry a day: plan entries are stored as one record per day, so row N is day N.
  data.planEntries = Array.from({ length: 50 }, (_, i) =>
    sampleEntry(`bulk-${i}`, addDays('2026-02-01', i), { order: i }),
  );
  const read = await readBackup(await backupText(data), isBundled);
  if (!read.ok) throw new Error(read.refusal.message);
  let seen = 0;
  const failOnNth = () => {
    seen++;
    if (seen === failOnRow) throw new Error(`disk full at row ${seen}`);
  };
  db.planDays.hook('creating', failOnNth);
  try {
    const result = await restoreBackup(db, read.backup, 'replace');
    expect(result.ok).toBe(false);
    expect(seen).toBeGreaterThanOrEqual(failOnRow);
  } finally {
    db.planDays.hook('creating').unsubscribe(failOnNth);
  }
  expect(await snapshot(db)).toEqual(before);
}

/** Bundled foods with B12 and energy known, so the weekly totals differ from week to week. */
const bundledFoods = new Map(
  [...BUNDLED_IDS].map((id, i) => [
    id,
    makeFood(id, { nutrients: { energy: 40 + i * 30, b12: i % 2 ? 0.9 : 0, iron: 1 + i } }),
  ]),
);

const byKey = (rows: readonly WeeklyTotalsRow[]) =>
  [...rows].sort(
    (a, b) => a.weekStart.localeCompare(b.weekStart) || a.personId.localeCompare(b.personId),
  );

/** What the totals must be: every stored week analysed afresh from the stored rows, one by one. */
async function recomputedTotals(db: CobaltDb): Promise<WeeklyTotalsRow[]> {
  const foods = new Map(bundledFoods);
  for (const food of await db.customFoods.toArray()) foods.set(food.id, food);
  const settings = (await db.settings.get('app'))?.value as { weekStartsOn: number } | undefined;
  const rows: WeeklyTotalsRow[] = [];
  for (const week of await storedWeeks(db, settings?.weekStartsOn ?? 1)) {
    rows.push(...(await computeWeekTotals(db, week, foods)));
  }
  return byKey(rows);
}

/**
 * The restore computes the weekly totals from the rows in memory instead of reading them back:
 * they must be exactly what a fresh analysis of the stored plan gives, for a replace (weeks
 * starting on Sunday, entries over five weeks) and for a merge (stored weeks plus added ones).
 */
export async function restoredTotalsEqualAFreshAnalysis(db: CobaltDb): Promise<void> {
  const data = sampleData();
  const settings = data.settings[0]!;
  data.settings = [{ key: 'app', value: { ...settings.value, weekStartsOn: 0 } }];
  const foods = ['sr:01001', 'sr:11457', 'sr:12006', 'sr:16139', 'custom:oat-milk'];
  for (let day = 0; day < 35; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    data.planEntries.push(
      sampleEntry(`w-${day}`, date, {
        target: { kind: 'food', foodId: foods[day % foods.length]! },
        grams: 50 + ((day * 37) % 200),
        eaters: day % 3 === 0 ? 'all' : day % 3 === 1 ? ['p-ana'] : ['p-ben'],
        order: 2,
      }),
    );
  }
  const read = await readBackup(await backupText(data), isBundled);
  if (!read.ok) throw new Error(read.refusal.message);
  const replaced = await restoreBackup(db, read.backup, 'replace', { bundledFoods });
  expect(replaced.ok).toBe(true);
  const afterReplace = byKey(await db.weeklyTotals.toArray());
  // 1 Jan 2026 is a Thursday: with Sunday weeks the 35 days touch six weeks, for two people.
  expect(new Set(afterReplace.map((t) => t.weekStart)).size).toBe(6);
  expect(afterReplace).toHaveLength(12);
  expect(afterReplace).toEqual(await recomputedTotals(db));

  for (const t of BACKUP_TABLES) await stored(db, t).clear();
  await db.weeklyTotals.clear();
  await fill(db, otherHousehold());
  const merged = await restoreBackup(db, read.backup, 'merge', { bundledFoods });
  expect(merged.ok).toBe(true);
  const afterMerge = byKey(await db.weeklyTotals.toArray());
  // The stored December weeks count too (Cleo's entries, merged with Ana and Ben).
  expect(afterMerge.some((t) => t.weekStart < '2026-01-01')).toBe(true);
  expect(afterMerge).toEqual(await recomputedTotals(db));
}
