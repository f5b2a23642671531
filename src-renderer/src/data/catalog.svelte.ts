/**
 * Every food the user can pick — the bundled table plus their custom foods — held in memory with a
 * search index, because search runs on every keystroke and must not wait for IndexedDB.
 *
 * Start-up reads the bundled table from its one-record snapshot (food-snapshot.ts) and decodes a
 * row only when it is first asked for, the rest in idle slices (food-map.ts). The search index is
 * read back from the database when it was built before for these very foods
 * (search-index-repo.ts), and otherwise built in a worker (workers/search-index.worker.ts),
 * which then stores it. So none of it costs the page a long task. `search` builds the index in
 * place only if it is asked for before either is done.
 */
import type { Food } from '@shared/schemas/food';
import { buildFoodIndex } from '@shared/search/food-index';
import { searchOverIndex } from '@shared/search/food-search';
import { unpackFoodIndex, type PackedFoodIndex } from '@shared/search/index-transfer';
import type { FoodSearch } from '@shared/search/types';
import { completeNutrientValues } from '@shared/base/nutrients';
import searchWorkerUrl from '../workers/search-index.worker.ts?worker&url';
import type { CobaltDb } from './db';
import { BundledFoods, FoodMap } from './food-map';
import { readSnapshot, shippedFoods, type FoodSnapshot } from './food-snapshot';
import {
  readBundledFoodRows,
  readCustomFoodRows,
  readStoredSnapshot,
  rewriteSnapshot,
} from './food-table-repo';
import { cachedIndexFor, indexCacheKey, readCachedIndexRecord } from './search-index-repo';
import type { StartRead } from './start-read-repo';

/** What start-up has read already (Boot): the start-up read and the shipped table file. */
export interface CatalogStart {
  readonly read: StartRead;
  /** The parsed shipped file (shipped-table.ts), null when it could not be fetched. */
  readonly shipped: unknown;
}
import type { IndexRequest, IndexResponse } from './search-index-protocol';
import { storedTableInfo, type StoredTableInfo } from './seed';
import { yieldToMain } from '../lib/yield';

/**
 * Whether the built index is kept in the database. Not in a development server: there the worker's
 * URL stays the same while its code changes, so a kept index could be an older build's.
 */
const CACHE_INDEX = !import.meta.env.DEV || import.meta.env.MODE === 'test';

/** Custom foods saved before a nutrient was added (iodine, selenium) read it as unknown. */
const withEveryNutrient = (food: Food): Food => ({
  ...food,
  nutrients: completeNutrientValues(food.nutrients),
});

/** How long one idle slice of decoding may run (a frame's spare time). */
const DECODE_SLICE_MS = 8;

