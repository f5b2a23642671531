/**
 * The committed food table (resources/foods/foods.json), decoded and validated once per test file,
 * for Node tests that run the engine on real foods.
 */
import { readFileSync } from 'node:fs';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';

let cached: { list: readonly Food[]; byId: ReadonlyMap<string, Food> } | undefined;

export function committedFoods(): { list: readonly Food[]; byId: ReadonlyMap<string, Food> } {
  if (cached) return cached;
  const url = new URL('../../resources/foods/foods.json', import.meta.url);
  const decoded = decodeFoodTable(JSON.parse(readFileSync(url, 'utf8')));
  if (!decoded.ok) throw new Error(decoded.error);
  cached = { list: decoded.value.foods, byId: new Map(decoded.value.foods.map((f) => [f.id, f])) };
  return cached;
}

/** A food of the committed table; throws when the id is not in it. */
export function committedFood(id: string): Food {
  const food = committedFoods().byId.get(id);
  if (food === undefined) throw new Error(`${id} is not in the food table`);
  return food;
}
