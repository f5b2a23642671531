/**
 * `npm run build:search-index`: rebuilds resources/foods/food-index.bin, the search index shipped
 * with the food table (src-shared/search/index-file.ts), from the committed foods.json. Run it
 * after changing how the search indexes foods (src-shared/search); `npm run build:foods` also
 * writes it, but needs the SR28 files. A unit test fails while the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoodTableFile } from '@shared/schemas/food-table';
import { shippedIndexFile } from '@shared/search/shipped-index';

const foodsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'resources', 'foods');
const table = JSON.parse(readFileSync(join(foodsDir, 'foods.json'), 'utf8')) as FoodTableFile;
const bytes = shippedIndexFile(table);
writeFileSync(join(foodsDir, 'food-index.bin'), bytes);
console.log(
  `Wrote food-index.bin (${(bytes.length / 1e6).toFixed(2)} MB) for table version ` +
    `${table.meta.tableVersion} to ${foodsDir}`,
);
