/**
 * A realistic serving of a food, for bounding what suggestions and the optimizer propose: the
 * reference amount customarily consumed (RACC) of its kind of food, from the US FDA's table of
 * reference amounts (21 CFR 101.12(b), Table 2, as revised in 2016, 81 FR 34000), matched by SR28
 * food group and description. Breakfast cereals are classed by their weight per cup, read from the
 * food's own USDA portions, as the regulation does (under 20 g a cup: 15 g; 20–43 g: 40 g; 43 g or
 * more: 60 g).
 *
 * How many reference amounts one addition or one day may hold is Cobalt's choice (below), so a
 * gap is never closed with 6 cups of puffed wheat or 2 cups of canned cherries.
 */
import type { Food } from '../schemas/food';

/** At most this many reference amounts in one addition (suggestions), Cobalt's choice. */
export const RACC_PER_SERVING = 1.5;
/** At most this many reference amounts of one food a day (the optimizer), Cobalt's choice. */
export const RACC_PER_DAY = 2;

interface RaccRow {
  readonly groups?: readonly string[];
  readonly description: RegExp;
  /** Reference amount, grams (ml taken as g for drinks). */
  readonly grams: number;
}

/**
 * Reference amounts (21 CFR 101.12(b) Table 2). The first matching row wins; `GROUP_DEFAULT` is
 * used when none matches.
 */
const ROWS: readonly RaccRow[] = [
  // Dairy and egg (0100)
  { groups: ['0100'], description: /^egg\b/i, grams: 50 },
  { groups: ['0100'], description: /^cheese, (cottage|ricotta)/i, grams: 110 },
  { groups: ['0100'], description: /^cheese\b/i, grams: 30 },
  { groups: ['0100'], description: /^yogurt/i, grams: 170 },
  { groups: ['0100'], description: /^(milk|buttermilk|kefir)\b/i, grams: 240 },
  { groups: ['0100'], description: /cream|^butter/i, grams: 30 },
  // Drinks: milks and plant milks, juices 240 ml; other beverages 360 ml (12 fl oz)
  {
    description:
      /soymilk|almond milk|rice milk|oat milk|\b(almond|rice|oat|coconut)\b.*milk|^beverages, (almond|rice|oat|coconut)/i,
    grams: 240,
  },
  { description: /\bjuice\b|\bnectar\b/i, grams: 240 },
  // Breakfast cereals: hot cereals prepared 1 cup, dry 40 g; RTE by weight per cup (below)
  { groups: ['0800'], description: /prepared with|cooked/i, grams: 240 },
  // Fruit: dried 40 g, otherwise 140 g (fresh, canned or frozen)
  { groups: ['0900'], description: /\bdried\b|\braisins\b|\bdates\b|dehydrated/i, grams: 40 },
  // Vegetables: potatoes 110 g; canned 130 g; otherwise 85 g
  { groups: ['1100'], description: /^potato/i, grams: 110 },
  { groups: ['1100'], description: /\bcanned\b/i, grams: 130 },
  // Nuts and seeds 30 g; butters 32 g (2 tbsp)
  { groups: ['1200', '1600'], description: /butter\b/i, grams: 32 },
  { groups: ['1600'], description: /^peanuts\b/i, grams: 30 },
  // Legumes: tofu 85 g; soymilk above; dry 35 g; cooked or canned 130 g
  { groups: ['1600'], description: /^tofu|tempeh/i, grams: 85 },
  { groups: ['1600'], description: /mature seeds, raw|\bdry\b|\bflour\b/i, grams: 35 },
  // Grains: cooked rice, pasta 140 g; dry or flour 45 g
  { groups: ['2000'], description: /\bcooked\b/i, grams: 140 },
  // Meat, poultry, fish: 85 g cooked, 114 g raw (entrées without sauce)
  { groups: ['0500', '1000', '1300', '1500', '1700', '3500'], description: /\braw\b/i, grams: 114 },
  // Baked goods: bread 50 g; crackers 30 g
  { groups: ['1800'], description: /^crackers|^cookies/i, grams: 30 },
];

const GROUP_DEFAULT: Readonly<Record<string, number>> = {
  '0100': 110,
  '0200': 2, // spices (0.5–2 g)
  '0400': 15, // oils and fats, 1 tbsp
  '0500': 85,
  '0600': 245, // soups
  '0700': 55, // sausages and luncheon meats
  '0900': 140,
  '1000': 85,
  '1100': 85,
  '1200': 30,
  '1300': 85,
  '1400': 360,
  '1500': 85,
  '1600': 130,
  '1700': 85,
  '1800': 50,
  '1900': 30,
  '2000': 45,
  '2100': 250,
  '2200': 250,
  '2500': 30,
  '3500': 85,
  '3600': 250,
};

/** RTE cereal reference amounts by grams per cup (21 CFR 101.12(b), 2016). */
function cerealRacc(food: Food): number {
  const cup = food.portions.find((p) => /^cups?\b/i.test(p.unit));
  if (cup === undefined) return 40;
  const perCup = cup.grams / cup.amount;
  return perCup < 20 ? 15 : perCup < 43 ? 40 : 60;
}

/**
 * The reference amount of the food, grams; null for supplements and for foods that are not from
 * the USDA table (curated rows carry their own portions, custom foods are the user's own).
 */
export function referenceAmountGrams(food: Food): number | null {
  if (food.kind !== 'food' || food.source !== 'sr28') return null;
  const text = food.description;
  for (const row of ROWS) {
    if (row.groups !== undefined && !row.groups.includes(food.group)) continue;
    if (row.description.test(text)) return row.grams;
  }
  if (food.group === '0800') return cerealRacc(food);
  return GROUP_DEFAULT[food.group] ?? null;
}

const CACHE = new WeakMap<Food, number | null>();

function cached(food: Food): number | null {
  if (CACHE.has(food)) return CACHE.get(food) ?? null;
  const value = referenceAmountGrams(food);
  CACHE.set(food, value);
  return value;
}

/** Most grams of the food in one addition, or null for no bound (supplements, custom foods). */
export function servingCapGrams(food: Food): number | null {
  const racc = cached(food);
  return racc === null ? null : racc * RACC_PER_SERVING;
}

/** Most grams of the food a day, or null for no bound. */
export function dailyCapGramsFor(food: Food): number | null {
  const racc = cached(food);
  return racc === null ? null : racc * RACC_PER_DAY;
}
