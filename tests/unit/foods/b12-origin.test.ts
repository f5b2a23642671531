/**
 * Issue 11 part 1: B12 that can only have been added is crystalline and its food fortified — the
 * rule on its own (b12-origin.ts) and its result in the committed table.
 */
import { describe, expect, it } from 'vitest';
import { b12OnlyAddedRule, type B12OriginInput } from '../../../scripts/build-foods/b12-origin';
import { food } from './committed-table';

const PLANT = { meat: 'no', fish: 'no', animal: 'no' } as const;
const base: B12OriginInput = {
  description: 'Soymilk, test',
  b12: 1.2,
  b12Added: null,
  credited: true,
  facts: PLANT,
  namesDairyOrEgg: false,
  animalEvidence: false,
  cholesterol: 0,
  lactose: null,
};

describe('b12OnlyAddedRule', () => {
  it('takes B12 in a plant-only food as added, however SR28 leaves 578', () => {
    expect(b12OnlyAddedRule(base)).toBe('plantOnly');
    expect(b12OnlyAddedRule({ ...base, b12Added: 0 })).toBe('plantOnly');
    expect(b12OnlyAddedRule({ ...base, b12: 0.05 })).toBeNull(); // noise, not fortification
  });

  it('takes fortification-level B12 without flesh, dairy or egg as added (meat analogues, cereals)', () => {
    const analogue = { ...base, facts: { meat: 'no', fish: 'no', animal: 'unknown' } } as const;
    expect(b12OnlyAddedRule(analogue)).toBe('noFleshNoDairyEgg');
    // Cereal with honey and possible gelatin: meat unknown, but cholesterol 0 rules out flesh.
    const cereal = { ...base, facts: { meat: 'unknown', fish: 'unknown', animal: 'yes' } } as const;
    expect(b12OnlyAddedRule(cereal)).toBe('noFleshNoDairyEgg');
    expect(b12OnlyAddedRule({ ...cereal, cholesterol: null })).toBeNull();
    expect(b12OnlyAddedRule({ ...analogue, b12: 0.3 })).toBeNull(); // dairy-trace level
  });

  it('keeps B12 food-bound where an animal ingredient may carry it', () => {
    const analogue = { ...base, facts: { meat: 'no', fish: 'no', animal: 'unknown' } } as const;
    expect(b12OnlyAddedRule({ ...analogue, namesDairyOrEgg: true })).toBeNull();
    expect(b12OnlyAddedRule({ ...analogue, lactose: 2 })).toBeNull();
    expect(b12OnlyAddedRule({ ...analogue, cholesterol: 9 })).toBeNull();
    expect(b12OnlyAddedRule({ ...analogue, description: 'Beverages, Cocoa mix' })).toBeNull();
    expect(b12OnlyAddedRule({ ...base, animalEvidence: true })).toBeNull();
    const meat = { ...base, facts: { meat: 'yes', fish: 'no', animal: 'unknown' } } as const;
    expect(b12OnlyAddedRule(meat)).toBeNull();
  });

  it("keeps SR28's split, uncredited pseudo-B12 and foods described as unfortified", () => {
    expect(b12OnlyAddedRule({ ...base, b12Added: 0.8 })).toBeNull();
    expect(b12OnlyAddedRule({ ...base, credited: false })).toBeNull();
    expect(
      b12OnlyAddedRule({ ...base, description: 'Soymilk, chocolate, unfortified' }),
    ).toBeNull();
    expect(b12OnlyAddedRule({ ...base, b12: null })).toBeNull();
  });
});

/** [id, SR28 description] of foods whose B12 SR28 does not mark as added. */
const ONLY_ADDED: readonly (readonly [string, string])[] = [
  ['sr:16235', 'SILK Plain, soymilk'],
  ['sr:16244', 'SILK Unsweetened, soymilk'],
  ['sr:16215', 'Vitasoy USA, Vitasoy Organic Creamy Original Soymilk'],
  ['sr:16273', 'Vitasoy USA Organic Nasoya, Tofu Plus Extra Firm'],
  ['sr:09511', 'Fruit juice smoothie, NAKED JUICE, BLUE MACHINE'],
  ['sr:16106', 'Meat extender'],
  ['sr:16565', 'MORNINGSTAR FARMS Sausage Style Recipe Crumbles, frozen, unprepared'],
  ['sr:16523', 'WORTHINGTON Vegetarian Burger, canned, unprepared'],
  ['sr:22126', 'LOMA LINDA Big Franks, canned, unprepared'],
  ['sr:08613', "Cereals ready-to-eat, KELLOGG'S SPECIAL K Multigrain Oats and Honey"],
];

describe('the committed table', () => {
  it.each(ONLY_ADDED)('%s (%s) is fortified and all its B12 is added', (id, description) => {
    const row = food(id);
    expect(row.description).toBe(description);
    expect(row.fortified).toBe(true);
    expect(row.b12.credited).toBe(true);
    expect(row.nutrients.b12).toBeGreaterThan(0);
    expect(row.nutrients.b12Added).toBe(row.nutrients.b12);
  });

  it("keeps SR28's split for a food with animal ingredients and added B12", () => {
    const bar = food('sr:08510'); // Milk and cereal bar: 2 µg, of which 1.51 added
    expect(bar.description).toBe('Milk and cereal bar');
    expect(bar.nutrients.b12).toBe(2);
    expect(bar.nutrients.b12Added).toBe(1.51);
    expect(bar.fortified).toBe(true);
  });

  it('leaves animal foods food-bound', () => {
    for (const id of ['sr:01123', 'sr:15076', 'sr:01077']) {
      expect(food(id).fortified).toBe(false);
      expect(food(id).nutrients.b12Added ?? 0).toBe(0);
    }
  });
});
