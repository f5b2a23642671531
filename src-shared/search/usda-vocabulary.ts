/**
 * Reviewed word lists about how USDA SR28 writes descriptions, read by description-features.ts.
 * Each list was drawn from FOOD_DES.txt (the most frequent first and second segments) and checked
 * by hand; keep them literal and short.
 */
import { tokenize, type TextToken } from './normalize';

/** Words a query can drop when it has others ("beans and rice" → beans, rice). */
export const QUERY_STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'or',
  'of',
  'the',
  'with',
  'in',
  'for',
  'to',
  'on',
]);

/** The words of a phrase joined by spaces, in canonical form: the key of the sets below. */
export function wordsKey(tokens: readonly TextToken[]): string {
  return tokens.map((t) => t.word).join(' ');
}

const keysOf = (phrases: readonly string[]): Set<string> =>
  new Set(phrases.map((phrase) => wordsKey(tokenize(phrase))));

/**
 * First segments that are taxonomic labels in SR28 ("Fish, salmon" is a salmon, which is a fish):
 * the food is named by the next segment. Reviewed from the most frequent first segments of
 * FOOD_DES.txt.
 */
export const LABEL_HEADS = keysOf([
  'Beef',
  'Pork',
  'Lamb',
  'Veal',
  'Chicken',
  'Turkey',
  'Game meat',
  'Fish',
  'Mollusks',
  'Crustaceans',
  'Beans',
  'Nuts',
  'Seeds',
  'Cheese',
  'Cereals',
  'Cereals ready-to-eat',
  'Beverages',
  'Alcoholic beverage',
  'Spices',
  'Seaweed',
  'Leavening agents',
  'Sweeteners',
  'Babyfood',
  'Infant formula',
  'Fast foods',
  'Fast food',
  'Restaurant',
  'School Lunch',
  'USDA Commodity',
  'Tomato products',
]);

/**
 * First segments that are the head noun of a dish or product, the next segment its modifier
 * ("Bread, oatmeal" is oatmeal bread, not oatmeal): both segments name the food together.
 */
export const NOUN_HEADS = keysOf([
  'Milk',
  'Oil',
  'Soup',
  'Sauce',
  'Gravy',
  'Salad dressing',
  'Snacks',
  'Candies',
  'Cookies',
  'Crackers',
  'Cake',
  'Pie',
  'Puddings',
  'Bread',
  'Rolls',
  'Ice creams',
  'Frozen novelties',
  'Syrups',
  'Formulated bar',
]);

/**
 * Segments after a label that qualify rather than name the food ("Pork, cured, bacon",
 * "Lamb, New Zealand, …", "Chicken, broilers or fryers, breast"): the name comes after them.
 */
export const QUALIFIER_SEGMENTS = keysOf([
  'fresh',
  'cured',
  'domestic',
  'imported',
  'New Zealand',
  'Australian',
  'variety meats and by-products',
  'broilers or fryers',
  'broiler or fryers',
  'broiler',
  'roasting',
  'stewing',
  'retail parts',
  'all classes',
  'composite of trimmed retail cuts',
  'industrial',
  'carbonated',
]);

/**
 * Words that describe the plain form rather than name a food, so they are not part of the identity:
 * "Milk, whole, …" is plain milk for the query "milk", while "Milk, sheep, …" is not.
 */
export const GENERIC_WORDS = new Set([
  'raw',
  'whole',
  'plain',
  'fresh',
  'fluid',
  'regular',
  'original',
  'all',
  'type',
  'variety',
  'varietie',
  'mixed',
  'specie',
  'commercial',
]);

/** Upper-case words in SR28 that are not brands. */
export const NOT_BRANDS = new Set(['BBQ', 'DHA', 'ARA', 'EPA', 'NFS', 'II']);
