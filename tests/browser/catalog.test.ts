/**
 * The food catalog starts from the one-record snapshot of the bundled table (real IndexedDB in
 * Chromium): it must hold exactly the foods the rows hold, survive a damaged snapshot, and not
 * re-read the bundled table when only custom foods change. Its search is the index shipped with
 * the table (the real file, fetched) merged with one over the custom foods; an index file that
 * does not fit the foods is refused and a worker builds the index instead.
 */
import { describe, expect, it } from 'vitest';
import { ensureFoodTable } from '../../src-renderer/src/data/seed';
import { FoodCatalog, prepareShippedFoods } from '../../src-renderer/src/data/catalog.svelte';
import { FOOD_SNAPSHOT_KEY, readSnapshot } from '../../src-renderer/src/data/food-snapshot';
import { readAtStart } from '../../src-renderer/src/data/start-read-repo';
import tableMeta from '../../resources/foods/meta.json';
import tableUrl from '../../resources/foods/foods.json?url';
import { createFoodSearch } from '@shared/search/food-search';
import { shippedIndexFile } from '@shared/search/shipped-index';
import { foodTableText, splitFoodTableText } from '@shared/schemas/food-table-text';
import type { FoodTableFile } from '@shared/schemas/food-table';
import { useFreshBrowserDbs } from '../helpers/db-browser';
import { makeFood, makeTableFile } from '../helpers/foods';
import type { CobaltDb } from '../../src-renderer/src/data/db';

const freshDb = useFreshBrowserDbs('cobalt-catalog');
const V1 = 'aaaaaaaaaaaaaaa1';

const SMALL = () => [
  makeFood('sr:01001', { name: 'Butter', nutrients: { b12: 0.17 } }),
  makeFood('cur:soy-drink', { name: 'Soy drink, fortified', fortified: true }),
];

async function seedSmall(db: CobaltDb): Promise<void> {
  await ensureFoodTable(db, { tableVersion: V1, load: async () => makeTableFile(SMALL(), V1) });
}

/** An index file source as the catalog takes it, counting how often it is asked for. */
function indexSource(bytes: Uint8Array | null) {
  const source = async () => {
    source.calls += 1;
    return bytes ? (bytes.slice().buffer as ArrayBuffer) : null;
  };
  source.calls = 0;
  return source;
}

/** A table file as start-up holds it: written as foods.json is, then split (shipped-table.ts). */
const shippedText = (file: FoodTableFile) =>
  prepareShippedFoods(splitFoodTableText(foodTableText(file.meta, file)));

/** Asserts the catalog answers `queries` exactly as one index built in place over its foods. */
function expectSearchLikeInPlace(catalog: FoodCatalog, queries: readonly string[], limit = 20) {
  const inPlace = createFoodSearch(catalog.foods);
  for (const query of queries) {
    expect(catalog.search.search(query, { limit }), query).toEqual(
      inPlace.search(query, { limit }),
    );
  }
}

/** The index file the generator would ship with SMALL's table of `version`. */
const smallIndex = (version = V1) => shippedIndexFile(makeTableFile(SMALL(), version));

