/**
 * The engine takes foods as a Map or a plain record keyed by food id (the renderer keeps a Map, a
 * JSON fixture is a record); these helpers hide the difference.
 */
import type { Food } from '../schemas/food';
import type { Diet } from '../base/target-types';

export type FoodCollection = ReadonlyMap<string, Food> | Readonly<Record<string, Food>>;

/** A Map, or anything shaped like one (the renderer's lazily decoded food map). Food ids never
 * read "get" or "values", so a record of foods is never mistaken for one. */
function isFoodMap(foods: FoodCollection | Iterable<Food>): foods is ReadonlyMap<string, Food> {
  const candidate = foods as Partial<ReadonlyMap<string, Food>>;
  return typeof candidate.get === 'function' && typeof candidate.values === 'function';
}

/** A lookup function for `foods`. */
export function foodGetter(foods: FoodCollection): (id: string) => Food | undefined {
  if (isFoodMap(foods)) return (id) => foods.get(id);
  const record = foods as Readonly<Record<string, Food>>;
  return (id) => (Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined);
}

/** Every food in `foods`. */
export function foodValues(foods: FoodCollection | Iterable<Food>): Iterable<Food> {
  if (isFoodMap(foods)) return foods.values();
  if (Symbol.iterator in foods) return foods as Iterable<Food>;
  return Object.values(foods as Readonly<Record<string, Food>>);
}

/** True when the food table says the food fits the diet ('unknown' does not). */
export function fitsDiet(food: Food, diet: Diet): boolean {
  if (diet === 'omnivore') return true;
  return food.diet[diet] === 'yes';
}
