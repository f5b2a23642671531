/**
 * The first read of a start, made while the app's modules are still being evaluated: main.ts
 * imports this module first, so IndexedDB opens while the rest of the code is evaluated, instead
 * of after it (bench/README.md, third pass). It reads, in one transaction, what the catalog starts
 * from: the table version and the custom foods (the bundled foods and their search index come
 * from the shipped files, shipped-table.ts and shipped-index.ts).
 *
 * It imports only open-existing-db.ts (which imports nothing), so nothing else is evaluated before
 * it (least of all zod, which zod-config.ts must configure first): the database name and the key
 * are written out here, and a unit test keeps them equal to db.ts's and seed.ts's.
 * Boot uses the read only when the database is at the version the app declares (no upgrade was
 * pending) and the table is the shipped one; otherwise it starts the usual way.
 */

import { openExistingDb } from './open-existing-db';

export const START_DB_NAME = 'cobalt';
export const START_KEYS = { tableInfo: 'foodTable' } as const;

export interface StartRead {
  /** IndexedDB's version of the database (Dexie's version × 10). */
  readonly idbVersion: number;
  /** The `value` of the table's meta row, unchecked. */
  readonly tableInfo: unknown;
  /** Every custom food row, in primary-key order (what `customFoods.toArray()` gives). */
  readonly customFoods: readonly unknown[];
}

/**
 * Reads the start-up records; null when there is no database yet (a first run: it is not created
 * here), or it cannot be read. Never throws.
 */
export function readAtStart(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = START_DB_NAME,
): Promise<StartRead | null> {
  return openExistingDb(factory, name).then(
    (idb) =>
      new Promise<StartRead | null>((resolve) => {
        if (!idb) return resolve(null);
        try {
          const tx = idb.transaction(['meta', 'customFoods'], 'readonly');
          const tableInfo = tx.objectStore('meta').get(START_KEYS.tableInfo);
          const customFoods = tx.objectStore('customFoods').getAll();
          const valueOf = (r: IDBRequest) => (r.result as { value?: unknown } | undefined)?.value;
          tx.oncomplete = () => {
            idb.close();
            performance.mark('cobalt:start-read'); // the trace's marks (npm run trace:startup)
            resolve({
              idbVersion: idb.version,
              tableInfo: valueOf(tableInfo),
              customFoods: customFoods.result as unknown[],
            });
          };
          tx.onerror = tx.onabort = () => {
            idb.close();
            resolve(null);
          };
        } catch {
          idb.close();
          resolve(null);
        }
      }),
  );
}

/** Started by main.ts before anything else is evaluated; Boot awaits it. */
let started: Promise<StartRead | null> | null = null;

export function startReading(): void {
  started ??= readAtStart();
}

/** The read `startReading` began, or null when it was not begun (tests, tools). */
export function startRead(): Promise<StartRead | null> {
  return started ?? Promise.resolve(null);
}