describe('food catalog (real IndexedDB in Chromium)', () => {
  it('loads the committed table from its snapshot, food for food equal to the stored rows', async () => {
    const db = freshDb();
    await ensureFoodTable(db, {
      tableVersion: tableMeta.tableVersion,
      load: async () => (await fetch(tableUrl)).json(),
    });
    const catalog = new FoodCatalog();
    await catalog.load(db);
    expect(catalog.foods.length).toBe(tableMeta.foodCount);
    expect(catalog.foods).toEqual(await db.foods.toArray());
    expect(catalog.get('sr:15236')?.nutrients.b12).toBe(3.23);

    // The index shipped with the table (resources/foods/food-index.bin) is installed with the
    // foods, and answers like one built in place.
    expect(catalog.searchReady).toBe(true);
    expectSearchLikeInPlace(
      catalog,
      ['soy milk', 'b12', 'salmon atlantic', 'lentils cooked', 'chese'],
      10,
    );
  });

  it('builds the index in the worker from the foods when there is no snapshot to send', async () => {
    const db = freshDb();
    await db.foods.bulkAdd([
      makeFood('sr:01001', { name: 'Butter', description: 'Butter, salted' }),
      makeFood('sr:16139', { name: 'Soymilk', description: 'Soymilk, original' }),
    ]);
    await db.customFoods.add(makeFood('custom:oat', { name: 'My oat drink', source: 'custom' }));
    const catalog = new FoodCatalog();
    await catalog.load(db);
    await expect.poll(() => catalog.searchReady, { timeout: 20_000 }).toBe(true);
    expect(catalog.search.search('soymilk').map((h) => h.id)).toEqual(['sr:16139']);
    expect(catalog.search.search('oat drink')[0]?.id).toBe('custom:oat');
  });

  it('falls back to the rows when the snapshot is damaged, and writes it again', async () => {
    const db = freshDb();
    await seedSmall(db);
    await db.meta.put({ key: FOOD_SNAPSHOT_KEY, value: { tableVersion: V1, body: '{"groups":' } });
    const catalog = new FoodCatalog();
    await catalog.load(db);
    expect(catalog.foods.map((f) => f.id)).toEqual(['cur:soy-drink', 'sr:01001']);
    const rewritten = await readSnapshot((await db.meta.get(FOOD_SNAPSHOT_KEY))?.value, V1);
    const ids = Array.from({ length: rewritten?.rows.length ?? 0 }, (_, i) =>
      rewritten?.rows.idAt(i),
    );
    expect(ids).toEqual(['cur:soy-drink', 'sr:01001']);
  });

  it('refuses a snapshot whose text no longer matches its checksum', async () => {
    const db = freshDb();
    await seedSmall(db);
    const stored = (await db.meta.get(FOOD_SNAPSHOT_KEY))!.value as { body: string };
    // A value changed behind the app's back (butter's B12, 0.17 → 9.17): well-formed, but wrong.
    const tampered = { ...stored, body: stored.body.replace('0.17', '9.17') };
    expect(tampered.body).not.toBe(stored.body);
    await db.meta.put({ key: FOOD_SNAPSHOT_KEY, value: tampered });
    const catalog = new FoodCatalog();
    await catalog.load(db);
    expect(catalog.get('sr:01001')?.nutrients.b12).toBe(0.17);
  });

  it('ignores a snapshot of another table version', async () => {
    const db = freshDb();
    await seedSmall(db);
    const stale = { tableVersion: 'ccccccccccccccc3', body: '{}' };
    await db.meta.put({ key: FOOD_SNAPSHOT_KEY, value: stale });
    const catalog = new FoodCatalog();
    await catalog.load(db);
    expect(catalog.get('sr:01001')?.nutrients.b12).toBe(0.17);
  });

  it('installs a shipped index only for its own table version and foods', async () => {
    const db = freshDb();
    await seedSmall(db);
    const fits = new FoodCatalog(indexSource(smallIndex()));
    await fits.load(db);
    expect(fits.searchReady).toBe(true); // no worker needed
    expect(fits.search.search('butter')[0]?.id).toBe('sr:01001');

    // Built for another version, over other foods, or not an index file at all: a worker builds it.
    const otherFoods = shippedIndexFile(makeTableFile(SMALL().slice(0, 1), V1));
    for (const bytes of [smallIndex('bbbbbbbbbbbbbbb2'), otherFoods, new Uint8Array(64)]) {
      const refused = new FoodCatalog(indexSource(bytes));
      await refused.load(db);
      expect(refused.searchReady).toBe(false);
      await expect.poll(() => refused.searchReady, { timeout: 20_000 }).toBe(true);
      expect(refused.search.search('soy drink')[0]?.id).toBe('cur:soy-drink');
    }
  });

  it('ranks custom foods with the bundled ones, and re-indexes only them when they change', async () => {
    const db = freshDb();
    await seedSmall(db);
    const source = indexSource(smallIndex());
    const catalog = new FoodCatalog(source);
    await catalog.load(db);
    await db.customFoods.bulkAdd([
      makeFood('custom:oat', { name: 'My oat drink', source: 'custom' }),
      makeFood('custom:soy', { name: 'Soy drink, homemade', source: 'custom' }),
    ]);
    await catalog.load(db);
    expect(catalog.searchReady).toBe(true);
    expect(source.calls).toBe(1); // the bundled foods' index was kept
    expectSearchLikeInPlace(catalog, ['oat drink', 'soy drink', 'drink', 'butter', 'soy', 'dri']);
    expect(catalog.search.size).toBe(4);
  });

  it('indexes many custom foods in the worker, and ranks them with the bundled ones', async () => {
    const db = freshDb();
    await seedSmall(db);
    const many = Array.from({ length: 1001 }, (_, i) =>
      makeFood(`custom:${i}`, { name: `Home bake ${i}`, source: 'custom' }),
    );
    await db.customFoods.bulkAdd([
      ...many,
      makeFood('custom:soy', { name: 'Soy drink, homemade', source: 'custom' }),
    ]);
    const catalog = new FoodCatalog(indexSource(smallIndex()));
    await catalog.load(db);
    expect(catalog.searchReady).toBe(false); // 1,002 custom foods: built off the page
    await expect.poll(() => catalog.searchReady, { timeout: 20_000 }).toBe(true);
    expectSearchLikeInPlace(catalog, ['home bake 7', 'soy drink', 'butter']);
  });

  it('starts from the start-up read and the shipped files, the index after the render', async () => {
    const db = freshDb();
    await seedSmall(db);
    await db.customFoods.add(makeFood('custom:oat', { name: 'My oat drink', source: 'custom' }));
    const read = (await readAtStart(indexedDB, db.name))!;
    expect(read.customFoods).toHaveLength(1);
    let renderNow = () => {};
    const rendered = new Promise<void>((resolve) => (renderNow = resolve));
    const catalog = new FoodCatalog(indexSource(smallIndex()));
    await catalog.load(db, { read, shipped: shippedText(makeTableFile(SMALL(), V1)) }, rendered);
    expect(catalog.foods).toEqual([
      ...(await db.customFoods.toArray()),
      ...(await db.foods.toArray()),
    ]);
    expect(catalog.searchReady).toBe(false); // not before the first render
    renderNow();
    await expect.poll(() => catalog.searchReady).toBe(true);
    expectSearchLikeInPlace(catalog, ['butter', 'soy drink', 'oat']);
  });

  it('searches when asked before the first render, and ignores a table file of another version', async () => {
    const db = freshDb();
    await seedSmall(db);
    const read = (await readAtStart(indexedDB, db.name))!;
    const otherFile = makeTableFile(
      [makeFood('sr:99999', { name: 'Not this table' })],
      'bbbbbbbbbbbbbbb2',
    );
    const catalog = new FoodCatalog(indexSource(smallIndex()));
    await catalog.load(db, { read, shipped: shippedText(otherFile) }, new Promise<void>(() => {}));
    // The file is for another version: the foods come from the stored snapshot instead.
    expect(catalog.foods.map((f) => f.id)).toEqual(['cur:soy-drink', 'sr:01001']);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the index file has been read
    expect(catalog.searchReady).toBe(false);
    expect(catalog.search.search('butter')[0]?.id).toBe('sr:01001');
    expect(catalog.searchReady).toBe(true);
  });

  it('re-reads only custom foods while the bundled table is unchanged', async () => {
    const db = freshDb();
    await seedSmall(db);
    const catalog = new FoodCatalog();
    await catalog.load(db);
    // A row removed behind the catalog's back shows that the bundled part was not read again.
    await db.foods.delete('sr:01001');
    await db.customFoods.add(makeFood('custom:my-milk', { name: 'My milk', source: 'custom' }));
    await catalog.load(db);
    expect(catalog.foods.map((f) => f.id)).toEqual(['custom:my-milk', 'cur:soy-drink', 'sr:01001']);
  });
});
