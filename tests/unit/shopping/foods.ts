/** Foods with their real SR28 portions (WEIGHT table), for the shopping-list tests. */
import { makeFood } from '../../helpers/foods';
import type { Food } from '@shared/schemas/food';

export const EGG = makeFood('sr:01123', {
  name: 'Egg, whole, raw, fresh',
  description: 'Egg, whole, raw, fresh',
  group: '0100',
  groupName: 'Dairy and Egg Products',
  portions: [
    { amount: 1, unit: 'large', grams: 50 },
    { amount: 1, unit: 'extra large', grams: 56 },
    { amount: 1, unit: 'cup (4.86 large eggs)', grams: 243 },
    { amount: 1, unit: 'medium', grams: 44 },
  ],
});

export const SOY_MILK = makeFood('sr:16120', {
  name: 'Soymilk, original and vanilla, unfortified',
  description: 'Soymilk, original and vanilla, unfortified',
  group: '1600',
  groupName: 'Legumes and Legume Products',
  portions: [
    { amount: 1, unit: 'cup', grams: 243 },
    { amount: 1, unit: 'fl oz', grams: 30.6 },
  ],
});

export const TOFU = makeFood('sr:16426', {
  name: 'Tofu, raw, firm, prepared with calcium sulfate',
  description: 'Tofu, raw, firm, prepared with calcium sulfate',
  group: '1600',
  groupName: 'Legumes and Legume Products',
  portions: [
    { amount: 0.5, unit: 'cup', grams: 126 },
    { amount: 0.25, unit: 'block', grams: 81 },
  ],
});

export const APPLE = makeFood('sr:09003', {
  name: 'Apples, raw, with skin',
  description: 'Apples, raw, with skin',
  group: '0900',
  groupName: 'Fruits and Fruit Juices',
  portions: [
    { amount: 1, unit: 'cup, quartered or chopped', grams: 125 },
    { amount: 1, unit: 'large (3-1/4" dia)', grams: 223 },
    { amount: 1, unit: 'medium (3" dia)', grams: 182 },
    { amount: 1, unit: 'small (2-3/4" dia)', grams: 149 },
  ],
});

export const GARLIC = makeFood('sr:11215', {
  name: 'Garlic, raw',
  description: 'Garlic, raw',
  portions: [
    { amount: 1, unit: 'cup', grams: 136 },
    { amount: 1, unit: 'tsp', grams: 2.8 },
    { amount: 3, unit: 'cloves', grams: 9 },
  ],
});

export const BROCCOLI = makeFood('sr:11090', {
  name: 'Broccoli, raw',
  description: 'Broccoli, raw',
  portions: [
    { amount: 1, unit: 'cup chopped', grams: 91 },
    { amount: 1, unit: 'bunch', grams: 608 },
    { amount: 1, unit: 'spear (about 5" long)', grams: 31 },
    { amount: 1, unit: 'stalk', grams: 151 },
  ],
});

export const ALMONDS = makeFood('sr:12061', {
  name: 'Nuts, almonds',
  description: 'Nuts, almonds',
  group: '1200',
  groupName: 'Nut and Seed Products',
  portions: [
    { amount: 1, unit: 'cup, whole', grams: 143 },
    { amount: 1, unit: 'almond', grams: 1.2 },
  ],
});

export const OLIVE_OIL = makeFood('sr:04053', {
  name: 'Oil, olive, salad or cooking',
  description: 'Oil, olive, salad or cooking',
  group: '0400',
  groupName: 'Fats and Oils',
  portions: [
    { amount: 1, unit: 'tablespoon', grams: 13.5 },
    { amount: 1, unit: 'cup', grams: 216 },
  ],
});

export const RICE = makeFood('sr:20444', {
  name: 'Rice, white, long-grain, regular, raw, unenriched',
  description: 'Rice, white, long-grain, regular, raw, unenriched',
  group: '2000',
  groupName: 'Cereal Grains and Pasta',
  portions: [{ amount: 1, unit: 'cup', grams: 185 }],
});

export const B12_TABLET = makeFood('cur:cyanocobalamin-250ug', {
  kind: 'supplement',
  name: 'B12 (cyanocobalamin) 250 µg tablet',
  group: 'SUPP',
  groupName: 'Supplements and injections',
  portions: [{ amount: 1, unit: 'tablet', grams: 1 }],
  unitGrams: 1,
  // 250 µg per 1 g tablet, as per 100 g (the table's convention for supplements).
  nutrients: { b12: 25_000, b12Added: 25_000 },
});

export const MY_GRANOLA = makeFood('custom:granola-1', {
  name: 'Home granola',
  group: 'CUSTOM',
  groupName: 'My foods',
  portions: [{ amount: 1, unit: 'serving', grams: 60 }],
});

export const ALL_FOODS: readonly Food[] = [
  EGG,
  SOY_MILK,
  TOFU,
  APPLE,
  GARLIC,
  BROCCOLI,
  ALMONDS,
  OLIVE_OIL,
  RICE,
  B12_TABLET,
  MY_GRANOLA,
];

const BY_ID = new Map(ALL_FOODS.map((f) => [f.id, f]));
export const lookup = (id: string): Food | undefined => BY_ID.get(id);
