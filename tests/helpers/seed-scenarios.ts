/**
 * Seeding scenarios shared by the Node (fake-indexeddb) and browser (real IndexedDB) suites, so
 * both run the same assertions against different IndexedDB implementations.
 */
import { expect } from 'vitest';
import type { CobaltDb } from '../../src-renderer/src/data/db';
import {
  ensureFoodTable,
  storedTableInfo,
  type SeedProgress,
} from '../../src-renderer/src/data/seed';
import { FOOD_SNAPSHOT_KEY, readSnapshot } from '../../src-renderer/src/data/food-snapshot';
import { foodTableBodyJson } from '@shared/schemas/food-table';
import { sha256Hex } from '@shared/backup/sha256';
import { BundledFoods, FoodMap } from '../../src-renderer/src/data/food-map';
import type { Food } from '@shared/schemas/food';
import { makeFood, makeTableFile } from './foods';
import { planEntries } from './plan-entries';

/** The foods of the stored one-record snapshot for `version` (null: none that verifies). */
async function snapshotFoods(db: CobaltDb, version: string): Promise<readonly Food[] | null> {
  const compact = await readSnapshot((await db.meta.get(FOOD_SNAPSHOT_KEY))?.value, version);
  return compact ? new FoodMap([], new BundledFoods(compact)).all() : null;
}

async function snapshotIds(db: CobaltDb, version: string): Promise<string[] | null> {
  return (await snapshotFoods(db, version))?.map((f) => f.id) ?? null;
}

const V1 = 'aaaaaaaaaaaaaaa1';
const V2 = 'bbbbbbbbbbbbbbb2';
const v1Foods = [
  makeFood('sr:01001', { name: 'Butter', nutrients: { b12: 0.17 } }),
  makeFood('sr:11457', { name: 'Spinach, raw', nutrients: { magnesium: 79 } }),
  makeFood('sr:99999', { name: 'Dropped in v2' }),
];
const v2Foods = [
  makeFood('sr:01001', { name: 'Butter, salted', nutrients: { b12: 0.2 } }),
  makeFood('sr:11457', { name: 'Spinach, raw', nutrients: { magnesium: 79 } }),
  makeFood('sr:12006', { name: 'Chia seeds', nutrients: { ala: 17.83 } }),
];
const source = (file: unknown, tableVersion: string) => ({ tableVersion, load: async () => file });
const fixedNow = () => new Date('2026-01-05T08:00:00Z');

export async function firstRunSeedsEverythingWithProgress(db: CobaltDb): Promise<void> {
  const progress: SeedProgress[] = [];
  const outcome = await ensureFoodTable(
    db,
    source(makeTableFile(v1Foods, V1), V1),
    (p) => progress.push(p),
    fixedNow,
  );
  expect(outcome).toEqual({
    status: 'seeded',
    tableVersion: V1,
    previousVersion: null,
    foodCount: 3,
  });
  expect(await db.foods.count()).toBe(3);
  expect(progress.at(0)).toEqual({ done: 0, total: 3 });
  expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
  expect(await storedTableInfo(db)).toEqual({
    tableVersion: V1,
    foodCount: 3,
    seededAt: '2026-01-05T08:00:00.000Z',
  });
  // The snapshot the catalog starts from is written with the rows, in id order like the rows.
  expect(await snapshotIds(db, V1)).toEqual(['sr:01001', 'sr:11457', 'sr:99999']);
  expect(await snapshotFoods(db, V1)).toEqual(await db.foods.toArray());
  const again = await ensureFoodTable(db, {
    tableVersion: V1,
    load: () => Promise.reject(new Error('must not load')),
  });
  expect(again).toEqual({ status: 'up-to-date', tableVersion: V1 });
}

export async function newerTableReplacesBundledFoodsOnly(db: CobaltDb): Promise<void> {
  await ensureFoodTable(db, source(makeTableFile(v1Foods, V1), V1));
  const custom = makeFood('custom:my-oat-milk', { name: 'My oat milk', source: 'custom' });
  await db.customFoods.add(custom);
  await db.recipes.put({
    id: 'r1',
    name: 'Porridge',
    servings: 2,
    ingredients: [{ foodId: 'sr:99999', quantity: 10, unit: 'g', grams: 10 }],
    note: '',
  });
  await planEntries(db).put({
    id: 'e1',
    date: '2026-01-05',
    slotId: 'breakfast',
    target: { kind: 'food', foodId: 'sr:99999' },
    quantity: 1,
    unit: 'cup',
    grams: 240,
    eaters: 'all',
    order: 0,
  });
  await db.people.put({
    id: 'p1',
    order: 0,
    profile: {
      id: 'p1',
      name: 'Ada',
      ageYears: 36,
      sex: 'female',
      pregnancy: 'none',
      diet: 'vegan',
      reference: 'dri',
      weightKg: null,
      metformin: false,
      acidSuppressants: false,
      epaDhaTargetMg: 250,
      targetOverrides: {},
      b12InjectionAbsorbedFraction: 0.1,
    },
  });

  const outcome = await ensureFoodTable(db, source(makeTableFile(v2Foods, V2), V2));
  expect(outcome).toEqual({
    status: 'seeded',
    tableVersion: V2,
    previousVersion: V1,
    foodCount: 3,
  });
  expect((await db.foods.toArray()).map((f) => f.id).sort()).toEqual([
    'sr:01001',
    'sr:11457',
    'sr:12006',
  ]);
  expect((await db.foods.get('sr:01001'))?.nutrients.b12).toBe(0.2);
  expect(await snapshotIds(db, V2)).toEqual(['sr:01001', 'sr:11457', 'sr:12006']);
  expect(await snapshotIds(db, V1)).toBeNull();
  expect(await db.customFoods.get('custom:my-oat-milk')).toEqual(custom);
  expect(await db.recipes.count()).toBe(1);
  expect(await planEntries(db).get('e1')).toMatchObject({ target: { foodId: 'sr:99999' } });
  expect(await db.people.count()).toBe(1);
}