export class FoodCatalog {
  #map = $state.raw(new FoodMap([]));
  /** Not reactive: `search` is read inside derivations, where it may build the index. */
  #search: FoodSearch | null = null;
  /**
   * The bundled foods last read, kept so that a custom-food change re-reads only custom foods.
   * `verified`: they are the table of `tableVersion` in id order (from a verified snapshot or the
   * shipped file), so an index kept for that version fits them.
   */
  #bundled: {
    readonly tableVersion: string;
    readonly foods: BundledFoods;
    readonly verified: boolean;
  } | null = null;
  /** A kept index read with the foods and not installed yet (`load` with `after`). */
  #kept: PackedFoodIndex | null = null;
  /** Counts food-list changes, so a worker's index for an older list is never installed. */
  #generation = 0;

  /** Every food, custom ones first (decodes the bundled rows not decoded yet). */
  get foods(): readonly Food[] {
    return this.#map.all();
  }

  get byId(): ReadonlyMap<string, Food> {
    return this.#map;
  }

  /** True once the search index over the current foods exists (asking does not build it). */
  get searchReady(): boolean {
    return this.#search !== null;
  }

  /**
   * Loads bundled and custom foods from the database, and the search index kept for them when
   * there is one; otherwise the index follows from a worker. `start` is the start-up read of the
   * same records (start-read-repo.ts) and the shipped table file, taken instead of reading again.
   * With `after`, a kept index is installed once `after` has resolved (Boot: the first render is
   * done), not before `load` resolves; `search` installs it if asked for earlier.
   */
  async load(
    db: CobaltDb,
    start: CatalogStart | null = null,
    after: Promise<void> | null = null,
  ): Promise<void> {
    // Through Dexie, the kept index is read beside the foods; from the start-up read, only later.
    const keptRecord = CACHE_INDEX && !start ? readCachedIndexRecord(db).catch(() => null) : null;
    const [bundled, stored] = await Promise.all([
      this.#loadBundled(db, start),
      start ? (start.read.customFoods as Food[]) : readCustomFoodRows(db),
    ]);
    const custom = stored.map(withEveryNutrient);
    const map = new FoodMap(custom, bundled.foods);
    const key =
      CACHE_INDEX && bundled.verified
        ? indexCacheKey(searchWorkerUrl, bundled.tableVersion, custom)
        : null;
    this.#use(map);
    const generation = this.#generation;
    const cache = key ? { dbName: db.name, key } : null;
    const inWorker = () =>
      this.#indexInWorker(
        bundled.snapshot
          ? { kind: 'snapshot', generation, snapshot: bundled.snapshot, custom, cache }
          : { kind: 'foods', generation, foods: map.searchables(), cache },
      );
    const install = async () => {
      // The start-up read's record is cloned only now: after the first render, when `after`.
      await after;
      const record = start ? await start.read.index().catch(() => null) : await keptRecord;
      const kept = key ? cachedIndexFor(record, key) : null;
      if (generation !== this.#generation) return; // set() or another load came meanwhile
      if (!kept) {
        inWorker();
        return;
      }
      this.#kept = kept;
      // Reading the foods was one task; installing the index (~12 ms) is another. After the first
      // render (`after`) it follows in the render's task, before that render's layout and paint.
      if (!after) await yieldToMain();
      if (generation !== this.#generation || this.#kept !== kept) return; // replaced, or used
      this.#kept = null;
      if (!this.#installPacked(kept)) inWorker();
    };
    if (!key) inWorker();
    else if (after) void install();
    else await install();
    this.#decodeWhenIdle(bundled.foods);
  }

  /**
   * The stored table: from the shipped file when it is the stored version (at start-up), from its
   * one-record snapshot, or from the rows when neither will do. `snapshot` is the record read
   * this time (absent when the foods came from memory, the file or rows).
   */
  async #loadBundled(
    db: CobaltDb,
    start: CatalogStart | null,
  ): Promise<{
    foods: BundledFoods;
    tableVersion: string;
    verified: boolean;
    snapshot: FoodSnapshot | null;
  }> {
    const info = start
      ? (start.read.tableInfo as StoredTableInfo | undefined)
      : await storedTableInfo(db);
    // Rows written without seeding (tests, tools) have no version: read them every time.
    if (!info) {
      const foods = new BundledFoods(await readBundledFoodRows(db));
      return { foods, tableVersion: '', verified: false, snapshot: null };
    }
    const version = info.tableVersion;
    if (this.#bundled?.tableVersion === version) return { ...this.#bundled, snapshot: null };
    const shipped = start ? shippedFoods(start.shipped, version) : null;
    let foods: BundledFoods;
    let snapshot: FoodSnapshot | null = null;
    if (shipped) foods = new BundledFoods(shipped);
    else {
      const stored = (await readStoredSnapshot(db)) as FoodSnapshot | undefined;
      const compact = await readSnapshot(stored, version);
      if (compact) {
        foods = new BundledFoods(compact);
        snapshot = stored ?? null;
      } else {
        const rows = await readBundledFoodRows(db);
        foods = new BundledFoods(rows);
        // Only speeds up the next start: a failed write (a full disk) must not fail this one.
        await rewriteSnapshot(db, version, rows).catch(() => undefined);
      }
    }
    const verified = shipped !== null || snapshot !== null;
    this.#bundled = { tableVersion: version, foods, verified };
    return { foods, tableVersion: version, verified, snapshot };
  }

  /** Replaces the foods with `foods` (already decoded), in this order. */
  set(foods: readonly Food[]): void {
    this.#use(new FoodMap([], new BundledFoods(foods)));
  }

  #use(map: FoodMap): void {
    this.#map = map;
    this.#search = null;
    this.#kept = null;
    this.#generation += 1;
  }

  /** The search index; built here if neither a kept index nor the worker's is there yet. */
  get search(): FoodSearch {
    const kept = this.#kept;
    this.#kept = null;
    if (!this.#search && kept) this.#installPacked(kept);
    if (!this.#search) this.#install(searchOverIndex(buildFoodIndex(this.foods)));
    return this.#search!;
  }

  get(id: string): Food | undefined {
    return this.#map.get(id);
  }

  /** Installs a packed index if it covers the current foods, in order; false if it does not. */
  #installPacked(packed: PackedFoodIndex): boolean {
    const index = unpackFoodIndex(packed, this.#map.searchList());
    if (index) this.#install(searchOverIndex(index));
    return index !== null;
  }

  #install(search: FoodSearch): void {
    this.#search = search;
    if (performance.getEntriesByName('cobalt:search-ready').length === 0) {
      performance.mark('cobalt:search-ready');
    }
  }

  /** Decodes the bundled rows nobody asked for yet, a slice per idle period. */
  #decodeWhenIdle(foods: BundledFoods): void {
    const idle =
      typeof requestIdleCallback === 'function'
        ? (run: () => void) => requestIdleCallback(run, { timeout: 200 })
        : (run: () => void) => setTimeout(run, 0);
    const slice = () => {
      if (!foods.decodeSome(performance.now() + DECODE_SLICE_MS)) idle(slice);
    };
    if (!foods.complete) idle(slice);
  }

  /**
   * Builds the index in a worker; a failure only means `search` builds it in place later. A worker
   * asked to keep the index is left to finish writing it.
   */
  #indexInWorker(request: IndexRequest): void {
    if (typeof Worker === 'undefined') return;
    const worker = new Worker(searchWorkerUrl, { type: 'module', name: 'search-index' });
    const done = () => worker.terminate();
    worker.onerror = done;
    worker.onmessage = (event: MessageEvent<IndexResponse>) => {
      const response = event.data;
      if (response.kind !== 'index' || !request.cache) done();
      if (response.kind !== 'index') return;
      if (response.generation !== this.#generation || this.#search) return;
      this.#installPacked(response.index);
    };
    worker.postMessage(request);
  }
}
