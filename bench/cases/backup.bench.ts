import Dexie from 'dexie';
import {
  BACKUP_TABLES,
  buildBackup,
  readBackup,
  serializeBackup,
  type BackupData,
} from '../../src-shared/backup';
import { addDays } from '../../src-shared/domain/dates';
import {
  personRowSchema,
  type PlanEntryRow,
  type RecurringRow,
} from '../../src-shared/schemas/rows';
import { exportBackup, restoreBackup } from '../../src-renderer/src/data/backup-repo';
import { CobaltDb } from '../../src-renderer/src/data/db';
import { makeFood } from '../../tests/helpers/foods';
import type { Food } from '../../src-shared/schemas/food';
import type { BenchCase, BenchResult } from '../harness';

/**
 * A year of plans for four people: 52 weeks × 7 days × 4 slots × 3 entries (4,368 entries) with
 * mixed eaters, 8 recipes, 4 recurring entries, 20 custom foods and a year of shopping lists.
 * Export = read every user table + serialize + checksum; import = hardened parse + validate +
 * write in one replace transaction (`import_read_ms`: its parse + validate share). Median of 7.
 */
const START = '2025-01-06';
const SLOTS = ['breakfast', 'lunch', 'dinner', 'snacks'];
const PEOPLE = ['p1', 'p2', 'p3', 'p4'];
const bundledIds = Array.from(
  { length: 300 },
  (_, i) => `sr:${String(10000 + i).padStart(5, '0')}`,
);
const isBundled = (id: string) => /^sr:1\d{4}$/.test(id);

/** `perSlot` entries in each of 4 slots on each of 364 days: 3 → 4,368; 55 → 80,080 entries. */
function yearOfPlans(perSlot = 3): BackupData {
  const people = PEOPLE.map((id, i) =>
    personRowSchema.parse({
      id,
      order: i,
      profile: {
        id,
        name: `Person ${i + 1}`,
        ageYears: 20 + i * 15,
        sex: i % 2 ? 'male' : 'female',
        diet: 'vegan',
      },
    }),
  );
  const customFoods = Array.from({ length: 20 }, (_, i) =>
    makeFood(`custom:food-${i}`, {
      source: 'custom',
      group: 'CUSTOM',
      groupName: 'Custom foods',
      nutrients: { energy: 100 + i, b12: i % 3 },
    }),
  );
  const recipes = Array.from({ length: 8 }, (_, i) => ({
    id: `recipe-${i}`,
    name: `Recipe ${i}`,
    servings: 4,
    ingredients: Array.from({ length: 6 }, (_, j) => ({
      foodId: j === 0 ? `custom:food-${i}` : bundledIds[(i * 7 + j * 13) % bundledIds.length]!,
      quantity: 100 + j * 10,
      unit: 'g',
      grams: 100 + j * 10,
    })),
    note: '',
  }));
  const eaters: PlanEntryRow['eaters'][] = ['all', ['p1'], ['p1', 'p2'], ['p3', 'p4']];
  const planEntries: PlanEntryRow[] = [];
  for (let day = 0; day < 52 * 7; day++) {
    const date = addDays(START, day);
    SLOTS.forEach((slotId, s) => {
      for (let k = 0; k < perSlot; k++) {
        const n = planEntries.length;
        const recipe = n % 11 === 0;
        planEntries.push({
          id: `entry-${n}`,
          date,
          slotId,
          target: recipe
            ? { kind: 'recipe', recipeId: `recipe-${n % 8}` }
            : {
                kind: 'food',
                foodId: n % 5 === 0 ? `custom:food-${n % 20}` : bundledIds[n % bundledIds.length]!,
              },
          quantity: recipe ? 1 : 1 + (n % 4) * 0.5,
          unit: recipe ? 'serving' : 'cup',
          grams: 80 + ((n * 37) % 300),
          eaters: eaters[(n + s) % eaters.length]!,
          order: k,
        });
      }
    });
  }
  const recurring: RecurringRow[] = PEOPLE.map((id, i) => ({
    id: `recurring-${i}`,
    target: { kind: 'food', foodId: bundledIds[i]! },
    quantity: 1,
    unit: 'tablet',
    grams: 1,
    slotId: 'breakfast',
    eaters: [id],
    weekdays: [1, 3, 5],
    startDate: START,
    endDate: null,
  }));
  const weeks = Array.from({ length: 52 }, (_, w) => addDays(START, w * 7));
  const listKey = (w: string) => `${w}..${addDays(w, 6)}`;
  return {
    people,
    customFoods,
    recipes,
    planEntries,
    recurring,
    settings: [],
    shoppingChecks: weeks.flatMap((w) =>
      Array.from({ length: 30 }, (_, i) => ({
        listKey: listKey(w),
        itemKey: `food:${bundledIds[i]!}`,
        checked: i % 2 === 0,
      })),
    ),
    shoppingItems: weeks.map((w, i) => ({
      id: `item-${i}`,
      listKey: listKey(w),
      text: 'Coffee',
      aisleId: null,
      order: 0,
    })),
  };
}

