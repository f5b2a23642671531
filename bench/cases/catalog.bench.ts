import Dexie from 'dexie';
import { CobaltDb } from '../../src-renderer/src/data/db';
import { ensureFoodTable } from '../../src-renderer/src/data/seed';
import { FoodCatalog } from '../../src-renderer/src/data/catalog.svelte';
import tableMeta from '../../resources/foods/meta.json';
import tableUrl from '../../resources/foods/foods.json?url';
import type { BenchCase } from '../harness';

/** Warm start's main cost: reading every bundled food back from IndexedDB into the catalog. */
const cases: BenchCase[] = [
  {
    name: 'catalog.load_ms',
    stat: 'median',
    samples: 7,
    warmup: 1,
    async setup() {
      const db = new CobaltDb(`bench-catalog-${Date.now()}`);
      await ensureFoodTable(db, {
        tableVersion: tableMeta.tableVersion,
        load: async () => (await fetch(tableUrl)).json(),
      });
      return db;
    },
    run: (db: CobaltDb) => new FoodCatalog().load(db),
    async teardown(db: CobaltDb) {
      db.close();
      await Dexie.delete(db.name);
    },
  },
];

export default cases;