export async function damagedTableIsRefusedAndNothingWritten(db: CobaltDb): Promise<void> {
  await ensureFoodTable(db, source(makeTableFile(v1Foods, V1), V1));
  const damaged = makeTableFile(v2Foods, V2);
  (damaged.foods[1]![6] as (number | null)[])[5] = -3; // spinach b12 negative
  const outcome = await ensureFoodTable(db, source(damaged, V2));
  expect(outcome.status).toBe('refused');
  expect(outcome.status === 'refused' && outcome.message).toMatch(/sr:11457.*nutrients\.b12/);
  expect((await storedTableInfo(db))?.tableVersion).toBe(V1);
  expect((await db.foods.toArray()).map((f) => f.id).sort()).toEqual([
    'sr:01001',
    'sr:11457',
    'sr:99999',
  ]);

  const unreadable = await ensureFoodTable(db, {
    tableVersion: V2,
    load: () => Promise.reject(new Error('HTTP 404')),
  });
  expect(unreadable).toEqual({ status: 'refused', message: expect.stringContaining('HTTP 404') });
  const mislabelled = await ensureFoodTable(
    db,
    source(makeTableFile(v2Foods, V2), 'ccccccccccccccc3'),
  );
  expect(mislabelled.status).toBe('refused');
  expect(await db.foods.count()).toBe(3);
}

/** `makeTableFile` with the checksum the generator records: the SHA-256 of the body's JSON. */
async function checksummedTableFile(foods: readonly Food[]) {
  const file = makeTableFile(foods, V2);
  const sha256 = await sha256Hex(foodTableBodyJson(file));
  return { ...file, meta: { ...file.meta, sha256, tableVersion: sha256.slice(0, 16) } };
}

export async function checksumDecidesHowMuchIsValidated(db: CobaltDb): Promise<void> {
  // A value foodSchema refuses (a description over 400 characters) in a body whose checksum
  // matches: the generator validated that body, so the first run checks only its encoding.
  const long = makeFood('sr:12006', { name: 'Chia seeds', description: 'x'.repeat(401) });
  const trusted = await checksummedTableFile([...v1Foods.slice(0, 2), long]);
  const seeded = await ensureFoodTable(db, source(trusted, trusted.meta.tableVersion));
  expect(seeded).toMatchObject({ status: 'seeded', foodCount: 3 });
  expect((await db.foods.get('sr:12006'))?.description).toHaveLength(401);

  // The same body changed after it was checksummed is validated row by row, and refused.
  const changed = await checksummedTableFile(v2Foods);
  (changed.foods[1]![6] as (number | null)[])[5] = -3; // spinach b12 negative
  const refused = await ensureFoodTable(db, source(changed, changed.meta.tableVersion));
  expect(refused.status).toBe('refused');
  expect(refused.status === 'refused' && refused.message).toMatch(/sr:11457.*nutrients\.b12/);
  expect((await storedTableInfo(db))?.tableVersion).toBe(trusted.meta.tableVersion);

  // A body whose rows are not well formed is refused even with a matching checksum.
  const broken = makeTableFile(v2Foods, V2);
  (broken.foods[0] as unknown[]).length = 5;
  const sha256 = await sha256Hex(foodTableBodyJson(broken));
  const brokenFile = {
    ...broken,
    meta: { ...broken.meta, sha256, tableVersion: sha256.slice(0, 16) },
  };
  const outcome = await ensureFoodTable(db, source(brokenFile, brokenFile.meta.tableVersion));
  expect(outcome.status === 'refused' && outcome.message).toMatch(/sr:01001.*5 fields/);
  expect(await db.foods.count()).toBe(3);
}

export async function failedWriteRollsBack(db: CobaltDb): Promise<void> {
  await ensureFoodTable(db, source(makeTableFile(v1Foods, V1), V1));
  // The write fails part-way through (the last row of the new table), after the old rows were
  // cleared and the first new ones added: the transaction must put everything back.
  const failOn = (key: unknown) => {
    if (key === 'sr:12006') throw new Error('simulated disk full');
  };
  db.foods.hook('creating', failOn);
  try {
    const outcome = await ensureFoodTable(db, source(makeTableFile(v2Foods, V2), V2));
    expect(outcome).toEqual({
      status: 'refused',
      message: expect.stringContaining('simulated disk full'),
    });
  } finally {
    db.foods.hook('creating').unsubscribe(failOn);
  }
  expect((await storedTableInfo(db))?.tableVersion).toBe(V1);
  expect((await db.foods.toArray()).map((f) => f.id).sort()).toEqual([
    'sr:01001',
    'sr:11457',
    'sr:99999',
  ]);
  expect((await db.foods.get('sr:01001'))?.nutrients.b12).toBe(0.17);
  expect(await snapshotIds(db, V1)).toEqual(['sr:01001', 'sr:11457', 'sr:99999']);
}
