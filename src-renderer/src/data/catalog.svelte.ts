/**
 * Every food the user can pick — the bundled table plus their custom foods — held in memory with a
 * search index, because search runs on every keystroke and must not wait for IndexedDB.
 *
 * Start-up takes the bundled foods from the shipped table file (or the table's one-record
 * snapshot, food-snapshot.ts) and decodes a row only when it is first asked for, the rest in idle
 * slices (food-map.ts). The search is two indexes ranked as one (merge.ts): the bundled foods'
 * index, shipped with the table (index-file.ts) and installed over their compact rows, and one
 * over the custom foods, built here (or in a worker when there are many). A custom-food change
 * re-indexes only the custom foods. When the shipped index does not fit the bundled foods (rows
 * written without seeding, a missing file) a worker builds theirs (workers/search-index.worker.ts).
 * None of it costs the page a long task; `search` builds what is missing in place only if it is
 * asked for before it arrives.
 */
import type { Food } from '@shared/schemas/food';
import { buildFoodIndex, type FoodIndex } from '@shared/search/food-index';
import { searchOverIndex } from '@shared/search/food-search';
import { decodeFoodIndexFile } from '@shared/search/index-file';
import { unpackFoodIndex, type PackedFoodIndex } from '@shared/search/index-transfer';
import { mergeSearches } from '@shared/search/merge';
import type { FoodSearch } from '@shared/search/types';
import { completeNutrientValues } from '@shared/base/nutrients';
import searchWorkerUrl from '../workers/search-index.worker.ts?worker&url';
import indexUrl from '../../../resources/foods/food-index.bin?url';
import type { CobaltDb } from './db';
import { BundledFoods, FoodMap } from './food-map';
import { readSnapshot, shippedFoods, type FoodSnapshot } from './food-snapshot';
import {
  readBundledFoodRows,
  readCustomFoodRows,
  readStoredSnapshot,
  rewriteSnapshot,
} from './food-table-repo';
import type { StartRead } from './start-read-repo';
import type { SplitFoodTable } from '@shared/schemas/food-table-text';
import type { IndexRequest, IndexResponse } from './search-index-protocol';
import { shippedIndexBytes, startFetchingShippedIndex } from './shipped-index';
import { storedTableInfo, type StoredTableInfo } from './seed';

/** What start-up has read already (Boot): the start-up read and the shipped table file. */
export interface CatalogStart {
  readonly read: StartRead;
  /** The shipped file's foods (`prepareShippedFoods`); null when it could not be fetched. */
  readonly shipped: ShippedFoods | null;
}

/** The bundled foods of the shipped table file, for the table version it says it is. */
export interface ShippedFoods {
  readonly tableVersion: string;
  readonly foods: BundledFoods;
}

/**
 * The shipped file's foods, made as soon as the file is there (Boot): while IndexedDB opens the
 * page has nothing else to do, so ordering 8,400 rows by id and mapping them is done then, not
 * after the start-up read. Whether they are the stored table is checked in `load`.
 */
export function prepareShippedFoods(file: SplitFoodTable | null): ShippedFoods | null {
  const shipped = shippedFoods(file);
  return (
    shipped && { tableVersion: shipped.tableVersion, foods: new BundledFoods(shipped.compact) }
  );
}

/** Custom foods saved before a nutrient was added (iodine, selenium) read it as unknown. */
const withEveryNutrient = (food: Food): Food => ({
  ...food,
  nutrients: completeNutrientValues(food.nutrients),
});

/** How long one idle slice of decoding may run (a frame's spare time). */
const DECODE_SLICE_MS = 8;

/**
 * Up to this many custom foods are indexed on the page (building costs ~14 µs a food on the
 * 2-core machine: `search.index_build_ms` is 118 ms for 8,483 foods, so 1,000 take ~14 ms); more
 * go to the worker, to keep every task short.
 */
const CUSTOM_IN_PLACE = 1000;

/** The shipped index file's bytes (shipped-index.ts), fetched once for every catalog. */
function fetchedIndexBytes(): Promise<ArrayBuffer | null> {
  startFetchingShippedIndex(indexUrl); // begun by start-early.ts in the app; here in tests
  return shippedIndexBytes();
}

