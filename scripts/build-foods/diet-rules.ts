/**
 * Derives vegan / vegetarian (lacto-ovo) / pescatarian status for SR28 foods.
 *
 * A food is described by three facts, each yes / no / unknown:
 *   meat   — flesh, fat, broth or gelatin of land animals or marine mammals (incl. lard, suet);
 *   fish   — fish and shellfish, incl. anchovy in Worcestershire sauce, fish and oyster sauce;
 *   animal — other animal products a vegetarian eats: milk, cheese, butter, cream, egg, honey.
 * Statuses follow from the facts: vegan needs all three "no"; vegetarian needs meat and fish "no";
 * pescatarian needs meat "no". Any "yes" in a needed fact gives "no"; otherwise "unknown".
 *
 * Sources of facts, weakest first: the food group's default and context rules
 * (diet-context-rules.ts), ingredient words in the USDA description (diet-words.ts), natural B12
 * in prepared dishes, LanguaL factors (SR28 LANGUAL.txt) and finally the reviewed overrides in
 * diet-overrides.ts (applied by the caller).
 * Conservative: a processed or mixed food stays unknown unless the data says otherwise.
 */
import type { DietFlags, DietStatus } from '@shared/schemas/food';
import { UNKNOWN, type DietFacts, type Fact } from './diet-facts';
import { CONTEXT_RULES, GROUP_DEFAULTS } from './diet-context-rules';
import {
  ANIMAL_WORDS,
  FISH_WORDS,
  MEAT_FLAVOUR_ONLY,
  MEAT_WORDS,
  NOT_ANIMAL_PHRASES,
  NOT_FISH_PHRASES,
  NOT_MEAT_PHRASES,
  VEGAN_CLAIM,
  VEGETARIAN_BRANDS,
  VEGETARIAN_CLAIM,
  word,
} from './diet-words';

export type { DietFacts, Fact } from './diet-facts';

/** LanguaL factors that add an ingredient (SR28 LANGDESC.txt). */
const LANGUAL_MEAT_ADDED = new Set(['H0191', 'H0171']); // MEAT ADDED, POULTRY ADDED
const LANGUAL_ANIMAL_FAT = 'H0262'; // ANIMAL FAT OR OIL ADDED: lard or butter: meat unknown
const LANGUAL_DAIRY_EGG_HONEY_ADDED = new Set([
  'H0184', // MILK ADDED
  'H0143', // CHEESE ADDED
  'H0186', // EGG ADDED
  'H0185', // EGG YOLK ADDED
  'H0205', // EGG WHITE ADDED
  'H0260', // WHEY ADDED
  'H0271', // BUTTER ADDED
  'H0296', // CREAM ADDED
  'H0748', // MILK PROTEIN ADDED
  'H0149', // HONEY ADDED
]);
const LANGUAL_VEGETARIAN_CLAIM = 'P0199'; // VEGAN/VEGETARIAN OR SUITABILITY ... CLAIM OR USE
const LANGUAL_VITAMIN_D_ADDED = 'H0214'; // VITAMIN D ADDED
const VITAMIN_D_ADDED = /\bvitamins? (a and |a & )?d\b|\bvitamin d ?3\b/;
const VEGAN_VITAMIN_D =
  /\b((almond|rice|oat|coconut|soy|cashew|hemp|flax) ?milk|soymilk|silk|tofu|vitamin d ?2|vegan)\b/;

function stripPhrases(text: string, phrases: readonly RegExp[]): string {
  return phrases.reduce((t, p) => t.replace(p, ' '), text);
}

export interface DietInput {
  group: string;
  description: string;
  langual: readonly string[];
  /** SR28 B12 (418) and B12 added (578), µg/100 g, or null when SR28 has no value. */
  b12: number | null;
  b12Added: number | null;
  /**
   * True when the food's B12 can only have been added (b12-origin.ts): then it is no evidence of
   * an animal ingredient.
   */
  b12OnlyAdded?: boolean;
}

/**
 * Natural B12 in a processed or mixed food shows an animal ingredient: plants make none
 * (reference §6), and these groups hold no algae or fermented plant foods. Cereals, snacks and
 * beverages are left out because their fortification is not always recorded in nutrient 578.
 */
const B12_SIGNAL_GROUPS = new Set(['0600', '1800', '1900', '2100', '2200', '3600']);
const B12_SIGNAL_MIN = 0.05; // µg/100 g: above rounding noise in SR28 (values to 0.01 µg)
// Yeast carries traces of B12 from bacteria (reference §6), not from an animal ingredient.
const MAY_BE_FORTIFIED = /\b(fortified|added nutrients|vitamin b-?12|yeast|leavening)\b/;

function hasNaturalB12(food: DietInput, lower: string): boolean {
  if (!B12_SIGNAL_GROUPS.has(food.group) || MAY_BE_FORTIFIED.test(lower)) return false;
  return (
    food.b12 !== null &&
    food.b12 >= B12_SIGNAL_MIN &&
    !(food.b12Added !== null && food.b12Added > 0)
  );
}

/**
 * The facts of a food. `defaults` replaces the group default (used to tell which "no" facts rest on
 * the group default alone: see `groupDefaultOnly`).
 */
