import Dexie from 'dexie';
import { BACKUP_TABLES, buildBackup, readBackup, serializeBackup } from '@shared/backup';
import { exportBackup, restoreBackup } from '../../src-renderer/src/data/backup-repo';
import { CobaltDb } from '../../src-renderer/src/data/db';
import { addEntries, countEntries } from '../../src-renderer/src/data/plan-days-repo';
import type { BenchCase, BenchResult } from '../harness';
import { isBundled, PEOPLE, yearFoods, yearOfPlans } from '../year-of-plans';

/**
 * A year of plans for four people (bench/year-of-plans.ts).
 * Export = read every user table + serialize + checksum; import = hardened parse + validate +
 * write in one replace transaction (`import_read_ms`: its parse + validate share). Median of 7.
 */

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
          BACKUP_TABLES.map((t) => (t === 'planEntries' ? source.planDays : source.table(t))),
          async () => {
            for (const t of BACKUP_TABLES)
              if (t === 'planEntries') await addEntries(source, data.planEntries);
              else await source.table(t).bulkAdd(data[t] as object[]);
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
          const read = await readBackup(text, isBundled);
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
        if ((await countEntries(target)) !== data.planEntries.length)
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
      const text = serializeBackup(await buildBackup(data, 'bench', new Date().toISOString()));
      const totalMs: number[] = [];
      const readMs: number[] = [];
      const writeMs: number[] = [];
      const totalsMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const target = new CobaltDb(`bench-backup-80k-${Date.now()}-${i}`);
        try {
          const t0 = performance.now();
          const read = await readBackup(text, isBundled);
          const t1 = performance.now();
          if (!read.ok) throw new Error(`bench backup refused: ${read.refusal.message}`);
          let tTotals = 0;
          const restore = await restoreBackup(target, read.backup, 'replace', {
            bundledFoods: yearFoods,
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
          if ((await countEntries(target)) !== data.planEntries.length)
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
