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
import type { DietFlags, DietStatus } from '../../src-shared/schemas/food';
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

export function deriveDietFacts(food: DietInput): DietFacts {
  const facts: DietFacts = { ...(GROUP_DEFAULTS[food.group] ?? UNKNOWN) };
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

  // Natural B12 means some animal ingredient: vegan "no"; meat and fish stay as they were.
  if (hasNaturalB12(food, lower)) facts.animal = 'yes';

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
