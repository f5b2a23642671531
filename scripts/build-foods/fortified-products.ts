/**
 * Fortified products as vegans and vegetarians buy them — plant drinks and yogurts, spreads, yeast
 * extract and nutritional yeast, vegan vitamin D, algae omega-3, iodine and selenium supplements,
 * a vegan multivitamin, iodised salt — with generic names, not brands. SR28 has few of them, and
 * none at today's European levels.
 *
 * Values are per 100 g from typical labels (named per row); they are not analyses, and products
 * differ, so each row tells the user to check their own. Conventions (also in SOURCES.md):
 * - drinks and yogurts are labelled per 100 ml or 100 g; 1 ml is counted as 1 g (plant drinks
 *   weigh 1.01–1.04 g/ml, within label rounding);
 * - a nutrient the label declares carries its amount; vitamins and omega-3s a product does not
 *   contain are 0 where the label makes that plain (unfortified, organic); anything else the label
 *   does not give is null (unknown), never 0;
 * - fortified B12 is crystalline: B12 = B12 added (reference §3c rule 2);
 * - supplements use a nominal 1 g per tablet or capsule, so per 100 g = 100 × per unit, as in
 *   curated.ts; their macronutrients are 0 (labels list none below 5 kcal per unit) except oils.
 *
 * EU levels: EU plant drinks and yogurt alternatives that are fortified commonly add, per 100 ml,
 * calcium 120 mg (15 % of the 800 mg NRV), vitamin D 0.75 µg (15 % NRV) and vitamin B12 0.38 µg
 * (15 % of the 2.5 µg NRV; Regulation (EU) 1169/2011 Annex XIII: 15 % of the NRV per 100 ml is a
 * "significant amount"), and since about 2021 UK oat and soya drinks often add iodine 22.5 µg
 * (15 % of the 150 µg NRV). US levels are per 240 ml cup as labelled (% Daily Value, 21 CFR 101.9:
 * B12 2.4 µg, vitamin D 20 µg, calcium 1,300 mg). EU organic drinks may not add vitamins
 * (Regulation (EU) 2018/848), only calcium from seaweed (Lithothamnium).
 */
import type { B12Reliability, DietFlags, Food, FoodKind, Portion } from '@shared/schemas/food';
import { NUTRIENT_IDS, type NutrientId, type NutrientValues } from '@shared/base/nutrients';
import { CURATED_NOTE, curatedFood, supplementNutrients } from './curated';
import { B12_REASONS } from './b12-reliability';

const NOMINAL_UNIT_GRAMS = 1;
type Amounts = Partial<Record<NutrientId, number>>;
const round = (value: number): number => Math.round(value * 1000) / 1000;
const unknownAll = (): NutrientValues =>
  Object.fromEntries(NUTRIENT_IDS.map((id) => [id, null])) as NutrientValues;

/** Per-100 g values of a food: listed amounts, B12 all added when `fortifiedB12`, the rest null. */
function foodValues(amounts: Amounts, fortifiedB12 = true): NutrientValues {
  const values = unknownAll();
  for (const [id, amount] of Object.entries(amounts) as [NutrientId, number][]) {
    values[id] = round(amount);
  }
  if (fortifiedB12 && amounts.b12 !== undefined) values.b12Added = round(amounts.b12);
  return values;
}

/** Per-cup (240 ml) US label amounts → per 100 g. */
function perCup(amounts: Amounts): Amounts {
  return Object.fromEntries(
    Object.entries(amounts).map(([id, amount]) => [id, (amount * 100) / 240]),
  ) as Amounts;
}

