/**
 * Test foods, people and entries for the nutrition engine. Food values are per 100 g, copied from
 * USDA SR28 (the NDB number is in each id; B12, Mg, ALA, EPA, DHA also appear in reference §5);
 * null where SR28 has no value. Supplements and the injection are label-style curated rows with a
 * nominal 1 g per unit, as in the food table.
 */
import { NUTRIENT_IDS, type NutrientValues } from '@shared/base/nutrients';
import { weekDates } from '@shared/base/dates';
import type { DietFlags, Food, Portion } from '@shared/schemas/food';
import { planEntrySchema, type PlanEntry, type PlanEntryInput } from '@shared/schemas/plan';
import {
  personProfileSchema,
  type PersonProfile,
  type PersonProfileInput,
} from '@shared/schemas/profile';

export const WEEK_START = '2024-03-04'; // a Monday
export const DATES = weekDates(WEEK_START);

type DietKind = 'plant' | 'dairyEgg' | 'fish' | 'meat';
const DIETS: Record<DietKind, DietFlags> = {
  plant: { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' },
  dairyEgg: { vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' },
  fish: { vegan: 'no', vegetarian: 'no', pescatarian: 'yes' },
  meat: { vegan: 'no', vegetarian: 'no', pescatarian: 'no' },
};

export interface FoodSpec {
  name: string;
  nutrients: Partial<NutrientValues>;
  diet?: DietKind;
  kind?: Food['kind'];
  fortified?: boolean;
  credited?: boolean;
  reason?: string | null;
  portion?: Portion;
  unitGrams?: number | null;
}

/** A schema-shaped food; unspecified nutrients are unknown (null). */
export function makeFood(id: string, spec: FoodSpec): Food {
  const nutrients = Object.fromEntries(
    NUTRIENT_IDS.map((n) => [n, spec.nutrients[n] ?? null]),
  ) as NutrientValues;
  const kind = spec.kind ?? 'food';
  return {
    id,
    source: kind === 'food' ? 'sr28' : 'curated',
    kind,
    ndb: id.startsWith('sr:') ? id.slice(3) : null,
    description: spec.name,
    name: spec.name,
    group: kind === 'food' ? '0000' : 'SUPP',
    groupName: kind === 'food' ? 'Test foods' : 'Supplements',
    nutrients,
    portions: spec.portion === undefined ? [] : [spec.portion],
    diet: DIETS[spec.diet ?? 'plant'],
    b12: { credited: spec.credited ?? true, reason: spec.reason ?? null },
    fortified: spec.fortified ?? false,
    unitGrams: spec.unitGrams ?? (kind === 'food' ? null : 1),
    note: null,
    citation: null,
  };
}

// Column order of the SR28 rows below.
// prettier-ignore
const COLS = ['energy', 'protein', 'fat', 'carbohydrate', 'fiber', 'b12', 'b12Added', 'folateDfe', 'folateFood', 'folicAcid', 'b6', 'magnesium', 'ala', 'epa', 'dha', 'iron', 'zinc', 'calcium', 'vitaminD'] as const;
const row = (...values: (number | null)[]): Partial<NutrientValues> =>
  Object.fromEntries(COLS.map((c, i) => [c, values[i] ?? null]));

const SEAWEED = 'Algae and seaweed contain mostly inactive B12 analogues; not counted.';
const FERMENTED =
  'Fermented plant foods get B12 only from variable bacterial contamination; not counted.';

// prettier-ignore
export const FOODS = {
  soymilk: makeFood('sr:16139', { name: 'Soymilk, fortified', fortified: true, portion: { amount: 1, unit: 'cup', grams: 243 },
    nutrients: row(43, 2.6, 1.47, 4.92, 0.2, 0.85, 0.85, 9, 9, 0, 0.031, 15, 0.075, 0, 0, 0.42, 0.26, 123, 1.1) }),
  tempeh: makeFood('sr:16114', { name: 'Tempeh', credited: false, reason: FERMENTED, portion: { amount: 1, unit: 'cup', grams: 166 },
    nutrients: row(192, 20.29, 10.8, 7.64, null, 0.08, null, 24, 24, 0, 0.215, 81, 0.248, null, null, 2.7, 1.14, 111, 0) }),
  nori: makeFood('sr:11446', { name: 'Nori (laver), raw', credited: false, reason: SEAWEED, portion: { amount: 10, unit: 'sheets', grams: 26 },
    nutrients: row(35, 5.81, 0.28, 5.11, 0.3, 0, 0, 146, 146, 0, 0.159, 2, 0.001, 0.08, 0, 1.8, 1.05, 70, 0) }),
  lentils: makeFood('sr:16070', { name: 'Lentils, boiled', portion: { amount: 1, unit: 'cup', grams: 198 },
    nutrients: row(116, 9.02, 0.38, 20.13, 7.9, 0, 0, 181, 181, 0, 0.178, 36, 0.037, 0, 0, 3.33, 1.27, 19, 0) }),
  tofu: makeFood('sr:16426', { name: 'Tofu, firm', portion: { amount: 0.5, unit: 'cup', grams: 126 },
    nutrients: row(144, 17.27, 8.72, 2.78, 2.3, 0, null, 29, 29, 0, 0.092, 58, 0.582, null, null, 2.66, 1.57, 683, 0) }),
  spinach: makeFood('sr:11457', { name: 'Spinach, raw', portion: { amount: 1, unit: 'cup', grams: 30 },
    nutrients: row(23, 2.86, 0.39, 3.63, 2.2, 0, 0, 194, 194, 0, 0.195, 79, 0.138, 0, 0, 2.71, 0.53, 99, 0) }),
  almonds: makeFood('sr:12061', { name: 'Almonds', portion: { amount: 1, unit: 'cup, whole', grams: 143 },
    nutrients: row(579, 21.15, 49.93, 21.55, 12.5, 0, 0, 44, 44, 0, 0.137, 270, 0.003, 0, 0, 3.71, 3.12, 269, 0) }),
  flaxseed: makeFood('sr:12220', { name: 'Flaxseed', portion: { amount: 1, unit: 'tbsp, whole', grams: 10.3 },
    nutrients: row(534, 18.29, 42.16, 28.88, 27.3, 0, 0, 87, 87, 0, 0.473, 392, 22.813, 0, 0, 5.73, 4.34, 255, 0) }),
  chia: makeFood('sr:12006', { name: 'Chia seeds', portion: { amount: 1, unit: 'oz', grams: 28.35 },
    nutrients: row(486, 16.54, 30.74, 42.12, 34.4, 0, null, null, 49, null, null, 335, 17.83, null, null, 7.72, 4.58, 631, null) }),
  blackBeans: makeFood('sr:16015', { name: 'Black beans, boiled', portion: { amount: 1, unit: 'cup', grams: 172 },
    nutrients: row(132, 8.86, 0.54, 23.71, 8.7, 0, 0, 149, 149, 0, 0.069, 70, 0.105, 0, 0, 2.1, 1.12, 27, 0) }),
  oats: makeFood('sr:08121', { name: 'Oats, cooked', portion: { amount: 1, unit: 'cup', grams: 234 },
    nutrients: row(71, 2.54, 1.52, 12, 1.7, 0, 0, 6, 6, 0, 0.005, 27, 0.018, 0, 0, 0.9, 1, 9, 0) }),
  bread: makeFood('sr:18075', { name: 'Bread, whole-wheat', portion: { amount: 1, unit: 'slice', grams: 32 },
    nutrients: row(252, 12.45, 3.5, 42.71, 6, 0, 0, 42, 42, 0, 0.215, 75, 0.137, 0, 0, 2.47, 1.77, 161, 0) }),
  pumpkinSeeds: makeFood('sr:12016', { name: 'Pumpkin seeds, roasted', portion: { amount: 1, unit: 'cup', grams: 118 },
    nutrients: row(574, 29.84, 49.05, 14.71, 6.5, 0, 0, 57, 57, 0, 0.1, 550, 0.111, 0, 0, 8.07, 7.64, 52, 0) }),
  cheerios: makeFood('sr:08013', { name: 'Cheerios (fortified)', fortified: true, portion: { amount: 1, unit: 'cup', grams: 28 },
    nutrients: row(376, 12.09, 6.73, 73.23, 9.4, 6.77, 6.77, 1201, 19, 695, 2.39, 114, 0.068, 0, 0, 33.17, 16.73, 401, 3.4) }),
  milk: makeFood('sr:01079', { name: 'Milk, 2 %', diet: 'dairyEgg', portion: { amount: 1, unit: 'cup', grams: 244 },
    nutrients: row(50, 3.3, 1.98, 4.8, 0, 0.53, 0, 5, 5, 0, 0.038, 11, 0.008, 0, 0, 0.02, 0.48, 120, 1.2) }),
  egg: makeFood('sr:01129', { name: 'Egg, hard-boiled', diet: 'dairyEgg', portion: { amount: 1, unit: 'large', grams: 50 },
    nutrients: row(155, 12.58, 10.61, 1.12, 0, 1.11, 0, 44, 44, 0, 0.121, 10, 0.035, 0.005, 0.038, 1.19, 1.05, 50, 2.2) }),
  cheese: makeFood('sr:01040', { name: 'Cheese, Swiss', diet: 'dairyEgg', portion: { amount: 1, unit: 'oz', grams: 28 },
    nutrients: row(393, 26.96, 30.99, 1.44, 0, 3.06, 0, 10, 10, 0, 0.071, 33, 0.125, 0, 0, 0.13, 4.37, 890, 0) }),
  salmon: makeFood('sr:15237', { name: 'Salmon, farmed, cooked', diet: 'fish', portion: { amount: 3, unit: 'oz', grams: 85 },
    nutrients: row(206, 22.1, 12.35, 0, 0, 2.8, 0, 34, 34, 0, 0.647, 30, 0.113, 0.69, 1.457, 0.34, 0.43, 15, 13.1) }),
  beef: makeFood('sr:23570', { name: 'Beef, ground 85 %', diet: 'meat', portion: { amount: 3, unit: 'oz', grams: 85 },
    nutrients: row(256, 27.73, 15.3, 0, 0, 2.8, 0, 10, 10, 0, 0.428, 25, 0.009, 0, 0, 2.93, 6.62, 22, 0) }),
  liver: makeFood('sr:13327', { name: 'Beef liver, pan-fried', diet: 'meat', portion: { amount: 1, unit: 'slice', grams: 81 },
    nutrients: row(175, 26.52, 4.68, 5.16, 0, 83.13, 0, 260, 260, 0, 1.027, 22, 0.017, 0, 0, 6.17, 5.23, 6, 1.2) }),
  // Label-style supplements: values per 100 g at 1 g per tablet/capsule, so per unit = value / 100.
  b12Tablet25: makeFood('cur:b12-25', { name: 'B12 25 µg tablet', kind: 'supplement', portion: { amount: 1, unit: 'tablet', grams: 1 },
    nutrients: { b12: 2500, b12Added: 2500, energy: 0, magnesium: 0, folicAcid: 0, b6: 0 } }),
  b12Tablet1000: makeFood('cur:b12-1000', { name: 'B12 1000 µg tablet', kind: 'supplement', portion: { amount: 1, unit: 'tablet', grams: 1 },
    nutrients: { b12: 100000, b12Added: 100000, energy: 0, magnesium: 0, folicAcid: 0, b6: 0 } }),
  bComplex: makeFood('cur:b-complex', { name: 'B-complex (B6 50 mg, B12 100 µg, folic acid 400 µg)', kind: 'supplement',
    nutrients: { b12: 10000, b12Added: 10000, b6: 5000, folicAcid: 40000, folateDfe: 68000, energy: 0, magnesium: 0 } }),
  magnesium400: makeFood('cur:mg-400', { name: 'Magnesium 400 mg', kind: 'supplement',
    nutrients: { magnesium: 40000, energy: 0, b12: 0, folicAcid: 0, b6: 0 } }),
  algaeOil: makeFood('cur:algae-oil', { name: 'Algae oil capsule (EPA 100 mg, DHA 200 mg)', kind: 'supplement',
    nutrients: { epa: 10, dha: 20, energy: 900, b12: 0 } }),
  b12Injection: makeFood('cur:b12-injection', { name: 'Hydroxocobalamin 1000 µg injection', kind: 'injection',
    nutrients: { b12: 100000, b12Added: 100000 } }),
} satisfies Record<string, Food>;

export const FOOD_MAP: ReadonlyMap<string, Food> = new Map(
  Object.values(FOODS).map((f) => [f.id, f]),
);

export function person(
  input: Partial<PersonProfileInput> & Pick<PersonProfileInput, 'diet'>,
): PersonProfile {
  return personProfileSchema.parse({
    id: 'p1',
    name: 'Alex',
    ageYears: 35,
    sex: 'female',
    ...input,
  });
}

let counter = 0;
/** A parsed entry; `day` is 0–6 within the test week. */
export function entry(
  food: Food,
  grams: number,
  day: number,
  time: string,
  extra: Partial<PlanEntryInput> = {},
): PlanEntry {
  counter++;
  return planEntrySchema.parse({
    id: `e${counter}`,
    date: DATES[day],
    time,
    slotId: slotFor(time),
    foodId: food.id,
    grams,
    eaters: ['p1'],
    ...extra,
  });
}

function slotFor(time: string): string {
  const hour = Number(time.slice(0, 2));
  return hour < 11 ? 'breakfast' : hour < 15 ? 'lunch' : hour < 21 ? 'dinner' : 'snack';
}

/** The same entries on all seven days. */
export function everyDay(make: (day: number) => PlanEntry[]): PlanEntry[] {
  return DATES.flatMap((_, day) => make(day));
}
