/**
 * What kind of food a food is, for suggestions: an everyday staple or a rarity, branded, sweet,
 * junk, specialty or processed, an ingredient rather than a food, eaten by the teaspoon; which
 * family it belongs to (so a list shows one soy milk, not five); and its household measures.
 * Worked out once per food object and cached, so ranking ~8,400 foods stays fast.
 *
 * Every weight is Cobalt's choice, not a nutrition figure: what a dietitian would add first is an
 * everyday food (suggestion-staples.ts) in its plain form, not a branded product, energy drink,
 * sweet, snack, fast food, meal replacement or medical product.
 */
import { measuresOf, type Measure } from './suggestion-portions';
import { isEveryday } from './suggestion-staples';
import type { NutrientId } from '../base/nutrients';
import type { Food } from '../schemas/food';

export interface FoodTraits {
  /** Score points for the kind of food (0 for a plain everyday food). */
  readonly kindPenalty: number;
  /** Most grams a day that is a sensible amount of this kind of food, or null for no such cap. */
  readonly dailyCapGrams: number | null;
  /** Diversity keys (suggestion-ranking.ts): family "bean|black", head "bean", and food group. */
  readonly family: string;
  readonly head: string;
  /** The SR28 food group, or "SUPP" for supplements; null for other codes (custom foods). */
  readonly group: string | null;
  readonly measures: readonly Measure[];
}

/** Score points by kind of food (see the file comment). */
export const KIND_PENALTY = {
  /** Not an everyday food: a rarity (lemon grass, morels), offal, roe, or a product named by brand. */
  uncommon: 1.5,
  /** A brand in capitals ("KELLOGG'S", "THE COCA-COLA COMPANY"). */
  brand: 1.5,
  /** Sweetened or flavoured with sugar or chocolate: the plain food is better. */
  sweetened: 1,
  /** Energy and soft drinks, sweets, snacks, fast and restaurant food. */
  junk: 5,
  /** Meal replacements, protein powders, nutrition shakes, infant and medical products. */
  specialty: 4,
  /** Soups, sauces, sausages, baked goods, ready meals; breaded, fried or barbecue products. */
  processed: 1.5,
  /** Spices and seaweed: eaten by the pinch, not to fill a gap. */
  condiment: 2.5,
  /** Dry legumes and raw grains, weighed before cooking: the cooked food is the one to add. */
  notReadyToEat: 2.5,
  /** Raw meat, fish, shellfish and eggs: the cooked form is the one people eat. */
  rawAnimal: 2.5,
  /** Raw vegetables: a cooked form of the same vegetable ranks first when it does as well. */
  rawVegetable: 0.3,
  /** An ingredient: flour, protein isolate, powder, starch, dried milk or egg, concentrate. */
  ingredient: 2,
  /** American Indian/Alaska Native traditional foods (SR28 group 3500): hard to buy elsewhere. */
  regional: 1.5,
  /** Foods first: a supplement ranks behind a food that does as well. */
  supplement: 1,
  /** A multivitamin for one gap: a single-nutrient product is the targeted fix. */
  multiNutrient: 0.3,
} as const;

/** Nutrients a supplement is bought for; one with three or more is a multi-nutrient product. */
const MICRONUTRIENTS: readonly NutrientId[] = [
  'b12',
  'folicAcid',
  'b6',
  'magnesium',
  'epa',
  'dha',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
  'iodine',
  'selenium',
];

/** Cobalt's sensible daily amounts for foods eaten in small quantities. */
const DAILY_CAP_GRAMS = {
  /** Spices and dried herbs: a teaspoon or two. */
  spice: 5,
  /** Seaweed: a sprinkle or a small side (iodine-rich, and its iodine varies a hundredfold). */
  seaweed: 15,
  /**
   * Salt, iodised or not: ¼ teaspoon. WHO advises under 5 g of salt a day, and most of it already
   * comes from bread and prepared food, so a suggestion adds no more than this.
   */
  salt: 1.5,
  /** Spreads (margarine, yeast extract): a thin spread on two slices of bread. */
  spread: 10,
  /** Oils: two tablespoons. */
  oil: 30,
  /** Nutritional yeast: a quarter cup, seasoning rather than a main food. */
  yeast: 15,
} as const;