const VEGAN: DietFlags = { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' };
const CREDITED: B12Reliability = { credited: true, reason: null };

interface ProductSpec {
  readonly slug: string;
  readonly kind: FoodKind;
  readonly description: string;
  readonly name: string;
  readonly nutrients: NutrientValues;
  readonly portions: readonly Portion[];
  readonly diet: DietFlags;
  readonly dietReason: string;
  readonly b12?: B12Reliability;
  readonly extraNote?: string;
  readonly source: string;
}

/** 1 cup = 240 ml (US label serving), a glass 200 ml, 2 tbsp 30 ml (a splash in coffee). */
const DRINK_PORTIONS: readonly Portion[] = [
  { amount: 1, unit: 'cup', grams: 240 },
  { amount: 1, unit: 'glass', grams: 200 },
  { amount: 2, unit: 'tbsp', grams: 30 },
];
const YOGURT_PORTIONS: readonly Portion[] = [
  { amount: 1, unit: 'pot', grams: 125 },
  { amount: 1, unit: 'cup', grams: 245 },
];
const SPREAD_PORTIONS: readonly Portion[] = [
  { amount: 1, unit: 'tsp', grams: 5 },
  { amount: 1, unit: 'tbsp', grams: 14 },
];
const unitPortion = (unit: string): readonly Portion[] => [
  { amount: 1, unit, grams: NOMINAL_UNIT_GRAMS },
];

const PLANT_DRINK_DIET =
  'Diet: plant ingredients only; added vitamin D in these drinks is D2 or lichen D3.';
const TABLET_VEGAN =
  'Diet: vegan when the product says so (plant cellulose capsule or a plain tablet); check the label.';
const EU_LEVELS =
  'Typical EU label of a fortified plant drink or yogurt alternative (major EU/UK brands): per ' +
  '100 ml calcium 120 mg, vitamin D 0.75 µg, vitamin B12 0.38 µg (15 % of the EU NRVs, ' +
  'Regulation (EU) 1169/2011 Annex XIII)';
const US_LEVELS = 'Typical US label per 240 ml cup (% Daily Value, 21 CFR 101.9)';
const EU_FORTIFICATION: Amounts = { calcium: 120, vitaminD: 0.75, b12: 0.38 };
const EU_IODINE: Amounts = { ...EU_FORTIFICATION, iodine: 22.5 };

const PRODUCTS: readonly ProductSpec[] = [
  // --- Oat drinks -------------------------------------------------------------------------------
  {
    slug: 'oat-drink-fortified-eu',
    kind: 'food',
    description: 'Oat drink (plant milk), fortified with B12, D, calcium (typical EU)',
    name: 'Oat drink, fortified (B12, D, calcium; typical EU)',
    nutrients: foodValues({
      energy: 46,
      protein: 1,
      fat: 1.5,
      carbohydrate: 6.7,
      fiber: 0.8,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients per 100 ml as on typical oat drink labels.`,
  },
  {
    slug: 'oat-drink-fortified-iodine-eu',
    kind: 'food',
    description:
      'Oat drink (plant milk), fortified with B12, D, calcium and iodine (typical UK/EU)',
    name: 'Oat drink, fortified with iodine (B12, D, calcium, iodine; typical UK/EU)',
    nutrients: foodValues({
      energy: 46,
      protein: 1,
      fat: 1.5,
      carbohydrate: 6.7,
      fiber: 0.8,
      ...EU_IODINE,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}, plus iodine 22.5 µg per 100 ml (15 % of the 150 µg NRV) as on UK oat drinks that add it.`,
  },
  {
    slug: 'oat-drink-barista-fortified-eu',
    kind: 'food',
    description:
      'Oat drink (plant milk), barista style, fortified with B12, D, calcium (typical EU)',
    name: 'Oat drink, barista, fortified (typical EU)',
    nutrients: foodValues({
      energy: 59,
      protein: 1,
      fat: 3,
      carbohydrate: 6.6,
      fiber: 0.8,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    extraNote: 'Some barista drinks are not fortified: check the label.',
    source: `${EU_LEVELS}; energy and fat as on typical barista oat drinks (about 3 % fat).`,
  },
  {
    slug: 'oat-drink-fortified-us',
    kind: 'food',
    description: 'Oat drink (oat milk), fortified with B12, D, calcium (typical US)',
    name: 'Oat milk, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 120,
        protein: 3,
        fat: 5,
        carbohydrate: 16,
        fiber: 2,
        calcium: 350,
        vitaminD: 3.6,
        b12: 1.2,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${US_LEVELS}: 120 kcal, protein 3 g, fat 5 g, carbohydrate 16 g, fibre 2 g, calcium 350 mg (25 % DV), vitamin D 3.6 µg (20 % DV), B12 1.2 µg (50 % DV).`,
  },
  {
    slug: 'oat-drink-organic-unfortified-eu',
    kind: 'food',
    description: 'Oat drink, organic, unfortified (EU)',
    name: 'Oat drink, organic, unfortified (EU)',
    nutrients: foodValues(
      {
        energy: 45,
        protein: 0.6,
        fat: 1.4,
        carbohydrate: 7.3,
        fiber: 0.8,
        b12: 0,
        b12Added: 0,
        vitaminD: 0,
      },
      false,
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: oats and water only.',
    extraNote: 'Organic drinks in the EU may not add vitamins: this one gives no B12 or vitamin D.',
    source:
      'Typical EU organic oat drink label (no added vitamins, Regulation (EU) 2018/848); B12 and ' +
      'vitamin D are 0 because organic rules do not allow adding them; calcium unknown.',
  },
  // --- Soya drinks ------------------------------------------------------------------------------
  {
    slug: 'soya-drink-unsweetened-fortified-eu',
    kind: 'food',
    description: 'Soya drink (soy milk), unsweetened, fortified with B12, D, calcium (typical EU)',
    name: 'Soya drink, unsweetened, fortified (typical EU)',
    nutrients: foodValues({
      energy: 39,
      protein: 3.3,
      fat: 2.2,
      carbohydrate: 0,
      fiber: 0.6,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients as on typical unsweetened soya drinks.`,
  },
  {
    slug: 'soya-drink-original-fortified-eu',
    kind: 'food',
    description: 'Soya drink (soy milk), original, fortified with B12, D, calcium (typical EU)',
    name: 'Soya drink, original, fortified (typical EU)',
    nutrients: foodValues({
      energy: 42,
      protein: 3,
      fat: 1.8,
      carbohydrate: 2.7,
      fiber: 0.6,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients as on typical lightly sweetened soya drinks.`,
  },
  {
    slug: 'soya-drink-fortified-iodine-eu',
    kind: 'food',
    description: 'Soya drink (soy milk), fortified with B12, D, calcium and iodine (typical UK/EU)',
    name: 'Soya drink, fortified with iodine (typical UK/EU)',
    nutrients: foodValues({
      energy: 39,
      protein: 3.3,
      fat: 2.2,
      carbohydrate: 0,
      fiber: 0.6,
      ...EU_IODINE,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}, plus iodine 22.5 µg per 100 ml as on UK soya drinks that add it.`,
  },
  {
    slug: 'soya-drink-organic-calcium-eu',
    kind: 'food',
    description:
      'Soya drink (soy milk), organic, with calcium from seaweed, no added vitamins (EU)',
    name: 'Soya drink, organic, calcium only, no B12 (EU)',
    nutrients: foodValues(
      {
        energy: 40,
        protein: 3.6,
        fat: 2.1,
        carbohydrate: 0.9,
        fiber: 0.6,
        calcium: 120,
        b12: 0,
        b12Added: 0,
        vitaminD: 0,
      },
      false,
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: soya, water and calcified seaweed (Lithothamnium).',
    extraNote: 'No B12 or vitamin D: EU organic rules do not allow adding vitamins.',
    source:
      'Typical EU organic soya drink label: calcium 120 mg per 100 ml from Lithothamnium, no ' +
      'added vitamins (Regulation (EU) 2018/848).',
  },
  {
    slug: 'soy-milk-fortified-us',
    kind: 'food',
    description: 'Soymilk (soy milk), original, fortified with B12, D, calcium (typical US)',
    name: 'Soy milk, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 110,
        protein: 8,
        fat: 4.5,
        carbohydrate: 9,
        fiber: 2,
        calcium: 450,
        vitaminD: 3,
        b12: 3,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${US_LEVELS}: 110 kcal, protein 8 g, fat 4.5 g, carbohydrate 9 g, fibre 2 g, calcium 450 mg (35 % DV), vitamin D 3 µg (15 % DV), B12 3 µg (125 % DV).`,
  },
  {
    slug: 'soy-milk-unsweetened-fortified-us',
    kind: 'food',
    description: 'Soymilk (soy milk), unsweetened, fortified with B12, D, calcium (typical US)',
    name: 'Soy milk, unsweetened, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 80,
        protein: 7,
        fat: 4,
        carbohydrate: 3,
        fiber: 1,
        calcium: 300,
        vitaminD: 3,
        b12: 3,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${US_LEVELS}: 80 kcal, protein 7 g, fat 4 g, carbohydrate 3 g, fibre 1 g, calcium 300 mg (25 % DV), vitamin D 3 µg (15 % DV), B12 3 µg (125 % DV).`,
  },
  // --- Almond, pea, rice, coconut drinks --------------------------------------------------------
  {
    slug: 'almond-drink-unsweetened-fortified-eu',
    kind: 'food',
    description:
      'Almond drink (plant milk), unsweetened, fortified with B12, D, calcium (typical EU)',
    name: 'Almond drink, unsweetened, fortified (typical EU)',
    nutrients: foodValues({
      energy: 13,
      protein: 0.4,
      fat: 1.1,
      carbohydrate: 0,
      fiber: 0.4,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients as on typical unsweetened almond drinks.`,
  },
  {
    slug: 'almond-milk-unsweetened-fortified-us',
    kind: 'food',
    description:
      'Almond drink (almond milk), unsweetened, fortified with B12, D, calcium (typical US)',
    name: 'Almond milk, unsweetened, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 30,
        protein: 1,
        fat: 2.5,
        carbohydrate: 1,
        fiber: 0.5,
        calcium: 450,
        vitaminD: 2.5,
        b12: 1.2,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    extraNote: 'Not every US almond milk adds B12: check the label.',
    source: `${US_LEVELS}: 30 kcal, protein 1 g, fat 2.5 g, carbohydrate 1 g, calcium 450 mg (35 % DV), vitamin D 2.5 µg (10 % DV), B12 1.2 µg (50 % DV) where added.`,
  },
  {
    slug: 'pea-drink-fortified-eu',
    kind: 'food',
    description: 'Pea protein drink (plant milk), fortified with B12, D, calcium (typical EU)',
    name: 'Pea drink, fortified (typical EU)',
    nutrients: foodValues({
      energy: 37,
      protein: 2.2,
      fat: 1.6,
      carbohydrate: 3.1,
      fiber: 0.3,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients as on typical EU pea drinks.`,
  },
  {
    slug: 'pea-milk-fortified-us',
    kind: 'food',
    description:
      'Pea protein drink (pea milk), unsweetened, fortified with B12, D, calcium (typical US)',
    name: 'Pea milk, unsweetened, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 80,
        protein: 8,
        fat: 4.5,
        carbohydrate: 0,
        fiber: 0,
        calcium: 440,
        vitaminD: 3,
        b12: 1.2,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${US_LEVELS}: 80 kcal, protein 8 g, fat 4.5 g, carbohydrate 0 g, calcium 440 mg (35 % DV), vitamin D 3 µg (15 % DV), B12 1.2 µg (50 % DV).`,
  },
  {
    slug: 'rice-drink-fortified-eu',
    kind: 'food',
    description: 'Rice drink (plant milk), fortified with B12, D, calcium (typical EU)',
    name: 'Rice drink, fortified (typical EU)',
    nutrients: foodValues({
      energy: 47,
      protein: 0.1,
      fat: 1,
      carbohydrate: 9.4,
      fiber: 0.1,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    extraNote:
      'Not as a main drink for children under 5 (UK Food Standards Agency: arsenic in rice drinks).',
    source: `${EU_LEVELS}; energy and macronutrients as on typical rice drinks.`,
  },
  {
    slug: 'rice-milk-fortified-us',
    kind: 'food',
    description: 'Rice drink (rice milk), fortified with B12, D, calcium (typical US)',
    name: 'Rice milk, fortified (typical US)',
    nutrients: foodValues(
      perCup({
        energy: 120,
        protein: 0.7,
        fat: 2.5,
        carbohydrate: 23,
        fiber: 0.7,
        calcium: 300,
        vitaminD: 2.4,
        b12: 1.5,
      }),
    ),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    extraNote: 'Not as a main drink for young children (arsenic in rice drinks).',
    source: `${US_LEVELS}: 120 kcal, protein 0.7 g, fat 2.5 g, carbohydrate 23 g, calcium 300 mg (25 % DV), vitamin D 2.4 µg (10 % DV), B12 1.5 µg (60 % DV).`,
  },
  {
    slug: 'coconut-drink-fortified-eu',
    kind: 'food',
    description: 'Coconut drink (plant milk), fortified with B12, D, calcium (typical EU)',
    name: 'Coconut drink, fortified (typical EU)',
    nutrients: foodValues({
      energy: 20,
      protein: 0.1,
      fat: 0.9,
      carbohydrate: 2.7,
      fiber: 0.1,
      ...EU_FORTIFICATION,
    }),
    portions: DRINK_PORTIONS,
    diet: VEGAN,
    dietReason: PLANT_DRINK_DIET,
    source: `${EU_LEVELS}; energy and macronutrients as on typical coconut drinks.`,
  },
  // --- Yogurt alternatives ----------------------------------------------------------------------
  {
    slug: 'soya-yogurt-plain-fortified-eu',
    kind: 'food',
    description:
      'Soya yogurt alternative (soy yogurt), plain, fortified with B12, D, calcium (typical EU)',
    name: 'Soy yogurt, plain, fortified (typical EU)',
    nutrients: foodValues({
      energy: 50,
      protein: 4,
      fat: 2.3,
      carbohydrate: 2.1,
      fiber: 1,
      ...EU_FORTIFICATION,
    }),
    portions: YOGURT_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: fermented soya with vegan cultures.',
    source: `${EU_LEVELS} (per 100 g); energy and macronutrients as on typical plain soya yogurt alternatives.`,
  },
  {
    slug: 'soya-yogurt-fruit-fortified-eu',
    kind: 'food',
    description:
      'Soya yogurt alternative (soy yogurt), fruit, fortified with B12, D, calcium (typical EU)',
    name: 'Soy yogurt, fruit, fortified (typical EU)',
    nutrients: foodValues({
      energy: 75,
      protein: 3.4,
      fat: 1.9,
      carbohydrate: 10.4,
      fiber: 0.9,
      ...EU_FORTIFICATION,
    }),
    portions: YOGURT_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: fermented soya with vegan cultures and fruit.',
    source: `${EU_LEVELS} (per 100 g); energy and macronutrients as on typical fruit soya yogurt alternatives.`,
  },
  {
    slug: 'oat-yogurt-plain-fortified-eu',
    kind: 'food',
    description:
      'Oat yogurt alternative (oat yogurt), plain, fortified with B12, D, calcium (typical EU)',
    name: 'Oat yogurt, plain, fortified (typical EU)',
    nutrients: foodValues({
      energy: 77,
      protein: 1.1,
      fat: 3.2,
      carbohydrate: 10.2,
      fiber: 1.1,
      ...EU_FORTIFICATION,
    }),
    portions: YOGURT_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: fermented oats with vegan cultures.',
    source: `${EU_LEVELS} (per 100 g); energy and macronutrients as on typical plain oat yogurt alternatives.`,
  },
  {
    slug: 'coconut-yogurt-fortified-eu',
    kind: 'food',
    description: 'Coconut yogurt alternative, plain, fortified with B12, D, calcium (typical EU)',
    name: 'Coconut yogurt, plain, fortified (typical EU)',
    nutrients: foodValues({
      energy: 65,
      protein: 0.5,
      fat: 4.5,
      carbohydrate: 5.2,
      fiber: 0.5,
      ...EU_FORTIFICATION,
    }),
    portions: YOGURT_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: fermented coconut with vegan cultures.',
    source: `${EU_LEVELS} (per 100 g); energy and macronutrients as on typical coconut yogurt alternatives.`,
  },
  // --- Spreads and yeast ------------------------------------------------------------------------
  {
    slug: 'plant-spread-fortified-d',
    kind: 'food',
    description:
      'Plant-based spread (about 60 % fat), vegan, fortified with vitamin D (typical UK/EU)',
    name: 'Plant-based spread, fortified with vitamin D',
    nutrients: foodValues({
      energy: 535,
      protein: 0,
      fat: 59,
      carbohydrate: 0,
      fiber: 0,
      vitaminD: 7.5,
    }),
    portions: SPREAD_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: vegetable oils and water; spreads labelled vegan add D2 or lichen D3.',
    extraNote: 'B12 is unknown: most spreads add none.',
    source:
      'Typical UK/EU vegan spread label: about 59 g fat and 535 kcal per 100 g, vitamin D 7.5 µg ' +
      'per 100 g (UK spreads are commonly fortified at this level).',
  },
  {
    slug: 'plant-spread-fortified-b12-d',
    kind: 'food',
    description: 'Plant-based spread, vegan, fortified with vitamins B12 and D (typical UK/EU)',
    name: 'Plant-based spread, fortified with B12 and D',
    nutrients: foodValues({
      energy: 535,
      protein: 0,
      fat: 59,
      carbohydrate: 0,
      fiber: 0,
      vitaminD: 7.5,
      b12: 2.5,
    }),
    portions: SPREAD_PORTIONS,
    diet: VEGAN,
    dietReason: 'Diet: vegetable oils and water; spreads labelled vegan add D2 or lichen D3.',
    source:
      'Illustrative label of a vegan spread that adds B12: vitamin D 7.5 µg and B12 2.5 µg per ' +
      '100 g (B12 at 100 % of the EU NRV per 100 g); not one product.',
  },
  {
    slug: 'yeast-extract-fortified-b12',
    kind: 'food',
    description: 'Yeast extract spread, fortified with vitamin B12 (typical UK)',
    name: 'Yeast extract spread, fortified with B12',
    nutrients: foodValues({
      energy: 260,
      protein: 39,
      fat: 0.1,
      carbohydrate: 24,
      b12: 15,
    }),
    portions: [
      { amount: 1, unit: 'thin spread', grams: 4 },
      { amount: 1, unit: 'tsp', grams: 6 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: yeast extract, salt and vegetable extract.',
    extraNote: 'Very salty: a thin spread is a serving.',
    source:
      'Typical UK yeast extract label: per 100 g 260 kcal, protein 39 g, carbohydrate 24 g, fat ' +
      '0.1 g, B12 15 µg (0.6 µg per 4 g serving, 24 % NRV). Folate and other vitamins vary.',
  },
  {
    slug: 'nutritional-yeast-fortified-high',
    kind: 'food',
    description:
      'Nutritional yeast flakes, fortified with vitamin B12, high (about 24 µg per ¼ cup)',
    name: 'Nutritional yeast flakes, fortified, high B12',
    nutrients: foodValues({
      energy: 400,
      protein: 53.3,
      fat: 3.3,
      carbohydrate: 33.3,
      fiber: 20,
      b12: 160,
    }),
    portions: [
      { amount: 0.25, unit: 'cup', grams: 15 },
      { amount: 1, unit: 'tbsp', grams: 4 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: inactive yeast grown on sugar (molasses); no animal ingredients.',
    source:
      'B12: NIH ODS Vitamin B12 fact sheet, Table 2: fortified nutritional yeast 8.3–24 µg per ' +
      '¼ cup depending on brand (reference §5); the high end, ¼ cup = 15 g → 160 µg/100 g. ' +
      'Energy and macronutrients as for cur:nutritional-yeast-fortified.',
  },
  {
    slug: 'nutritional-yeast-unfortified',
    kind: 'food',
    description: 'Nutritional yeast flakes, unfortified',
    name: 'Nutritional yeast flakes, unfortified',
    nutrients: foodValues(
      {
        energy: 380,
        protein: 50,
        fat: 4,
        carbohydrate: 36,
        fiber: 22,
        b12: 0,
        b12Added: 0,
      },
      false,
    ),
    portions: [
      { amount: 0.25, unit: 'cup', grams: 15 },
      { amount: 1, unit: 'tbsp', grams: 4 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: inactive yeast; no animal ingredients.',
    b12: { credited: false, reason: B12_REASONS.yeast },
    source:
      'Typical label of unfortified nutritional yeast (many EU flakes): no added B12; yeast ' +
      'itself makes none (reference §6 pitfall 1). Macronutrients as on typical labels.',
  },
  // --- Vitamin D -------------------------------------------------------------------------------
  ...[10, 25].map((micrograms): ProductSpec => ({
    slug: `vitamin-d2-${micrograms}ug`,
    kind: 'supplement',
    description: `Vitamin D2 supplement, ergocalciferol ${micrograms} µg (${micrograms * 40} IU), vegan tablet`,
    name: `Vitamin D2 ${micrograms} µg (${micrograms * 40} IU), vegan`,
    nutrients: supplementNutrients({ vitaminD: micrograms }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: 'Diet: vitamin D2 is made from yeast or mushrooms exposed to UV light.',
    source: `Common label strength: ${micrograms} µg = ${micrograms * 40} IU (1 µg = 40 IU).`,
  })),
  ...[10, 25, 50].map((micrograms): ProductSpec => ({
    slug: `vitamin-d3-lichen-${micrograms}ug`,
    kind: 'supplement',
    description: `Vitamin D3 supplement from lichen, cholecalciferol ${micrograms} µg (${micrograms * 40} IU), vegan`,
    name: `Vitamin D3 from lichen ${micrograms} µg (${micrograms * 40} IU), vegan`,
    nutrients: supplementNutrients({ vitaminD: micrograms }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: `Diet: D3 from lichen, not lanolin; vegan when the capsule is plant-based. ${TABLET_VEGAN}`,
    source: `Common label strength of vegan (lichen) D3: ${micrograms} µg = ${micrograms * 40} IU.`,
  })),
  // --- Algae omega-3 ---------------------------------------------------------------------------
  {
    slug: 'algae-oil-capsule-vegan',
    kind: 'supplement',
    description:
      'Algae (algal) oil omega-3 supplement, DHA 250 mg + EPA 125 mg, vegan capsule (plant-based shell)',
    name: 'Algae omega-3 capsule, vegan (250 mg DHA, 125 mg EPA)',
    nutrients: supplementNutrients({ dha: 0.25, epa: 0.125 }, { oil: true }),
    portions: unitPortion('capsule'),
    diet: VEGAN,
    dietReason:
      'Diet: algal oil in a capsule stated plant-based (carrageenan or starch), so vegan.',
    source:
      'reference/nutrition.md §5: algal oils are labelled per capsule, typically 100–300 mg DHA, ' +
      'sometimes with EPA (product-specific); 250 mg DHA + 125 mg EPA assumed. Fat unknown.',
  },
  {
    slug: 'algae-oil-capsule-vegan-high',
    kind: 'supplement',
    description:
      'Algae (algal) oil omega-3 supplement, DHA 400 mg + EPA 200 mg, vegan capsule (plant-based shell)',
    name: 'Algae omega-3 capsule, vegan, high strength (400 mg DHA, 200 mg EPA)',
    nutrients: supplementNutrients({ dha: 0.4, epa: 0.2 }, { oil: true }),
    portions: unitPortion('capsule'),
    diet: VEGAN,
    dietReason:
      'Diet: algal oil in a capsule stated plant-based (carrageenan or starch), so vegan.',
    source:
      'Typical label of a high-strength vegan algal oil: 400 mg DHA + 200 mg EPA per capsule ' +
      '(product-specific). Fat unknown.',
  },
  {
    slug: 'algae-oil-liquid',
    kind: 'food',
    description: 'Algae (algal) omega-3 oil, liquid, DHA 1,000 mg + EPA 500 mg per teaspoon (5 ml)',
    name: 'Algae omega-3 oil, liquid (per tsp 1 g DHA, 0.5 g EPA)',
    nutrients: foodValues({
      energy: 900,
      fat: 100,
      protein: 0,
      carbohydrate: 0,
      fiber: 0,
      dha: 21.7,
      epa: 10.9,
      b12: 0,
      b12Added: 0,
    }),
    portions: [{ amount: 1, unit: 'tsp', grams: 4.6 }],
    diet: VEGAN,
    dietReason: 'Diet: oil from microalgae (Schizochytrium) with plant antioxidants.',
    source:
      'Typical label of liquid algal oil: 1,000 mg DHA and 500 mg EPA per 5 ml; 5 ml of oil ' +
      'weighs about 4.6 g → DHA 21.7 g and EPA 10.9 g per 100 g; fat 100 g, 900 kcal.',
  },
  // --- Iodine and selenium ---------------------------------------------------------------------
  {
    slug: 'iodine-potassium-iodide-150ug',
    kind: 'supplement',
    description: 'Iodine supplement, potassium iodide, 150 µg iodine, tablet',
    name: 'Iodine 150 µg tablet (potassium iodide)',
    nutrients: supplementNutrients({ iodine: 150 }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: `Diet: a mineral salt. ${TABLET_VEGAN}`,
    source:
      'Common label strength: 150 µg iodine (the adult RDA, reference §1a; NIH ODS Iodine fact ' +
      'sheet: supplements usually hold potassium iodide or sodium iodide).',
  },
  {
    slug: 'iodine-kelp-150ug',
    kind: 'supplement',
    description: 'Kelp supplement, labelled 150 µg iodine, tablet',
    name: 'Kelp tablet (labelled 150 µg iodine)',
    nutrients: supplementNutrients({ iodine: 150 }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: 'Diet: dried seaweed; vegan as a plain tablet.',
    extraNote:
      'Kelp tablets can hold much more or less iodine than their label says; a potassium iodide ' +
      'tablet is more predictable (NIH ODS Iodine fact sheet).',
    source:
      'Common label strength of kelp tablets: 150 µg iodine. Teas et al. 2004 (Thyroid 14:836) ' +
      'found the iodine of kelp products far from their labels.',
  },
  {
    slug: 'selenium-100ug',
    kind: 'supplement',
    description: 'Selenium supplement, L-selenomethionine, 100 µg selenium, tablet',
    name: 'Selenium 100 µg tablet (selenomethionine)',
    nutrients: supplementNutrients({ selenium: 100 }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: `Diet: selenomethionine from yeast; no animal ingredients. ${TABLET_VEGAN}`,
    source:
      'Common label strength: 100 µg selenium. The adult RDA is 55 µg (IOM 2000 p. 306), the ' +
      'EFSA AI 70 µg (EFSA 2014).',
  },
  {
    slug: 'selenium-200ug',
    kind: 'supplement',
    description: 'Selenium supplement, L-selenomethionine, 200 µg selenium, tablet',
    name: 'Selenium 200 µg tablet (selenomethionine)',
    nutrients: supplementNutrients({ selenium: 200 }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: `Diet: selenomethionine from yeast; no animal ingredients. ${TABLET_VEGAN}`,
    extraNote: 'With food selenium this can pass the EFSA upper limit of 255 µg a day (EFSA 2023).',
    source: 'Common US label strength: 200 µg selenium (UL 400 µg US/Canada, 255 µg EFSA 2023).',
  },
  {
    slug: 'vegan-multivitamin-mineral',
    kind: 'supplement',
    description:
      'Vegan multivitamin and mineral supplement: B12 25 µg, vitamin D3 (lichen) 20 µg, iodine ' +
      '150 µg, selenium 55 µg, folic acid 200 µg, zinc 10 mg, tablet',
    name: 'Vegan multivitamin-mineral (B12, D3, iodine, selenium, zinc)',
    nutrients: supplementNutrients({
      b12: 25,
      vitaminD: 20,
      iodine: 150,
      selenium: 55,
      folicAcid: 200,
      zinc: 10,
    }),
    portions: unitPortion('tablet'),
    diet: VEGAN,
    dietReason: `Diet: vegan formula (lichen D3, no gelatin or lanolin). ${TABLET_VEGAN}`,
    source:
      'Illustrative vegan multivitamin of the kind vegan societies recommend: the nutrients a ' +
      'vegan diet may lack (B12, D, iodine, selenium, zinc), not one product; iron, calcium and ' +
      'magnesium are unknown (formulas differ).',
  },
  // --- Iodised salt ----------------------------------------------------------------------------
  {
    slug: 'salt-iodized-us',
    kind: 'food',
    description: 'Salt, table, iodized (US, 45 µg iodine per g)',
    name: 'Iodized salt (US)',
    nutrients: foodValues({
      energy: 0,
      protein: 0,
      fat: 0,
      carbohydrate: 0,
      fiber: 0,
      iodine: 4500,
      b12: 0,
      b12Added: 0,
    }),
    portions: [
      { amount: 0.25, unit: 'tsp', grams: 1.5 },
      { amount: 1, unit: 'pinch', grams: 0.4 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: mineral.',
    extraNote:
      'Salt in processed food is usually not iodized. Keep total salt under 5 g a day (WHO).',
    source:
      'NIH ODS Iodine fact sheet: iodized salt in the United States contains 45 µg iodine per g ' +
      '(¼ tsp ≈ 1.5 g ≈ 68–78 µg), UNVERIFIED against the live page.',
  },
  {
    slug: 'salt-iodised-eu',
    kind: 'food',
    description: 'Salt, table, iodised (EU typical, 20 µg iodine per g)',
    name: 'Iodised salt (EU typical)',
    nutrients: foodValues({
      energy: 0,
      protein: 0,
      fat: 0,
      carbohydrate: 0,
      fiber: 0,
      iodine: 2000,
      b12: 0,
      b12Added: 0,
    }),
    portions: [
      { amount: 0.25, unit: 'tsp', grams: 1.5 },
      { amount: 1, unit: 'pinch', grams: 0.4 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: mineral.',
    extraNote:
      'Iodisation differs by country (about 15–40 µg per g). Keep total salt under 5 g a day.',
    source:
      'Typical EU iodised table salt: 15–25 mg iodine per kg (Germany) up to 20–40 mg/kg (WHO ' +
      'recommendation for salt iodisation); 20 mg/kg = 2,000 µg/100 g is used.',
  },
];

export function fortifiedProducts(): Food[] {
  return PRODUCTS.map((spec) =>
    curatedFood({
      ...spec,
      portions: [...spec.portions],
      b12: spec.b12 ?? CREDITED,
      note: [CURATED_NOTE, spec.dietReason, spec.extraNote].filter(Boolean).join(' '),
      citation: spec.source,
    }),
  );
}
