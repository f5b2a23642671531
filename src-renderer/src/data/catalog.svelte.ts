/**
 * Every food the user can pick — the bundled table plus their custom foods — held in memory with a
 * search index, because search runs on every keystroke and must not wait for IndexedDB.
 */
import type { Food } from '../../../src-shared/schemas/food';
import { createFoodSearch } from '../../../src-shared/search/food-search';
import type { FoodSearch } from '../../../src-shared/search/types';
import { completeNutrientValues } from '../../../src-shared/domain/nutrients';
import type { CobaltDb } from './db';

/** Custom foods saved before a nutrient was added (iodine, selenium) read it as unknown. */
const withEveryNutrient = (food: Food): Food => ({
  ...food,
  nutrients: completeNutrientValues(food.nutrients),
});

export class FoodCatalog {
  foods = $state.raw<readonly Food[]>([]);
  byId = $state.raw<ReadonlyMap<string, Food>>(new Map());
  #search: FoodSearch | null = null;

  /** Loads bundled and custom foods from the database and rebuilds the index. */
  async load(db: CobaltDb): Promise<void> {
    const [bundled, custom] = await Promise.all([db.foods.toArray(), db.customFoods.toArray()]);
    this.set([...custom.map(withEveryNutrient), ...bundled]);
  }

  set(foods: readonly Food[]): void {
    this.foods = foods;
    this.byId = new Map(foods.map((f) => [f.id, f]));
    this.#search = null;
  }

  /** The search index, built on first use (index building is kept off the start-up path). */
  get search(): FoodSearch {
    this.#search ??= createFoodSearch(this.foods);
    return this.#search;
  }

  get(id: string): Food | undefined {
    return this.byId.get(id);
  }
}
