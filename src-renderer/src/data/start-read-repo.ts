/**
 * The first read of a start, made while the app's modules are still being evaluated: main.ts
 * imports this module first, so IndexedDB opens (~60–100 ms on the 2-core machine) while the rest
 * of the code is evaluated, instead of after it (bench/README.md, third pass). It reads, in one
 * transaction, what the catalog starts from: the table version and the custom foods (the bundled
 * foods come from the shipped file, shipped-table.ts); in a second one the kept search index
 * (2.6 MB), which is not waited for and is turned into objects only when asked for, after the
 * first render. The connection closes once both are done.
 *
 * It imports only open-existing-db.ts (which imports nothing), so nothing else is evaluated before
 * it (least of all zod, which zod-config.ts must configure first): the database name and the keys are written out here, and a unit test
 * keeps them equal to db.ts's, seed.ts's and search-index-repo.ts's.
 * Boot uses the read only when the database is at the version the app declares (no upgrade was
 * pending) and the table is the shipped one; otherwise it starts the usual way.
 */

import { openExistingDb } from './open-existing-db';

export const START_DB_NAME = 'cobalt';
export const START_KEYS = {
  tableInfo: 'foodTable',
  index: 'foodSearchIndex',
} as const;

export interface StartRead {
  /** IndexedDB's version of the database (Dexie's version × 10). */
  readonly idbVersion: number;
  /** The `value` of the table's meta row, unchecked. */
  readonly tableInfo: unknown;
  /** The kept search index record's `value`, unchecked (read when called; undefined if none). */
  readonly index: () => Promise<unknown>;
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
          const indexTx = idb.transaction('meta', 'readonly');
          const indexRequest = indexTx.objectStore('meta').get(START_KEYS.index);
          const indexRead = new Promise<boolean>((done) => {
            indexTx.oncomplete = () => done(true);
            indexTx.onerror = indexTx.onabort = () => done(false);
          });
          const valueOf = (r: IDBRequest) => (r.result as { value?: unknown } | undefined)?.value;
          // Not `indexRequest.result` before it is asked for: that is when the record is cloned.
          const index = () => indexRead.then((ok) => (ok ? valueOf(indexRequest) : undefined));
          tx.oncomplete = () => {
            idb.close(); // closes once the index's transaction is done too
            performance.mark('cobalt:start-read'); // the trace's marks (npm run trace:startup)
            resolve({
              idbVersion: idb.version,
              tableInfo: valueOf(tableInfo),
              index,
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
