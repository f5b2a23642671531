/**
 * The committed table as a whole: it decodes, its meta matches its content, curated rows carry
 * their note and citation, and B12 reliability follows reference/nutrition.md §6.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NUTRIENT_IDS } from '@shared/base/nutrients';
import {
  decodeFoodTable,
  decodeTrustedRow,
  foodTableBodyJson,
  searchableOfTrustedRow,
  type FoodRowTuple,
  type FoodTableBody,
  type FoodTableFile,
} from '@shared/schemas/food-table';
import { committedTable, food, readCommittedFile } from './committed-table';
import { asciiJson } from '@shared/schemas/food-table-text';

describe('committed food table', () => {
  it('decodes and validates every row', () => {
    const result = decodeFoodTable(JSON.parse(readCommittedFile('foods.json')));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.foods.length).toBe(result.value.meta.foodCount);
    expect(result.value.foods.length).toBeGreaterThan(8000);
  });

  it('has a table version that is the SHA-256 of its body', () => {
    const file = JSON.parse(readCommittedFile('foods.json')) as FoodTableFile;
    const sha256 = createHash('sha256').update(foodTableBodyJson(file)).digest('hex');
    expect(file.meta.sha256).toBe(sha256);
    expect(file.meta.tableVersion).toBe(sha256.slice(0, 16));
  });

  it('has a meta.json equal to the meta inside foods.json', () => {
    const meta = JSON.parse(readCommittedFile('meta.json')) as unknown;
    expect(meta).toEqual(committedTable().table.meta);
  });

  it('cites SR28 in meta and SOURCES.md', () => {
    const citation =
      'U.S. Department of Agriculture, Agricultural Research Service, USDA National Nutrient ' +
      'Database for Standard Reference, Release 28 (2015), public domain.';
    expect(committedTable().table.meta.citation).toBe(citation);
    expect(readCommittedFile('SOURCES.md')).toContain(citation);
    expect(committedTable().table.meta.nutrientIds).toEqual([...NUTRIENT_IDS]);
  });

  it('counts SR28 and curated rows as meta says', () => {
    const { meta, foods } = committedTable().table;
    expect(foods.filter((f) => f.source === 'sr28').length).toBe(meta.sr28FoodCount);
    expect(foods.filter((f) => f.source === 'curated').length).toBe(meta.curatedFoodCount);
  });
});

describe('curated additions', () => {
  const curated = () => committedTable().table.foods.filter((f) => f.source === 'curated');

  it('all carry the label note and a citation', () => {
    expect(curated().length).toBeGreaterThanOrEqual(17);
    for (const row of curated()) {
      expect(row.id).toMatch(/^cur:/);
      expect(row.note).toMatch(/^Typical label values — check your product\./);
      expect(row.citation?.length ?? 0).toBeGreaterThan(20);
      expect(row.ndb).toBeNull();
    }
  });

  it('include every cyanocobalamin strength, per 100 g = 100 × per tablet', () => {
    for (const micrograms of [10, 25, 50, 100, 250, 500, 1000, 2000]) {
      const tablet = food(`cur:cyanocobalamin-${micrograms}ug`);
      expect(tablet.kind).toBe('supplement');
      expect(tablet.unitGrams).toBe(1);
      expect(tablet.portions).toEqual([{ amount: 1, unit: 'tablet', grams: 1 }]);
      expect(tablet.nutrients.b12).toBe(micrograms * 100);
      expect(tablet.nutrients.b12Added).toBe(micrograms * 100);
      expect(tablet.fortified).toBe(true);
      expect(tablet.diet).toEqual({ vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' });
    }
  });

  it('give folic acid as DFE × 1.7 and leave undeclared minerals unknown', () => {
    const folic = food('cur:folic-acid-400ug');
    expect(folic.nutrients.folicAcid).toBe(40000);
    expect(folic.nutrients.folateDfe).toBe(68000);
    expect(folic.nutrients.folateFood).toBe(0);
    expect(folic.nutrients.calcium).toBeNull();
    expect(folic.nutrients.b12).toBe(0);
  });

  it('include magnesium salts, vitamin D3, B-complex, multivitamin and methylcobalamin', () => {
    expect(food('cur:magnesium-citrate-100mg').nutrients.magnesium).toBe(10000);
    expect(food('cur:magnesium-glycinate-100mg').nutrients.magnesium).toBe(10000);
    expect(food('cur:vitamin-d3-10ug').nutrients.vitaminD).toBe(1000);
    expect(food('cur:vitamin-d3-25ug').nutrients.vitaminD).toBe(2500);
    expect(food('cur:vitamin-d3-25ug').diet.vegan).toBe('unknown'); // lanolin
    expect(food('cur:b-complex-50').nutrients.b6).toBe(5000);
    expect(food('cur:multivitamin-mineral').nutrients.iron).toBe(1800);
    expect(food('cur:methylcobalamin-1000ug').nutrients.b12).toBe(100000);
  });

  it('include a B12 injection and fortified nutritional yeast', () => {
    const injection = food('cur:hydroxocobalamin-injection-1000ug');
    expect(injection.kind).toBe('injection');
    expect(injection.nutrients.b12).toBe(100000);
    const yeast = food('cur:nutritional-yeast-fortified');
    expect(yeast.kind).toBe('food');
    expect(yeast.unitGrams).toBeNull();
    expect(yeast.fortified).toBe(true);
    expect(yeast.b12.credited).toBe(true);
    expect(yeast.nutrients.b12).toBe(55.3); // 8.3 µg per 15 g
    expect(yeast.diet.vegan).toBe('yes');
  });

  it('include algae oil with EPA and DHA and an unknown diet (softgel shell)', () => {
    const algae = food('cur:algae-oil-capsule');
    expect(algae.nutrients.dha).toBe(25);
    expect(algae.nutrients.epa).toBe(12.5);
    expect(algae.nutrients.fat).toBeNull();
    expect(algae.diet.vegan).toBe('unknown');
  });
});

describe('B12 reliability (reference §6)', () => {
  it.each([
    ['sr:11446', 'Seaweed, laver, raw'],
    ['sr:11667', 'Seaweed, spirulina, dried'],
    ['sr:11445', 'Seaweed, kelp, raw'],
    ['sr:16114', 'Tempeh'],
    ['sr:16112', 'Miso'],
    ['sr:16113', 'Natto'],
    ['sr:11439', 'Sauerkraut, canned, solids and liquids'],
    ['sr:11268', 'Mushrooms, shiitake, dried'],
    ['sr:11260', 'Mushrooms, white, raw'],
    ['sr:18375', "Leavening agents, yeast, baker's, active dry"],
    ['sr:43406', 'Yeast extract spread'],
  ])('does not credit %s (%s)', (id, description) => {
    const row = food(id);
    expect(row.description).toBe(description);
    expect(row.b12.credited).toBe(false);
    expect(row.b12.reason).toContain('reference §6');
  });

  it.each([
    ['sr:01256', 'yogurt'],
    ['sr:01040', 'Swiss cheese'],
    ['sr:15236', 'salmon'],
    ['sr:08013', 'fortified cereal'],
    ['sr:06043', 'cream of mushroom soup (B12 from milk)'],
  ])('credits %s (%s)', (id) => {
    expect(food(id).b12).toEqual({ credited: true, reason: null });
  });

  it('keeps the pseudo-B12 rows’ values as SR28 publishes them', () => {
    expect(food('sr:16114').nutrients.b12).toBe(0.08);
    expect(food('sr:11446').nutrients.b12).toBe(0);
  });
});

describe('searchable fields of a row', () => {
  it('are the decoded food’s, for every row of the committed table', () => {
    const body = JSON.parse(readCommittedFile('foods.json')) as FoodTableBody;
    for (const row of body.foods) {
      const food = decodeTrustedRow(row, body.groups, body.b12Reasons)!;
      const searchable = searchableOfTrustedRow(row, body.groups);
      expect(searchable).toEqual({
        id: food.id,
        description: food.description,
        name: food.name,
        group: food.group,
        groupName: food.groupName,
        kind: food.kind,
        diet: food.diet,
        fortified: food.fortified,
        source: food.source,
      });
    }
    const [first] = body.foods;
    expect(
      searchableOfTrustedRow(
        [...first!.slice(0, 8), 'yyx', ...first!.slice(9)] as FoodRowTuple,
        body.groups,
      ),
    ).toBeNull();
  });
});

describe('the committed foods.json text', () => {
  it('is ASCII only (the generator escapes the rest), which the browser reads faster', () => {
    expect([...readCommittedFile('foods.json')].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(asciiJson('{"unit":"µg – ½"}')).toBe('{"unit":"\\u00b5g \\u2013 \\u00bd"}');
    expect(JSON.parse(asciiJson('{"unit":"µg – ½"}'))).toEqual({ unit: 'µg – ½' });
  });
});
