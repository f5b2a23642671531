/**
 * The fortified products and the iodine and selenium columns of the committed table (issue 15):
 * tags (diet, B12 reliability, fortified), per-row sources, label levels, and iodine only where a
 * published value exists.
 */
import { describe, expect, it } from 'vitest';
import { fortifiedProducts } from '../../../scripts/build-foods/fortified-products';
import { IODINE_VALUES } from '../../../scripts/build-foods/iodine-values';
import { committedTable } from './committed-table';

const { table, byId } = committedTable();
const products = fortifiedProducts();
const get = (id: string) => {
  const food = byId.get(id);
  if (food === undefined) throw new Error(`${id} is not in the committed table`);
  return food;
};

describe('fortified products', () => {
  it('has at least 40 products, all in the committed table as generated', () => {
    expect(products.length).toBeGreaterThanOrEqual(40);
    for (const p of products) expect(get(p.id)).toEqual(p);
    expect(table.meta.curatedFoodCount).toBeGreaterThanOrEqual(19 + products.length);
  });

  it('names its source per row and uses generic names, not brands', () => {
    for (const p of products) {
      expect(p.citation, p.id).toMatch(/\w{4,}/);
      expect(p.note, p.id).toMatch(/check your product/);
      // No brand in capitals (SR28 style "SILK", "KELLOGG'S").
      expect(p.description, p.id).not.toMatch(/\b[A-Z]{3,}\b(?<!\bEU|\bUS|\bUK|\bIU|\bDHA|\bEPA)/);
    }
  });

  it('tags every product vegan with its B12 reliability, fortified exactly when B12 is added', () => {
    for (const p of products) {
      expect(p.diet, p.id).toEqual({ vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' });
      expect(p.fortified, p.id).toBe((p.nutrients.b12Added ?? 0) > 0);
      if (p.fortified) expect(p.nutrients.b12, p.id).toBe(p.nutrients.b12Added);
    }
    expect(get('cur:nutritional-yeast-unfortified').b12).toMatchObject({ credited: false });
    expect(get('cur:nutritional-yeast-unfortified').nutrients.b12).toBe(0);
    expect(get('cur:nutritional-yeast-fortified-high').b12.credited).toBe(true);
    // Organic EU drinks may not add vitamins: known zero, not unknown.
    const organic = get('cur:soya-drink-organic-calcium-eu');
    expect(organic.fortified).toBe(false);
    expect(organic.nutrients).toMatchObject({ b12: 0, vitaminD: 0, calcium: 120 });
  });

  it('carries typical EU and US fortification levels', () => {
    for (const id of [
      'cur:oat-drink-fortified-eu',
      'cur:soya-drink-unsweetened-fortified-eu',
      'cur:almond-drink-unsweetened-fortified-eu',
      'cur:pea-drink-fortified-eu',
      'cur:rice-drink-fortified-eu',
      'cur:soya-yogurt-plain-fortified-eu',
      'cur:oat-yogurt-plain-fortified-eu',
    ]) {
      expect(get(id).nutrients, id).toMatchObject({ b12: 0.38, vitaminD: 0.75, calcium: 120 });
    }
    // US: 3 µg B12 and 450 mg calcium per 240 ml cup.
    const us = get('cur:soy-milk-fortified-us').nutrients;
    expect(us.b12).toBeCloseTo(1.25, 3);
    expect(us.calcium).toBeCloseTo(187.5, 3);
    expect(get('cur:oat-drink-fortified-iodine-eu').nutrients.iodine).toBe(22.5);
    // Drinks without declared iodine keep it unknown, never zero.
    expect(get('cur:oat-drink-fortified-eu').nutrients.iodine).toBeNull();
  });

  it('has vegan vitamin D, vegan algae omega-3, iodine, selenium and a vegan multivitamin', () => {
    expect(get('cur:vitamin-d2-25ug').nutrients.vitaminD).toBe(2500);
    expect(get('cur:vitamin-d3-lichen-25ug').nutrients.vitaminD).toBe(2500);
    const algae = get('cur:algae-oil-capsule-vegan');
    expect(algae.nutrients).toMatchObject({ dha: 25, epa: 12.5 });
    expect(algae.kind).toBe('supplement');
    expect(get('cur:iodine-potassium-iodide-150ug').nutrients.iodine).toBe(15000);
    expect(get('cur:selenium-100ug').nutrients.selenium).toBe(10000);
    const multi = get('cur:vegan-multivitamin-mineral').nutrients;
    expect(multi).toMatchObject({ b12: 2500, vitaminD: 2000, iodine: 15000, selenium: 5500 });
    // Minerals a label does not declare stay unknown.
    expect(multi.iron).toBeNull();
    // The older algae capsule whose shell is unstated stays diet-unknown.
    expect(get('cur:algae-oil-capsule').diet.vegan).toBe('unknown');
  });
});

describe('iodine and selenium in the SR28 rows', () => {
  const sr = table.foods.filter((f) => f.source === 'sr28');

  it('selenium comes from SR28 nutrient 317 (Brazil nuts 1917 µg, known for most foods)', () => {
    expect(get('sr:12078').nutrients.selenium).toBe(1917);
    const known = sr.filter((f) => f.nutrients.selenium !== null).length;
    expect(known / sr.length).toBeGreaterThan(0.75);
  });

  it('iodine is known only for the listed foods, with their published value', () => {
    const listed = new Map(IODINE_VALUES.flatMap((v) => v.ndbs.map((n) => [n, v.per100g])));
    for (const food of sr) {
      expect(food.nutrients.iodine, food.id).toBe(listed.get(food.ndb ?? '') ?? null);
    }
    expect(listed.size).toBeGreaterThanOrEqual(30);
    expect(get('sr:01077').nutrients.iodine).toBe(35); // whole milk
    expect(get('sr:01129').nutrients.iodine).toBe(62); // hard-boiled egg
    expect(get('sr:15016').nutrients.iodine).toBe(186); // cod, cooked
  });

  it('gives seaweed its range and kelp a warning, and cites the source', () => {
    const kelp = get('sr:11445');
    expect(kelp.nutrients.iodine).toBeGreaterThan(10000);
    expect(kelp.note).toMatch(/^Warning: kelp/);
    expect(kelp.note).toMatch(/upper limit/);
    expect(kelp.citation).toMatch(/Teas et al\. 2004/);
    expect(get('sr:11446').note).toMatch(/varies more than a hundredfold/);
    expect(get('sr:01077').citation).toMatch(/Roseland et al\. 2020/);
  });
});
