/**
 * Test helper: the committed food table (resources/foods), decoded once, with lookups by id.
 * Also locates the SR28 source files, which exist only on machines that have shared/ beside the
 * repository (tests that need them skip cleanly otherwise).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFoodTable, type DecodedFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const foodsDir = join(repoRoot, 'resources', 'foods');
export const sr28Dir = resolve(repoRoot, '..', 'shared', 'data', 'sr28');
export const hasSr28 = existsSync(join(sr28Dir, 'NUT_DATA.txt'));

export function readCommittedFile(name: string): string {
  return readFileSync(join(foodsDir, name), 'utf8');
}

let cached: { table: DecodedFoodTable; byId: Map<string, Food> } | undefined;

export function committedTable(): { table: DecodedFoodTable; byId: Map<string, Food> } {
  if (cached) return cached;
  const result = decodeFoodTable(JSON.parse(readCommittedFile('foods.json')));
  if (!result.ok) throw new Error(result.error);
  cached = { table: result.value, byId: new Map(result.value.foods.map((f) => [f.id, f])) };
  return cached;
}

/** The food with this id; throws (failing the test) when it is missing. */
export function food(id: string): Food {
  const found = committedTable().byId.get(id);
  if (!found) throw new Error(`${id} is not in the committed food table`);
  return found;
}
