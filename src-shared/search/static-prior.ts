/**
 * The static prior: how plain and generic a food row is, as a factor around 1 that multiplies
 * every score of the row. Short descriptions and raw/whole/plain forms come first; branded rows,
 * flavoured products, imitations, reduced/low/free variants, baby food, fast food and restaurant
 * meals step back. The factors were tuned on tests/fixtures/search-queries.json; they are small
 * nudges that mostly decide between rows matching about equally well.
 */
import type { DescriptionFeatures } from './description-features';
import type { TextToken } from './normalize';
import type { SearchableFood } from './types';

/** Words of a description that mark the plain, generic form of a food, with their prior boost. */
const PLAIN_WORD_BOOST: ReadonlyMap<string, number> = new Map([
  ['raw', 1.08],
  ['whole', 1.03],
  ['plain', 1.03],
]);

/**
 * Words that mark a variant or stand-in of a food rather than the food itself, each with its prior
 * factor: flavoured products, imitations, and reduced/low/free versions (the standard version of a
 * food should come before "low sodium" or "fat free" variants).
 */
const VARIANT_WORD_FACTOR: ReadonlyMap<string, number> = new Map([
  ['flavor', 0.85],
  ['flavored', 0.85],
  ['imitation', 0.85],
  ['meatless', 0.85],
  ['substitute', 0.85],
  // A vegan looking for "soy milk" or "nutritional yeast" means the fortified product.
  ['unfortified', 0.85],
  ['low', 0.95],
  ['reduced', 0.95],
  ['free', 0.95],
  ['lite', 0.95],
  ['light', 0.95],
]);

/**
 * SR28 groups whose rows are composite or special-purpose: multiplied into the prior so a plain
 * food outranks, say, a fast-food sandwich that contains it (codes from FD_GROUP.txt).
 */
const GROUP_PRIOR: ReadonlyMap<string, number> = new Map([
  ['0300', 0.6], // Baby Foods (includes infant formula)
  ['2100', 0.85], // Fast Foods
  ['3600', 0.85], // Restaurant Foods
  ['2200', 0.9], // Meals, Entrees, and Side Dishes
  ['2500', 0.9], // Snacks
  ['3500', 0.92], // American Indian/Alaska Native Foods
]);

/** How plain and generic a food is, as a factor around 1 multiplied into every score. */
export function staticPrior(
  food: SearchableFood,
  tokens: readonly TextToken[],
  features: DescriptionFeatures,
): number {
  let prior = 1 / (1 + 0.02 * Math.max(0, Math.min(tokens.length, 25) - 2));
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.word ?? '';
    const factor = (PLAIN_WORD_BOOST.get(word) ?? 1) * (VARIANT_WORD_FACTOR.get(word) ?? 1);
    // Each word counts once ("low fat, low sodium" is one step from the standard food).
    if (factor !== 1 && !tokens.slice(0, i).some((earlier) => earlier.word === word)) {
      prior *= factor;
    }
  }
  if (features.branded) prior *= 0.85;
  prior *= GROUP_PRIOR.get(food.group) ?? 1;
  // Curated rows were added for this app (B12 supplements, fortified staples): slightly ahead.
  if (food.source === 'curated') prior *= 1.1;
  return prior;
}
