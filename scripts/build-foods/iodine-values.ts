/**
 * Iodine per 100 g for the SR28 foods that carry most of it. SR28 has no iodine field, so these
 * values come from published tables; every SR28 food not listed here keeps iodine `null`
 * (unknown), and the Nutrients screen shows how much of the food eaten has a value.
 *
 * Sources:
 * - MILK: Roseland JM et al., "Iodine content of U.S. retail cow's milk", Nutrients 2020;12(5):1246
 *   (PMC7281966): mean 85 µg per 240 ml serving, no difference by milkfat, 95 % prediction
 *   interval 39–185 µg [S, abstract]. 240 ml ≈ 244 g (SR28 1 cup) → 35 µg/100 g.
 * - ODS: NIH Office of Dietary Supplements, Iodine Health Professional Fact Sheet, Table 2
 *   "Iodine content of selected foods" (values from the USDA, FDA and ODS-NIH Database for the
 *   Iodine Content of Common Foods, Release 1.0, 2020). The live page could not be read; the
 *   per-serving values are those the table is commonly quoted with: UNVERIFIED.
 * - TEAS: Teas J et al., "Variability of iodine content in common commercially available edible
 *   seaweeds", Thyroid 2004;14(10):836–841: from 16 µg/g (nori) to several thousand µg/g (kelp,
 *   kombu) of dried seaweed; the ODS table quotes "seaweed, whole or sheet, 1 g: 16 to 2,984 µg".
 *   Values for SR28's raw seaweeds are the dried figure × the row's dry matter (100 − SR28 water,
 *   nutrient 255): an order of magnitude, not an analysis.
 *
 * Per-serving values are turned into per 100 g with the serving's SR28 gram weight, rounded to
 * whole µg.
 */
import type { Food } from '@shared/schemas/food';

export interface IodineValue {
  /** SR28 NDB numbers the value applies to. */
  readonly ndbs: readonly string[];
  /** µg iodine per 100 g edible portion. */
  readonly per100g: number;
  /** How the number was derived, with its source. */
  readonly source: string;
  /** False where the source text was not read (see the file comment). */
  readonly verified: boolean;
  /** Shown on the food (seaweeds: the range, and a warning for kelp). */
  readonly note: string | null;
}

const MILK_SOURCE =
  'Roseland et al. 2020, Nutrients 12:1246 (USDA analysis of US retail milk): 85 µg per 240 ml, ' +
  '1 cup = 244 g → 35 µg/100 g';
const ODS = 'NIH ODS Iodine fact sheet, Table 2 (USDA/FDA/ODS iodine database 2020), UNVERIFIED';
const SEAWEED_RANGE =
  'Seaweed iodine varies more than a hundredfold by species, harvest and processing ' +
  '(16 to 2,984 µg per gram dried, NIH ODS; Teas et al. 2004): this value is an order of magnitude.';

export const IODINE_VALUES: readonly IodineValue[] = [
  {
    // Fluid cow's milk of every fat level, with or without added vitamins.
    ndbs: [
      '01077',
      '01079',
      '01080',
      '01081',
      '01082',
      '01083',
      '01084',
      '01085',
      '01086',
      '01087',
      '01151',
      '01152',
      '01174',
      '01211',
    ],
    per100g: 35,
    source: MILK_SOURCE,
    verified: true,
    note: null,
  },
  {
    ndbs: ['01256', '01287', '01293', '01116', '01117', '01118'],
    per100g: 51,
    source: `${ODS}: yogurt, Greek, plain, nonfat, ¾ cup (170 g) 87 µg → 51 µg/100 g; used for plain yogurts`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['01009', '01270'],
    per100g: 50,
    source: `${ODS}: cheddar cheese, 1 oz (28 g) 14 µg → 50 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['01123', '01129', '01131'],
    per100g: 62,
    source: `${ODS}: egg, hard-boiled, 1 large (50 g) 31 µg → 62 µg/100 g; used for whole eggs`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['15016'],
    per100g: 186,
    source: `${ODS}: cod, baked, 3 oz (85 g) 158 µg → 186 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['15169'],
    per100g: 109,
    source: `${ODS}: oysters, cooked, 3 oz (85 g) 93 µg → 109 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['15027'],
    per100g: 68,
    source: `${ODS}: fish sticks, cooked, 3 oz (85 g) 58 µg → 68 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['15151'],
    per100g: 15,
    source: `${ODS}: shrimp, cooked, 3 oz (85 g) 13 µg → 15 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    ndbs: ['15121'],
    per100g: 8,
    source: `${ODS}: tuna, canned in water, drained, 3 oz (85 g) 7 µg → 8 µg/100 g`,
    verified: false,
    note: null,
  },
  {
    // Laver (nori), raw: 15 % dry matter (SR28 water 85.03 g) × 16 µg/g dried, the low end.
    ndbs: ['11446'],
    per100g: 240,
    source:
      'Teas et al. 2004 and NIH ODS: nori 16 µg per g dried (the low end of the published ' +
      'range) × 15 g dry matter per 100 g raw (SR28 water 85 g)',
    verified: false,
    note: SEAWEED_RANGE,
  },
  {
    // Wakame, raw: 20 % dry matter (SR28 water 79.99 g) × 66 µg/g dried.
    ndbs: ['11669'],
    per100g: 1320,
    source:
      'Teas et al. 2004: wakame about 66 µg per g dried × 20 g dry matter per 100 g raw ' +
      '(SR28 water 80 g), UNVERIFIED',
    verified: false,
    note: SEAWEED_RANGE,
  },
  {
    // Kelp, raw: 18.4 % dry matter (SR28 water 81.58 g) × 2,500 µg/g dried.
    ndbs: ['11445'],
    per100g: 46000,
    source:
      'Teas et al. 2004 and NIH ODS: kelp and kombu about 2,500 µg per g dried (up to 2,984 µg/g ' +
      'in the ODS range, more in single samples) × 18.4 g dry matter per 100 g raw (SR28 water ' +
      '81.6 g), UNVERIFIED',
    verified: false,
    note:
      'Warning: kelp is the richest iodine source known. A few grams can pass the iodine upper ' +
      'limit (1,100 µg a day US/Canada, 600 µg EFSA), and too much iodine can upset the thyroid. ' +
      SEAWEED_RANGE,
  },
];

const BY_NDB: ReadonlyMap<string, IodineValue> = new Map(
  IODINE_VALUES.flatMap((v) => v.ndbs.map((ndb) => [ndb, v] as const)),
);

/** The published iodine value for an SR28 food, or undefined (iodine unknown). */
export function iodineForSr(ndb: string): IodineValue | undefined {
  return BY_NDB.get(ndb);
}

/** An SR28 food with its published iodine value and note; unchanged (iodine null) when unlisted. */
export function withIodine(food: Food): Food {
  const value = food.ndb === null ? undefined : iodineForSr(food.ndb);
  if (value === undefined) return food;
  const note = value.note === null ? food.note : [food.note, value.note].filter(Boolean).join(' ');
  const citation = `Iodine: ${value.source}.`;
  return {
    ...food,
    nutrients: { ...food.nutrients, iodine: value.per100g },
    note,
    citation: food.citation === null ? citation : `${food.citation} ${citation}`,
  };
}
