/** Small, valid food records and food-table files for data tests. */
import { NUTRIENT_IDS, type NutrientId } from '@shared/base/nutrients';
import type { Food } from '@shared/schemas/food';
import {
  encodeFoodTableBody,
  FOOD_TABLE_FORMAT,
  FOOD_TABLE_FORMAT_VERSION,
  type FoodTableFile,
} from '@shared/schemas/food-table';

export function makeFood(
  id: string,
  overrides: Partial<Omit<Food, 'nutrients'>> & {
    nutrients?: Partial<Record<NutrientId, number | null>>;
  } = {},
): Food {
  const { nutrients, ...rest } = overrides;
  const base = Object.fromEntries(NUTRIENT_IDS.map((n) => [n, null])) as Food['nutrients'];
  const source = id.startsWith('sr:') ? 'sr28' : id.startsWith('cur:') ? 'curated' : 'custom';
  return {
    id,
    source,
    kind: 'food',
    ndb: source === 'sr28' ? id.slice(3) : null,
    description: `Test food ${id}`,
    name: `Test food ${id}`,
    group: '1100',
    groupName: 'Vegetables and Vegetable Products',
    nutrients: { ...base, ...nutrients },
    portions: [],
    diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
    b12: { credited: true, reason: null },
    fortified: false,
    unitGrams: null,
    note: null,
    citation: null,
    ...rest,
  };
}

/** A table file as the generator would write it, for a chosen version (16 hex digits). */
export function makeTableFile(foods: readonly Food[], tableVersion: string): FoodTableFile {
  const hex = tableVersion.padEnd(16, '0').slice(0, 16);
  return {
    meta: {
      format: FOOD_TABLE_FORMAT,
      formatVersion: FOOD_TABLE_FORMAT_VERSION,
      tableVersion: hex,
      sha256: hex.repeat(4),
      foodCount: foods.length,
      sr28FoodCount: foods.filter((f) => f.source === 'sr28').length,
      curatedFoodCount: foods.filter((f) => f.source === 'curated').length,
      generatorVersion: 'test',
      citation: 'test table',
      droppedGroups: [],
      nutrientIds: [...NUTRIENT_IDS],
      notes: [],
    },
    ...encodeFoodTableBody(foods),
  };
}
