import Dexie from 'dexie';
import { CobaltDb } from '../../src-renderer/src/data/db';
import { ensureFoodTable } from '../../src-renderer/src/data/seed';
import { decodeFoodTable } from '@shared/schemas/food-table';
import tableMeta from '../../resources/foods/meta.json';
import tableUrl from '../../resources/foods/foods.json?url';
import type { BenchCase, BenchResult } from '../harness';

/**
 * First run: fetch the bundled table, validate every row and write it to a fresh IndexedDB in one
 * transaction — what a new user waits for. Median of 5 fresh databases, plus the decode share.
 */
const cases: BenchCase[] = [
  {
    name: 'seed.first_run_ms',
    kind: 'measured',
    async measure(): Promise<BenchResult[]> {
      const total: number[] = [];
      const decode: number[] = [];
      for (let i = 0; i < 5; i++) {
        const db = new CobaltDb(`bench-seed-${i}-${Date.now()}`);
        const t0 = performance.now();
        await ensureFoodTable(db, {
          tableVersion: tableMeta.tableVersion,
          load: async () => {
            const json: unknown = await (await fetch(tableUrl, { cache: 'no-store' })).json();
            const d0 = performance.now();
            decodeFoodTable(json);
            decode.push(performance.now() - d0);
            return json;
          },
        });
        total.push(performance.now() - t0 - (decode.at(-1) ?? 0));
        db.close();
        await Dexie.delete(db.name);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      return [
        { name: 'seed.first_run_ms', value: median(total), unit: 'ms', budget: 1000 },
        { name: 'seed.decode_ms', value: median(decode), unit: 'ms' },
      ];
    },
  },
];

export default cases;