/** The bundled foods the plans use, with some nutrients known, for the totals recomputed on restore. */
const bundledFoods: ReadonlyMap<string, Food> = new Map(
  bundledIds.map((id, i) => [
    id,
    makeFood(id, {
      nutrients: { energy: 50 + i, protein: 2, b12: i % 7 === 0 ? 0.5 : 0, iron: 1 },
    }),
  ]),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases: BenchCase[] = [
  {
    name: 'backup.export_year_ms',
    kind: 'measured',
    async measure(): Promise<BenchResult[]> {
      const source = new CobaltDb(`bench-backup-source-${Date.now()}`);
      const target = new CobaltDb(`bench-backup-target-${Date.now()}`);
      try {
        const data = yearOfPlans();
        await source.transaction(
          'rw',
          BACKUP_TABLES.map((t) => source.table(t)),
          async () => {
            for (const t of BACKUP_TABLES) await source.table(t).bulkAdd(data[t] as object[]);
          },
        );
        const exportMs: number[] = [];
        const importMs: number[] = [];
        let text = '';
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          text = (await exportBackup(source, { appVersion: 'bench', now: new Date() })).text;
          exportMs.push(performance.now() - t0);
        }
        const readMs: number[] = [];
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          const read = readBackup(text, isBundled);
          const t1 = performance.now();
          if (!read.ok)
            throw new Error(
              `bench backup refused: ${read.refusal.message} ${read.refusal.problems.join(' ')}`,
            );
          const restore = await restoreBackup(target, read.backup, 'replace');
          importMs.push(performance.now() - t0);
          readMs.push(t1 - t0);
          if (!restore.ok) throw new Error(`bench restore failed: ${restore.message}`);
        }
        if ((await target.planEntries.count()) !== data.planEntries.length)
          throw new Error('import lost entries');
        return [
          { name: 'backup.export_year_ms', value: median(exportMs), unit: 'ms', budget: 1000 },
          { name: 'backup.import_year_ms', value: median(importMs), unit: 'ms', budget: 1000 },
          { name: 'backup.import_read_ms', value: median(readMs), unit: 'ms' },
          { name: 'backup.year_file_mb', value: text.length / (1024 * 1024), unit: 'MB' },
        ];
      } finally {
        source.close();
        target.close();
        await Dexie.delete(source.name);
        await Dexie.delete(target.name);
      }
    },
  },
  {
    // Issue 14: a year for four people with 80,000 entries, restored with its weekly totals in one
    // transaction (what the Restore button does). Budget 2 s; the first figure was 8.1 s.
    name: 'backup.import_80k_ms',
    kind: 'measured',
    async measure(): Promise<BenchResult[]> {
      const data = yearOfPlans(55);
      const text = serializeBackup(buildBackup(data, 'bench', new Date().toISOString()));
      const totalMs: number[] = [];
      const readMs: number[] = [];
      const writeMs: number[] = [];
      const totalsMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const target = new CobaltDb(`bench-backup-80k-${Date.now()}-${i}`);
        try {
          const t0 = performance.now();
          const read = readBackup(text, isBundled);
          const t1 = performance.now();
          if (!read.ok) throw new Error(`bench backup refused: ${read.refusal.message}`);
          let tTotals = 0;
          const restore = await restoreBackup(target, read.backup, 'replace', {
            bundledFoods,
            onProgress: (p) => {
              if (p.stage === 'totals') tTotals = performance.now();
            },
          });
          const t2 = performance.now();
          totalsMs.push(t2 - tTotals);
          if (!restore.ok) throw new Error(`bench restore failed: ${restore.message}`);
          totalMs.push(t2 - t0);
          readMs.push(t1 - t0);
          writeMs.push(t2 - t1);
          if ((await target.planEntries.count()) !== data.planEntries.length)
            throw new Error('import lost entries');
          if ((await target.weeklyTotals.count()) !== 52 * PEOPLE.length)
            throw new Error(
              `expected 52 weeks of totals, got ${await target.weeklyTotals.count()}`,
            );
        } finally {
          target.close();
          await Dexie.delete(target.name);
        }
      }
      return [
        { name: 'backup.import_80k_ms', value: median(totalMs), unit: 'ms', budget: 2000 },
        { name: 'backup.import_80k_read_ms', value: median(readMs), unit: 'ms' },
        { name: 'backup.import_80k_write_totals_ms', value: median(writeMs), unit: 'ms' },
        { name: 'backup.import_80k_totals_ms', value: median(totalsMs), unit: 'ms' },
        { name: 'backup.file_80k_mb', value: text.length / (1024 * 1024), unit: 'MB' },
      ];
    },
  },
];

export default cases;
