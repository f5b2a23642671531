/**
 * foods.json's layout (food-table-text.ts): plain JSON, one row per line, so that a start parses
 * only the head and each row when first read. Split text must give exactly the rows a full parse
 * gives, and text laid out otherwise must still be read, or refused with null.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FoodRowTuple, FoodTableFile } from '@shared/schemas/food-table';
import {
  foodTableText,
  reorderedRows,
  splitFoodTableText,
  type TableRows,
} from '@shared/schemas/food-table-text';
import { readCommittedFile } from './committed-table';
import { makeFood, makeTableFile } from '../../helpers/foods';

const all = (rows: TableRows) => Array.from({ length: rows.length }, (_, i) => rows.at(i));
const ids = (rows: TableRows) => Array.from({ length: rows.length }, (_, i) => rows.idAt(i));

describe('the food table text', () => {
  it('splits the committed foods.json into its head and rows equal to a full parse', () => {
    const text = readCommittedFile('foods.json');
    const whole = JSON.parse(text) as FoodTableFile;
    const split = splitFoodTableText(text)!;
    expect(split.head).toEqual({ ...whole, foods: [] });
    expect(ids(split.rows)).toEqual(whole.foods.map((row) => row[0]));
    expect(all(split.rows)).toEqual(whole.foods);
    expect(foodTableText(whole.meta, whole)).toBe(text); // the generator's layout, byte for byte
  });

  it('keeps any row, odd characters and escaped ids included, exactly', () => {
    const name = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), fc.boolean(), (names, escapedId) => {
        const foods = names.map((n, i) =>
          makeFood(escapedId && i === 0 ? 'cur:a"b\\c' : `cur:f${i}`, { name: n || 'x' }),
        );
        const file = makeTableFile(foods, 'aaaaaaaaaaaaaaa1');
        const text = foodTableText(file.meta, file);
        const split = splitFoodTableText(text)!;
        const whole = JSON.parse(text) as FoodTableFile;
        expect(all(split.rows)).toEqual(whole.foods);
        expect(ids(split.rows)).toEqual(whole.foods.map((row) => row[0]));
      }),
      { numRuns: 60 },
    );
  });

  it('reads text laid out otherwise by parsing it whole, and refuses what is not a table', () => {
    const file = makeTableFile([makeFood('sr:01001', { name: 'Butter' })], 'aaaaaaaaaaaaaaa1');
    const pretty = splitFoodTableText(JSON.stringify(file, null, 2))!;
    expect(all(pretty.rows)).toEqual(file.foods);
    for (const bad of ['', 'not json', '[]', '{"foods":3}', 'null']) {
      expect(splitFoodTableText(bad), bad).toBeNull();
    }
    // A row line that is not JSON is left out (its food does not decode), not a failure.
    const text = foodTableText(file.meta, file).replace('["sr:01001"', '["sr:01001" oops');
    const damaged = splitFoodTableText(text)!;
    expect(damaged.rows.at(0)).toBeUndefined();
  });

  it('reorders rows without parsing them', () => {
    const rows: FoodRowTuple[] = makeTableFile(
      [makeFood('sr:2', { name: 'b' }), makeFood('sr:1', { name: 'a' })],
      'aaaaaaaaaaaaaaa1',
    ).foods;
    const text = foodTableText(makeTableFile([], 'aaaaaaaaaaaaaaa1').meta, {
      ...makeTableFile([], 'aaaaaaaaaaaaaaa1'),
      foods: rows,
    });
    const reordered = reorderedRows(splitFoodTableText(text)!.rows, [1, 0]);
    expect(ids(reordered)).toEqual(['sr:1', 'sr:2']);
    expect(reordered.at(0)).toEqual(rows[1]);
    expect(reordered.at(2)).toBeUndefined();
  });
});
