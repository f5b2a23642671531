/**
 * decodeFoodTable on damaged tables: each failure names the food (id and description) and the
 * field. The generator runs the same check (assertValidFoodTable), so a damaged table fails the
 * build with the same message.
 */
import { describe, expect, it } from 'vitest';
import { NUTRIENT_IDS } from '@shared/base/nutrients';
import type { Food } from '@shared/schemas/food';
import {
  decodeFoodTable,
  encodeFoodTableBody,
  FOOD_ROW_COLUMNS,
  type FoodTableMeta,
} from '@shared/schemas/food-table';
import { assertValidFoodTable } from '../../../scripts/build-foods/generate';

const nutrients = Object.fromEntries(NUTRIENT_IDS.map((id) => [id, 1])) as Food['nutrients'];

const butter: Food = {
  id: 'sr:01001',
  source: 'sr28',
  kind: 'food',
  ndb: '01001',
  description: 'Butter, salted',
  name: 'Butter, salted',
  group: '0100',
  groupName: 'Dairy and Egg Products',
  nutrients: { ...nutrients, b12: 0.17 },
  portions: [{ amount: 1, unit: 'tbsp', grams: 14.2 }],
  diet: { vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' },
  b12: { credited: true, reason: null },
  fortified: false,
  unitGrams: null,
  note: null,
  citation: null,
};
const nori: Food = {
  ...butter,
  id: 'sr:11446',
  ndb: '11446',
  description: 'Seaweed, laver, raw',
  name: 'Seaweed, laver, raw',
  group: '1100',
  groupName: 'Vegetables and Vegetable Products',
  diet: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
  b12: { credited: false, reason: 'Algae: inactive analogues (reference §6).' },
};

function tableOf(foods: Food[]): Record<string, unknown> {
  const meta: FoodTableMeta = {
    format: 'cobalt-food-table',
    formatVersion: 1,
    tableVersion: '0123456789abcdef',
    sha256: '0123456789abcdef'.repeat(4),
    foodCount: foods.length,
    sr28FoodCount: foods.length,
    curatedFoodCount: 0,
    generatorVersion: 'test',
    citation: 'test',
    droppedGroups: [],
    nutrientIds: [...NUTRIENT_IDS],
    notes: [],
  };
  // A JSON round trip gives a plain, independently mutable copy, as a fetched file would be.
  return JSON.parse(JSON.stringify({ meta, ...encodeFoodTableBody(foods) })) as Record<
    string,
    unknown
  >;
}

/** Row `index` of a table's foods, as a mutable array. */
function row(table: Record<string, unknown>, index: number): unknown[] {
  return (table.foods as unknown[][])[index] as unknown[];
}

function errorOf(table: unknown): string {
  const result = decodeFoodTable(table);
  if (result.ok) throw new Error('expected the table to be rejected');
  return result.error;
}

/** Position of a column in an encoded row. */
const col = (name: (typeof FOOD_ROW_COLUMNS)[number]): number => FOOD_ROW_COLUMNS.indexOf(name);

describe('decodeFoodTable', () => {
  it('round-trips encoded foods exactly', () => {
    const result = decodeFoodTable(tableOf([butter, nori]));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.foods).toEqual([butter, nori]);
  });

  it('names the food and nutrient for a negative value', () => {
    const table = tableOf([nori, butter]);
    (row(table, 1)[col('nutrients')] as number[])[NUTRIENT_IDS.indexOf('b12')] = -0.17;
    expect(errorOf(table)).toBe(
      'Food sr:01001 "Butter, salted": nutrients.b12 must be a non-negative number or null',
    );
  });

  it('names the food and nutrient for a value of the wrong type', () => {
    const table = tableOf([butter]);
    (row(table, 0)[col('nutrients')] as unknown[])[NUTRIENT_IDS.indexOf('magnesium')] = '2';
    expect(errorOf(table)).toBe(
      'Food sr:01001 "Butter, salted": nutrients.magnesium must be a non-negative number or null',
    );
  });

  it('names the missing field of a short row', () => {
    const table = tableOf([butter]);
    row(table, 0).pop(); // drop "citation"
    expect(errorOf(table)).toBe(
      'Food sr:01001 "Butter, salted": row has 13 fields, expected 14 (missing citation)',
    );
  });

  it('names a missing description', () => {
    const table = tableOf([butter]);
    row(table, 0)[col('description')] = null;
    expect(errorOf(table)).toBe('Food sr:01001: description must be text of 1 to 400 characters');
  });

  it('rejects a nutrient array of the wrong length, a bad portion and bad diet letters', () => {
    const short = tableOf([butter]);
    (row(short, 0)[col('nutrients')] as unknown[]).pop();
    expect(errorOf(short)).toMatch(/^Food sr:01001 "Butter, salted": nutrients must be an array/);

    const portion = tableOf([butter]);
    (row(portion, 0)[col('portions')] as unknown[][])[0] = [1, 'tbsp', 0];
    expect(errorOf(portion)).toBe(
      'Food sr:01001 "Butter, salted": portions.0.grams must be a list of [amount > 0, unit text, grams > 0]',
    );

    const diet = tableOf([butter]);
    row(diet, 0)[col('diet')] = 'nyx';
    expect(errorOf(diet)).toMatch(/^Food sr:01001 "Butter, salted": diet must be three letters/);
  });

  it('rejects an unknown B12 reason index and a duplicated id', () => {
    const reason = tableOf([nori]);
    row(reason, 0)[col('b12')] = 5;
    expect(errorOf(reason)).toMatch(/^Food sr:11446 "Seaweed, laver, raw": b12 /);

    const duplicate = tableOf([butter, butter]);
    expect(errorOf(duplicate)).toBe(
      'Food sr:01001 "Butter, salted": id is used by an earlier food',
    );
  });

  it('rejects a table whose meta does not match its rows', () => {
    const table = tableOf([butter]);
    (table.meta as { foodCount: number }).foodCount = 2;
    expect(errorOf(table)).toBe('Food table has 1 foods but meta.foodCount is 2');
    expect(errorOf(null)).toBe('Food table must be a JSON object');
  });

  it('makes the generator fail with the same message', () => {
    const table = tableOf([butter]);
    (row(table, 0)[col('nutrients')] as number[])[NUTRIENT_IDS.indexOf('b12')] = -1;
    expect(() => assertValidFoodTable(table)).toThrow(
      'Invalid food table: Food sr:01001 "Butter, salted": nutrients.b12 must be a non-negative number or null',
    );
    expect(() => assertValidFoodTable(tableOf([butter]))).not.toThrow();
  });
});
