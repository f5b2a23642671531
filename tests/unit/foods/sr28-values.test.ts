/**
 * Spot checks of the committed table against SR28. Expected numbers were read by hand from
 * reference/nutrition.md §5 (the SR28 food table there) or from SR28 NUT_DATA.txt / WEIGHT.txt;
 * they are per 100 g, null where SR28 has no row.
 */
import { describe, expect, it } from 'vitest';
import type { NutrientId } from '@shared/base/nutrients';
import { committedTable, food } from './committed-table';

type Expected = [id: string, nutrient: NutrientId, value: number | null, source: string];

const EXPECTED: readonly Expected[] = [
  // reference §5 table
  ['sr:15236', 'b12', 3.23, 'NUT_DATA 418'],
  ['sr:15236', 'ala', 0.148, 'NUT_DATA 851 (present, so 619 = 0.167 is not used)'],
  ['sr:15236', 'epa', 0.862, 'NUT_DATA 629'],
  ['sr:15236', 'dha', 1.104, 'NUT_DATA 621'],
  ['sr:15236', 'vitaminD', 11, 'NUT_DATA 328 "11.0"'],
  ['sr:12006', 'ala', 17.83, '§5 chia'],
  ['sr:12006', 'magnesium', 335, '§5 chia'],
  ['sr:12220', 'ala', 22.813, '§5 flaxseed: 619 only'],
  ['sr:12220', 'magnesium', 392, '§5 flaxseed'],
  ['sr:12155', 'ala', 9.08, '§5 walnuts: 619 only'],
  ['sr:12012', 'b12', null, '§5 hemp seed: no B12 row'],
  ['sr:12012', 'ala', 8.684, '§5 hemp seed: 851 preferred over 619 (10.024)'],
  ['sr:12012', 'magnesium', 700, '§5 hemp seed'],
  ['sr:11446', 'b12', 0, '§5 nori'],
  ['sr:11446', 'epa', 0.08, '§5 nori'],
  ['sr:13327', 'b12', 83.13, '§5 beef liver, pan-fried'],
  ['sr:13327', 'b12Added', 0, '§5 beef liver'],
  ['sr:15159', 'b12', 98.89, '§5 clams, cooked'],
  ['sr:15159', 'b12Added', null, '§5 clams: no 578 row'],
  ['sr:15159', 'ala', 0.008, '§5 clams: 619 fallback'],
  ['sr:15159', 'dha', 0.146, '§5 clams'],
  ['sr:15209', 'epa', 0.411, '§5 salmon, Atlantic, wild, cooked'],
  ['sr:15209', 'dha', 1.429, '§5 salmon, Atlantic, wild, cooked'],
  ['sr:01123', 'ala', 0.036, '§5 egg, raw: 851'],
  ['sr:01123', 'b12', 0.89, '§5 egg, raw'],
  ['sr:08077', 'b12Added', 20, '§5 Whole Grain TOTAL'],
  ['sr:08013', 'b12', 6.77, '§5 Cheerios'],
  ['sr:08013', 'folicAcid', 695, 'NUT_DATA 431'],
  ['sr:08013', 'folateDfe', 1201, 'NUT_DATA 435'],
  ['sr:08013', 'folateFood', 19, 'NUT_DATA 432'],
  ['sr:08013', 'iron', 33.17, 'NUT_DATA 303'],
  ['sr:08013', 'zinc', 16.73, 'NUT_DATA 309'],
  ['sr:08013', 'vitaminD', 3.4, 'NUT_DATA 328'],
  ['sr:16139', 'b12Added', 0.85, '§5 soymilk'],
  ['sr:14016', 'b12', 1.25, '§5 almond milk'],
  ['sr:16114', 'b12', 0.08, '§5 tempeh'],
  ['sr:16114', 'epa', null, '§5 tempeh: no EPA row'],
  ['sr:11667', 'magnesium', 195, '§5 spirulina, dried'],
  ['sr:04593', 'dha', 18.232, '§5 salmon oil'],
  ['sr:20137', 'dha', 0.015, '§5 quinoa: SR artefact kept as published'],
  ['sr:01040', 'b12', 3.06, '§5 Swiss cheese'],
  ['sr:01077', 'calcium', 113, 'NUT_DATA 301'],
  ['sr:01077', 'vitaminD', 1.3, 'NUT_DATA 328'],
  ['sr:01001', 'energy', 717, 'NUT_DATA 208'],
  ['sr:01001', 'protein', 0.85, 'NUT_DATA 203 "0.85"'],
  ['sr:01001', 'fat', 81.11, 'NUT_DATA 204'],
  ['sr:11457', 'folateFood', 194, 'NUT_DATA 432 spinach'],
  ['sr:11457', 'b6', 0.195, 'NUT_DATA 415 spinach'],
  ['sr:09040', 'carbohydrate', 22.84, 'NUT_DATA 205 banana'],
  ['sr:09040', 'fiber', 2.6, 'NUT_DATA 291 banana'],
  // Vitamin D from IU / 40 where 328 is missing: 10 IU → 0.25 µg, 1 IU → 0.025 µg.
  ['sr:16613', 'vitaminD', 0.25, 'NUT_DATA 324 = 10 IU, no 328'],
  ['sr:16609', 'vitaminD', 0.025, 'NUT_DATA 324 = 1 IU, no 328'],
];

describe('SR28 values in the committed table', () => {
  it.each(EXPECTED)('%s %s = %s (%s)', (id, nutrient, value) => {
    expect(food(id).nutrients[nutrient]).toBe(value);
  });

  it('keeps USDA descriptions, groups and NDB numbers', () => {
    const salmon = food('sr:15236');
    expect(salmon.description).toBe('Fish, salmon, Atlantic, farmed, raw');
    expect(salmon.name).toBe('Fish, salmon, Atlantic, farmed, raw');
    expect(salmon.ndb).toBe('15236');
    expect([salmon.group, salmon.groupName]).toEqual(['1500', 'Finfish and Shellfish Products']);
    expect(salmon.source).toBe('sr28');
  });

  it('reads household portions from WEIGHT.txt in Seq order', () => {
    expect(food('sr:01001').portions).toEqual([
      { amount: 1, unit: 'pat (1" sq, 1/3" high)', grams: 5 },
      { amount: 1, unit: 'tbsp', grams: 14.2 },
      { amount: 1, unit: 'cup', grams: 227 },
      { amount: 1, unit: 'stick', grams: 113 },
    ]);
    expect(food('sr:11457').portions.map((p) => p.unit)).toEqual([
      'cup',
      'bunch',
      'leaf',
      'package (10 oz)',
    ]);
  });

  it('marks foods with added B12 as fortified and others not', () => {
    expect(food('sr:08013').fortified).toBe(true);
    expect(food('sr:16139').fortified).toBe(true);
    expect(food('sr:13327').fortified).toBe(false);
    expect(food('sr:15159').fortified).toBe(false); // no 578 row: unknown is not "added"
  });

  it('title-cases brand names in short display names and drops repeats', () => {
    expect(food('sr:08013').name).toBe('Cereals ready-to-eat, General Mills, Cheerios');
    expect(food('sr:06971').name).toBe('Sauce, worcestershire');
  });

  it('leaves out Baby Foods (0300) and keeps the other 24 SR28 groups', () => {
    const groups = new Set(committedTable().table.foods.map((f) => f.group));
    expect(groups.has('0300')).toBe(false);
    for (const kept of ['0100', '2100', '2200', '3500', '3600'])
      expect(groups.has(kept)).toBe(true);
    expect(committedTable().table.meta.droppedGroups.map((g) => g.code)).toEqual(['0300']);
  });
});
