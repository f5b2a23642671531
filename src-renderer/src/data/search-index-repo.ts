/**
 * The built food search index, kept in `meta` so that a start need not build it again. Building
 * it over 8,400 foods is ~125 ms of worker time after the worker has started and parsed the
 * snapshot, so it arrived ~300 ms after the Plan screen (bench/README.md, third pass); reading it
 * back is one record of typed arrays (2.6 MB, a few milliseconds to clone).
 *
 * A cached index is used only for exactly the foods it was built over: the bundled table's version
 * (the SHA-256 of its body, so it names its content), the custom foods' searchable fields, and the
 * code that built it
 * (`INDEX_FORMAT` and the worker's URL, which carries a content hash in built apps). The
 * worker writes it after building (workers/search-index.worker.ts), so the page never clones it
 * for writing; the catalog reads it with the bundled foods (catalog.svelte.ts).
 */
import type { PackedFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import type { CobaltDb } from './db';
import { openExistingDb } from './open-existing-db';

export const SEARCH_INDEX_CACHE_KEY = 'foodSearchIndex';

/** Bump when the index's layout or the way it is built changes without the worker URL changing. */
export const INDEX_FORMAT = 1;

/** What an index was built over. Two keys are equal when every field is. */
export interface IndexCacheKey {
  /** `INDEX_FORMAT` and the worker script's URL. */
  readonly builder: string;
  /** The version of the bundled table the index covers (a verified snapshot's, or the file's). */
  readonly tableVersion: string;
  /** JSON of the custom foods' searchable fields, in the catalog's order. */
  readonly custom: string;
}

export interface CachedIndex {
  readonly key: IndexCacheKey;
  readonly index: PackedFoodIndex;
}

/** The fields the index reads (types.ts), in a fixed order so equal foods give equal JSON. */
export const searchableOf = (f: SearchableFood): SearchableFood => ({
  id: f.id,
  description: f.description,
  name: f.name,
  group: f.group,
  groupName: f.groupName,
  kind: f.kind,
  diet: { vegan: f.diet.vegan, vegetarian: f.diet.vegetarian, pescatarian: f.diet.pescatarian },
  fortified: f.fortified,
  source: f.source,
});

export function indexCacheKey(
  builder: string,
  tableVersion: string,
  custom: readonly SearchableFood[],
): IndexCacheKey {
  return {
    builder: `${INDEX_FORMAT}:${builder}`,
    tableVersion,
    custom: JSON.stringify(custom.map(searchableOf)),
  };
}

const sameKey = (a: IndexCacheKey, b: IndexCacheKey) =>
  a.builder === b.builder && a.tableVersion === b.tableVersion && a.custom === b.custom;

/** The kept index record's value, unchecked (`cachedIndexFor` checks it). */
export async function readCachedIndexRecord(db: CobaltDb): Promise<unknown> {
  return (await db.meta.get(SEARCH_INDEX_CACHE_KEY))?.value;
}

/** The kept index if the record `value` was built for `key`; null otherwise. */
export function cachedIndexFor(value: unknown, key: IndexCacheKey): PackedFoodIndex | null {
  const record = value as Partial<CachedIndex> | undefined;
  if (typeof record?.key !== 'object' || record.key === null || !record.index) return null;
  return sameKey(record.key, key) ? record.index : null;
}

/**
 * Writes the cache from a worker (no Dexie there): opens the existing database at its current
 * version, never creating or upgrading it, and gives way to any version change (an upgrade or a
 * deletion elsewhere). Settles with whether the write was committed.
 */
export function writeCachedIndex(
  factory: IDBFactory,
  dbName: string,
  record: CachedIndex,
): Promise<boolean> {
  return openExistingDb(factory, dbName).then(
    (idb) =>
      new Promise<boolean>((resolve) => {
        if (!idb) return resolve(false);
        try {
          const tx = idb.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: SEARCH_INDEX_CACHE_KEY, value: record });
          tx.oncomplete = () => {
            idb.close();
            resolve(true);
          };
          tx.onerror = tx.onabort = () => {
            idb.close();
            resolve(false);
          };
        } catch {
          idb.close();
          resolve(false);
        }
      }),
  );
}