/** The shipped index if it was built for the foods' table version over exactly them; else null. */
function shippedIndexOf(shipped: ShippedIndex): FoodIndex | null {
  const file = decodeFoodIndexFile(shipped.bytes);
  if (file?.tableVersion !== shipped.tableVersion) return null;
  return unpackFoodIndex(file.index, shipped.foods.searchList());
}

/** The shipped index file's bytes, for the bundled foods of a table version (not read yet). */
interface ShippedIndex {
  readonly foods: BundledFoods;
  readonly tableVersion: string;
  readonly bytes: ArrayBuffer;
}

export class FoodCatalog {
  #map = $state.raw(new FoodMap([]));
  /** Not reactive: `search` is read inside derivations, where it may build what is missing. */
  #search: FoodSearch | null = null;
  /**
   * The bundled foods last read, kept so that a custom-food change re-reads only custom foods.
   * `verified`: they are the table of `tableVersion` in id order (from a verified snapshot or the
   * shipped file), so the index shipped for that version fits them.
   */
  #bundled: {
    readonly tableVersion: string;
    readonly foods: BundledFoods;
    readonly verified: boolean;
  } | null = null;
  /** The bundled foods' search; kept while the bundled foods stay the same (custom changes). */
  #bundledSearch: { readonly foods: BundledFoods; readonly search: FoodSearch } | null = null;
  /** The shipped index file for the bundled foods, waiting for `after` (`load`). */
  #pending: ShippedIndex | null = null;
  /** The current custom foods' search. */
  #customSearch: FoodSearch | null = null;
  /** Counts food-list changes, so a worker's index for an older list is never installed. */
  #generation = 0;
  readonly #indexBytes: () => Promise<ArrayBuffer | null>;

  /** `indexBytes`: where the shipped index comes from (tests give their own). */
  constructor(indexBytes: () => Promise<ArrayBuffer | null> = fetchedIndexBytes) {
    this.#indexBytes = indexBytes;
  }

  /** Every food, custom ones first (decodes the bundled rows not decoded yet). */
  get foods(): readonly Food[] {
    return this.#map.all();
  }

  get byId(): ReadonlyMap<string, Food> {
    return this.#map;
  }

  /** True once the search over the current foods exists (asking does not build it). */
  get searchReady(): boolean {
    return this.#search !== null;
  }

  /**
   * Loads bundled and custom foods from the database; the search follows (`searchReady`). `start`
   * is the start-up read of the same records (start-read-repo.ts) and the shipped table file,
   * taken instead of reading again. With `after`, the shipped index is installed once `after` has
   * resolved (Boot: the first render is done); `search` installs it if asked for earlier.
   */
  async load(
    db: CobaltDb,
    start: CatalogStart | null = null,
    after: Promise<void> | null = null,
  ): Promise<void> {
    const [bundled, stored] = await Promise.all([
      this.#loadBundled(db, start),
      start ? (start.read.customFoods as Food[]) : readCustomFoodRows(db),
    ]);
    const custom = stored.map(withEveryNutrient);
    const map = new FoodMap(custom, bundled.foods);
    this.#use(map);
    const generation = this.#generation;
    if (custom.length > CUSTOM_IN_PLACE) {
      this.#indexInWorker({ kind: 'foods', foods: custom }, (packed) => {
        if (generation !== this.#generation || this.#customSearch) return;
        const index = unpackFoodIndex(packed, custom);
        if (index) this.#customSearch = searchOverIndex(index);
        this.#complete();
      });
    } else this.#customSearch = searchOverIndex(buildFoodIndex(custom));
    const foods = bundled.foods;
    if (this.#bundledSearch?.foods !== foods && this.#pending?.foods !== foods) {
      // At start-up (`after`) the screens do not wait for the index file; elsewhere it is awaited.
      const indexed = this.#indexBundled(bundled, after);
      if (!after) await indexed;
    }
    this.#complete();
    this.#decodeWhenIdle(foods);
  }

  /**
   * The bundled foods' search: the shipped index when it fits them, read after `after`, or one
   * built by a worker.
   */
  async #indexBundled(
    bundled: {
      foods: BundledFoods;
      tableVersion: string;
      verified: boolean;
      snapshot: FoodSnapshot | null;
    },
    after: Promise<void> | null,
  ): Promise<void> {
    const foods = bundled.foods;
    const bytes = bundled.verified ? await this.#indexBytes().catch(() => null) : null;
    if (this.#map.bundled !== foods || this.#bundledSearch?.foods === foods) return;
    if (bytes) {
      const pending: ShippedIndex = { foods, tableVersion: bundled.tableVersion, bytes };
      this.#pending = pending;
      // Read after the first render (`after`): reading is cheap (views of the file, index-file.ts),
      // but the render comes first.
      await after;
      if (this.#pending !== pending) return; // replaced, or taken by `search`
      this.#pending = null;
      const index = shippedIndexOf(pending);
      if (index) {
        this.#bundledSearch = { foods, search: searchOverIndex(index) };
        this.#complete();
        return;
      }
    }
    const request: IndexRequest = bundled.snapshot
      ? { kind: 'snapshot', snapshot: bundled.snapshot }
      : { kind: 'foods', foods: foods.searchables() };
    this.#indexInWorker(request, (packed) => {
      if (this.#bundledSearch?.foods === foods || this.#map.bundled !== foods) return;
      const index = unpackFoodIndex(packed, foods.searchList());
      if (index) this.#bundledSearch = { foods, search: searchOverIndex(index) };
      this.#complete();
    });
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
    const shipped = start?.shipped?.tableVersion === version ? start.shipped.foods : null;
    let foods: BundledFoods;
    let snapshot: FoodSnapshot | null = null;
    if (shipped) foods = shipped;
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
    this.#customSearch = searchOverIndex(buildFoodIndex([]));
  }

  #use(map: FoodMap): void {
    this.#map = map;
    this.#search = null;
    this.#customSearch = null;
    if (this.#bundledSearch?.foods !== map.bundled) this.#bundledSearch = null;
    if (this.#pending?.foods !== map.bundled) this.#pending = null;
    this.#generation += 1;
  }

  /** The search; what has not arrived yet is built here (the pending shipped index installed). */
  get search(): FoodSearch {
    if (this.#search) return this.#search;
    const map = this.#map;
    if (!this.#bundledSearch) {
      const pending = this.#pending;
      this.#pending = null;
      const index =
        (pending && shippedIndexOf(pending)) ?? buildFoodIndex(map.bundled.searchables());
      this.#bundledSearch = { foods: map.bundled, search: searchOverIndex(index) };
    }
    this.#customSearch ??= searchOverIndex(buildFoodIndex(map.custom));
    this.#complete();
    return this.#search!;
  }

  get(id: string): Food | undefined {
    return this.#map.get(id);
  }

  /** Once both parts exist: the search over all foods, marked for the start-up benchmark. */
  #complete(): void {
    if (this.#search || !this.#bundledSearch || !this.#customSearch) return;
    const map = this.#map;
    const bundled = map.bundled;
    const customNames = new Map(map.custom.map((f) => [f.id, f.name]));
    this.#search = mergeSearches([
      { search: this.#customSearch, nameOf: (id) => customNames.get(id) ?? '' },
      {
        search: this.#bundledSearch.search,
        nameOf: (id) => bundled.searchableAt(bundled.positionOf(id) ?? -1)?.name ?? '',
      },
    ]);
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

  /** Builds an index in a worker; a failure only means `search` builds it in place later. */
  #indexInWorker(request: IndexRequest, received: (index: PackedFoodIndex) => void): void {
    if (typeof Worker === 'undefined') return;
    const worker = new Worker(searchWorkerUrl, { type: 'module', name: 'search-index' });
    worker.onerror = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<IndexResponse>) => {
      worker.terminate();
      if (event.data.kind === 'index') received(event.data.index);
    };
    worker.postMessage(request);
  }
}