/** Words in capitals that are not brands. */
const NOT_BRANDS = new Set(['USDA', 'USA', 'NFS', 'NS', 'BBQ', 'RTE', 'RTD', 'II', 'III']);
const CAPITAL_WORD = /\b[A-Z][A-Z'&.-]{2,}\b/g;

const JUNK =
  /energy drink|soft drink|carbonated|\bcola\b|sports drink|vitamin water|powerade|gatorade|propel|fruit punch|juice drink|lemonade|smoothie|restaurant|fast food|\bshake\b|candies|candy|cookie|pastr|doughnut|toaster|\bpie\b|cake|pop-tarts/i;
const SWEETENED = /\bsweetened\b|chocolate|syrup|candied|with added sugar|frosted|honey/i;
const SPECIALTY =
  /meal replacement|meal supplement|nutritional (supplement|shake)|protein (powder|supplement|shake)|formulated bar|slimfast|slim-fast|ensure|glucerna|weight control|infant|toddler|medical/i;
const PROCESSED =
  /meatless|breaded|battered|\bfried\b|sauteed|barbecue|ranch style|with pork|with franks/i;
const OFFAL =
  /variety meats|by-products|giblets|\bliver\b|\bkidneys?\b|\bheart\b|\bbrain|chitterlings|\bfeet\b|caviar|\broe\b/i;
const NOT_READY = /mature seeds, raw|\bdry\b|\bunprepared\b|\buncooked\b/i;
const RAW = /, raw\b/i;
const INGREDIENT =
  /liquid from|\bflour\b|\bisolate\b|powder|\bstarch\b|\bgluten\b|undiluted|dehydrated|milk, dry|dry milk|evaporated|condensed/i;
const DRIED = /\bdried\b|\bdry\b/i;
const SEAWEED = /^seaweed/i;
const SALT = /^salt\b/i;
const SPREAD = /\bspreads?\b|^margarine/i;
const OIL = /^oil\b/i;
const YEAST = /^(nutritional )?yeast\b|^leavening agents, yeast/i;

/** SR28 food groups (FdGrp_Cd). */
const GROUP = {
  dairyAndEgg: '0100',
  spices: '0200',
  fatsAndOils: '0400',
  vegetables: '1100',
  legumes: '1600',
  grains: '2000',
  regional: '3500',
} as const;
const SR28_GROUP = /^(0[1-9]|[1-3]\d)00$/;
const JUNK_GROUPS = new Set(['1900', '2100', '2500', '3600']); // sweets, fast food, snacks, restaurant
/** Poultry, dairy and egg, pork, fish and shellfish, beef, lamb/veal/game, regional foods. */
const ANIMAL_GROUPS = new Set(['0100', '0500', '1000', '1300', '1500', '1700', '3500']);
const PROCESSED_GROUPS = new Set(['0600', '0700', '1800', '2200']); // soups, sausages, baked, meals

/** Heads so broad that the second part of the description names the food ("Beans, black"). */
const GENERIC_HEADS = new Set(
  (
    'beverages|cereals ready-to-eat|cereals|seeds|nuts|beans|snacks|candies|fast foods|spices|oil|' +
    'fish|cheese|soup|sauce|formulated bar|crackers|cookies|bread|rolls|cake|restaurant|peas|' +
    'mollusks|crustaceans|game meat|seaweed|mushrooms|lettuce|cabbage|squash|peppers|juice|' +
    'beef|pork|lamb|veal|chicken|turkey|egg|milk|yogurt|vegetable juice|fruit juice smoothie'
  ).split('|'),
);

/** True for an SR28 description naming a brand or company in capitals. */
export function isBranded(food: Food): boolean {
  if (food.source !== 'sr28') return false;
  for (const match of food.description.matchAll(CAPITAL_WORD)) {
    if (!NOT_BRANDS.has(match[0])) return true;
  }
  return /\bcompany\b|\binc\b/i.test(food.description);
}

function kindPenalty(food: Food, keys: { head: string; family: string }): number {
  if (food.kind !== 'food') {
    const supplied = MICRONUTRIENTS.filter((id) => (food.nutrients[id] ?? 0) > 0).length;
    return KIND_PENALTY.supplement + (supplied >= 3 ? KIND_PENALTY.multiNutrient : 0);
  }
  // A custom food is one the person buys and eats.
  if (food.source === 'custom') return 0;
  const text = food.description;
  let points = isBranded(food) ? KIND_PENALTY.brand : 0;
  if (!isEveryday(keys.head, keys.family) || OFFAL.test(text)) points += KIND_PENALTY.uncommon;
  if (SWEETENED.test(text)) points += KIND_PENALTY.sweetened;
  if (JUNK_GROUPS.has(food.group) || JUNK.test(text)) points += KIND_PENALTY.junk;
  else if (SPECIALTY.test(text)) points += KIND_PENALTY.specialty;
  else if (PROCESSED_GROUPS.has(food.group) || PROCESSED.test(text))
    points += KIND_PENALTY.processed;
  if (food.group === GROUP.spices || SEAWEED.test(text)) points += KIND_PENALTY.condiment;
  const grain = food.group === GROUP.grains;
  if (
    (grain || food.group === GROUP.legumes) &&
    (NOT_READY.test(text) || (grain && RAW.test(text)))
  )
    points += KIND_PENALTY.notReadyToEat;
  if (RAW.test(text) && ANIMAL_GROUPS.has(food.group)) points += KIND_PENALTY.rawAnimal;
  else if (RAW.test(text) && food.group === GROUP.vegetables) points += KIND_PENALTY.rawVegetable;
  if (INGREDIENT.test(text) || (food.group === GROUP.dairyAndEgg && DRIED.test(text)))
    points += KIND_PENALTY.ingredient;
  if (food.group === GROUP.regional) points += KIND_PENALTY.regional;
  return points;
}

function dailyCap(food: Food): number | null {
  if (food.kind !== 'food') return null;
  if (SALT.test(food.description)) return DAILY_CAP_GRAMS.salt;
  if (SPREAD.test(food.description)) return DAILY_CAP_GRAMS.spread;
  if (food.group === GROUP.spices) return DAILY_CAP_GRAMS.spice;
  if (SEAWEED.test(food.description)) return DAILY_CAP_GRAMS.seaweed;
  if (food.group === GROUP.fatsAndOils && OIL.test(food.description)) return DAILY_CAP_GRAMS.oil;
  if (YEAST.test(food.description)) return DAILY_CAP_GRAMS.yeast;
  return null;
}

function familyKeys(food: Food): { family: string; head: string } {
  if (food.kind !== 'food') {
    // Strengths of one product line are one family: "B12 (cyanocobalamin) 25 µg tablet".
    const family = food.name
      .toLowerCase()
      .replace(/[\d.,]+\s*(µg|mg|g|iu)?/g, '')
      .replace(/\s+/g, ' ');
    return { family, head: family.split(/[\s(]/)[0] ?? family };
  }
  const parts = food.description
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  const head = parts[0] ?? food.id;
  if (!GENERIC_HEADS.has(head)) return { family: head, head };
  const second = (parts[1] ?? '').split(/\s/)[0]?.replace(/'s$/, '') ?? '';
  return { family: `${head}|${second}`, head };
}

/** "Mushroom, white" and "Mushrooms, brown" are one head. */
function singular(key: string): string {
  return key.replace(/s\b/g, '');
}

const CACHE = new WeakMap<Food, FoodTraits>();

/** The food's traits if they have been worked out already. */
export function knownTraits(food: Food): FoodTraits | undefined {
  return CACHE.get(food);
}

/** The food's traits, worked out once per food object. */
export function traitsOf(food: Food): FoodTraits {
  let traits = CACHE.get(food);
  if (traits === undefined) {
    const keys = familyKeys(food);
    traits = {
      kindPenalty: kindPenalty(food, keys),
      dailyCapGrams: dailyCap(food),
      family: singular(keys.family),
      head: singular(keys.head),
      group: food.kind !== 'food' ? 'SUPP' : SR28_GROUP.test(food.group) ? food.group : null,
      measures: measuresOf(food),
    };
    CACHE.set(food, traits);
  }
  return traits;
}
