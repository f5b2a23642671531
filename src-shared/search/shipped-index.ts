/**
 * The search index shipped with the bundled table (index-file.ts): built over the table's rows in
 * id order, with the search fields the app makes from each row (`searchableOfTrustedRow`), which
 * is exactly the list the app's catalog installs it over (`BundledFoods`). The table generator
 * writes it (scripts/build-foods), and a unit test rebuilds it from the committed foods.json, so
 * a change to the table or to the search's indexing cannot ship with a stale file.
 */
import { compareRowIds, searchableOfTrustedRow, type FoodTableFile } from '../schemas/food-table';
import { buildFoodIndex } from './food-index';
import { encodeFoodIndexFile } from './index-file';
import type { SearchableFood } from './types';

/** The file for a parsed foods.json. Throws when a row has no search fields (not a valid table). */
export function shippedIndexFile(table: FoodTableFile): Uint8Array {
  const rows = [...table.foods].sort(compareRowIds);
  const foods = rows.map((row): SearchableFood => {
    const searchable = searchableOfTrustedRow(row, table.groups);
    if (!searchable) throw new Error(`food ${String(row[0])} has no search fields`);
    return searchable;
  });
  return encodeFoodIndexFile(buildFoodIndex(foods), table.meta.tableVersion);
}