export function deriveDietFacts(food: DietInput, defaults?: DietFacts): DietFacts {
  const facts: DietFacts = { ...(defaults ?? GROUP_DEFAULTS[food.group] ?? UNKNOWN) };
  const lower = food.description.toLowerCase();
  const forMeat = stripPhrases(lower, NOT_MEAT_PHRASES);
  const forFish = stripPhrases(lower, NOT_FISH_PHRASES);
  const forAnimal = stripPhrases(lower, NOT_ANIMAL_PHRASES);
  const groupDefault = GROUP_DEFAULTS[food.group];
  const meatGroup = groupDefault?.meat === 'yes';
  const fishGroup = groupDefault?.fish === 'yes';

  for (const rule of CONTEXT_RULES) {
    if (rule.groups && !rule.groups.includes(food.group)) continue;
    if (!rule.pattern.test(rule.caseSensitive ? food.description : lower)) continue;
    // Meat and fish groups keep their defining fact whatever a context rule says.
    if (rule.set.meat && !meatGroup) facts.meat = rule.set.meat;
    if (rule.set.fish && !fishGroup) facts.fish = rule.set.fish;
    if (rule.set.animal) facts.animal = rule.set.animal;
  }

  const claim =
    !meatGroup &&
    !fishGroup &&
    (VEGETARIAN_CLAIM.test(food.description) || VEGETARIAN_BRANDS.test(food.description));
  if (claim) {
    facts.meat = 'no';
    facts.fish = 'no';
    // Vegetarian is not vegan: meat analogues often hold egg white or milk protein.
    if (VEGAN_CLAIM.test(food.description)) facts.animal = 'no';
    else if (facts.animal === 'no') facts.animal = 'unknown';
  } else {
    if (word(MEAT_WORDS).test(forMeat)) {
      const flavourOnly = MEAT_FLAVOUR_ONLY.test(forMeat) && !meatGroup;
      facts.meat = flavourOnly ? 'unknown' : 'yes';
    }
    if (word(FISH_WORDS).test(forFish)) facts.fish = 'yes';
  }
  if (word(ANIMAL_WORDS).test(forAnimal) && !VEGAN_CLAIM.test(food.description)) {
    facts.animal = 'yes';
  }

  // Added vitamin D is usually D3 from lanolin (sheep's wool): vegetarian, not vegan. Plant milks
  // and products labelled D2 are sold to vegans (D2 or lichen D3), so they keep their status.
  const vitaminDAdded =
    VITAMIN_D_ADDED.test(lower) || food.langual.includes(LANGUAL_VITAMIN_D_ADDED);
  if (vitaminDAdded && facts.animal === 'no' && !VEGAN_VITAMIN_D.test(lower)) {
    facts.animal = 'unknown';
  }

  // Natural B12 means some animal ingredient: vegan "no"; meat and fish stay as they were.
  if (!food.b12OnlyAdded && hasNaturalB12(food, lower)) facts.animal = 'yes';

  for (const code of food.langual) {
    if (LANGUAL_MEAT_ADDED.has(code)) facts.meat = 'yes';
    if (code === LANGUAL_ANIMAL_FAT && facts.meat !== 'yes') facts.meat = 'unknown';
    if (LANGUAL_DAIRY_EGG_HONEY_ADDED.has(code)) facts.animal = 'yes';
    if (code === LANGUAL_VEGETARIAN_CLAIM) {
      if (facts.meat !== 'yes') facts.meat = 'no';
      if (facts.fish !== 'yes') facts.fish = 'no';
    }
  }
  return facts;
}

const worst = (...facts: Fact[]): DietStatus =>
  facts.includes('yes') ? 'no' : facts.every((f) => f === 'no') ? 'yes' : 'unknown';

export function dietFlagsFromFacts(facts: DietFacts): DietFlags {
  return {
    vegan: worst(facts.meat, facts.fish, facts.animal),
    vegetarian: worst(facts.meat, facts.fish),
    pescatarian: worst(facts.meat),
  };
}

/**
 * Which "no" facts rest only on the food group's default (e.g. a legume dish that no word, rule or
 * facet marks meat-free): evidence of an unnamed animal ingredient makes those unknown.
 */
export function groupDefaultOnly(
  food: DietInput,
  facts: DietFacts,
): Record<keyof DietFacts, boolean> {
  const without = deriveDietFacts(food, UNKNOWN);
  return {
    meat: facts.meat === 'no' && without.meat !== 'no',
    fish: facts.fish === 'no' && without.fish !== 'no',
    animal: facts.animal === 'no' && without.animal !== 'no',
  };
}

/** Dairy and egg words, i.e. the animal words without honey (which holds no B12). */
const DAIRY_EGG_WORDS = word(
  ANIMAL_WORDS.split('|')
    .filter((w) => !w.startsWith('honey'))
    .join('|'),
);
const LANGUAL_DAIRY_EGG_ADDED = new Set(
  [...LANGUAL_DAIRY_EGG_HONEY_ADDED].filter((code) => code !== 'H0149'),
);

/** Whether the description or facets name a dairy or egg ingredient (honey does not count). */
export function namesDairyOrEgg(food: Pick<DietInput, 'description' | 'langual'>): boolean {
  if (VEGAN_CLAIM.test(food.description)) return false;
  const forAnimal = stripPhrases(food.description.toLowerCase(), NOT_ANIMAL_PHRASES);
  return (
    DAIRY_EGG_WORDS.test(forAnimal) || food.langual.some((c) => LANGUAL_DAIRY_EGG_ADDED.has(c))
  );
}
