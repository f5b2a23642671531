/**
 * Food-group defaults and context rules for the diet facts (diet-rules.ts): which groups start as
 * plant, meat, fish or dairy foods, and which descriptions settle a fact before ingredient words
 * are matched.
 */
import { DAIRY_EGG, FISH, MEAT, PLANT, UNKNOWN, type DietFacts } from './diet-facts';
import { VEGETARIAN_BRANDS } from './diet-words';

/**
 * Group defaults. Plant groups start as plant foods; meat and fish groups as such; groups of
 * processed or mixed foods start unknown and rely on keywords and overrides.
 */
export const GROUP_DEFAULTS: Readonly<Record<string, DietFacts>> = {
  '0100': DAIRY_EGG, // Dairy and Egg Products
  '0200': PLANT, // Spices and Herbs
  '0400': UNKNOWN, // Fats and Oils: plain plant oils are recognised below
  '0500': MEAT, // Poultry Products
  '0600': UNKNOWN, // Soups, Sauces, and Gravies
  '0700': MEAT, // Sausages and Luncheon Meats
  '0800': UNKNOWN, // Breakfast Cereals: gelatin, honey, milk and vitamin D3 are common
  '0900': PLANT, // Fruits and Fruit Juices
  '1000': MEAT, // Pork Products
  '1100': PLANT, // Vegetables and Vegetable Products
  '1200': PLANT, // Nut and Seed Products
  '1300': MEAT, // Beef Products
  '1400': { meat: 'no', fish: 'no', animal: 'unknown' }, // Beverages: milk, whey, honey possible
  '1500': FISH, // Finfish and Shellfish Products
  '1600': PLANT, // Legumes and Legume Products
  '1700': MEAT, // Lamb, Veal, and Game Products
  '1800': UNKNOWN, // Baked Products: lard, butter, eggs, milk are common and not always named
  '1900': UNKNOWN, // Sweets: gelatin, milk, eggs, honey, carmine
  '2000': PLANT, // Cereal Grains and Pasta
  '2100': UNKNOWN, // Fast Foods
  '2200': UNKNOWN, // Meals, Entrees, and Side Dishes
  '2500': UNKNOWN, // Snacks
  '3500': UNKNOWN, // American Indian/Alaska Native Foods: reviewed one by one in the overrides
  '3600': UNKNOWN, // Restaurant Foods
};

/** A keyword rule: when `pattern` matches the lower-cased description, set these facts. */
export interface KeywordRule {
  pattern: RegExp;
  set: Partial<DietFacts>;
  /** Only in these food groups (all groups when absent). */
  groups?: readonly string[];
  caseSensitive?: boolean;
  /** Why the rule exists (kept for review; SOURCES.md summarises the rules). */
  why: string;
}

/**
 * Context rules, applied before the ingredient words below (which then win: a named animal
 * ingredient beats a generic plant rule). Patterns run on the lower-cased description unless
 * `caseSensitive` (used to spot brand names, which SR28 writes in capitals).
 */
export const CONTEXT_RULES: readonly KeywordRule[] = [
  // Plain plant oils: "Oil, olive, salad or cooking" (fish oils are named "Fish oil, ...").
  {
    pattern: /^(oil|vegetable oil|usda commodity food, oil)\b/,
    groups: ['0400'],
    set: PLANT,
    why: 'a plant oil',
  },
  {
    pattern: /^fish oil\b/,
    groups: ['0400'],
    set: { meat: 'no', fish: 'yes', animal: 'no' },
    why: 'fish oil',
  },
  { pattern: /^butter\b/, groups: ['0400'], set: DAIRY_EGG, why: 'butter' },
  // Anchovy-based (Caesar dressing, Worcestershire sauce) and egg-based (mayonnaise) condiments
  // contain no meat; the fish and egg words below then mark them.
  {
    pattern: /\b(caesar|worcestershire|mayonnaise)\b/,
    groups: ['0400', '0600'],
    set: { meat: 'no', fish: 'no' },
    why: 'anchovy or egg condiment without meat',
  },
  {
    pattern:
      /^shortening\b.*\b(soybean|soy|cottonseed|palm|coconut|vegetable|canola|corn|sunflower)\b/,
    groups: ['0400'],
    set: PLANT,
    why: 'vegetable shortening',
  },
  {
    pattern: /^(margarine|margarine-like|vegetable oil spread)/,
    groups: ['0400'],
    set: { meat: 'no', fish: 'no' },
    why: 'margarine: vegetable fat, but may contain whey or milk',
  },
  // Plain beverages: coffee, tea, water, juices, soft drinks, distilled spirits. Not mixes and
  // flavoured coffee or cocoa drinks: whitener, creamer and cocoa mixes hold milk solids or
  // caseinate, often unnamed ("Cocoa mix, powder, prepared with water", "coffee, instant, mocha").
  {
    pattern:
      /^(?!.*\b(mix|mixes|mocha|whitener|creamer|cappuccino|latte|cafe|french vanilla|cocoa|chocolate|malt|malted|shake|smoothies?|eggnog|horchata)\b).*\b(coffee|tea|water|juice|carbonated|cola|lemonade|soda|ginger ale|root beer|tonic|distilled|club soda)\b/,
    groups: ['1400'],
    set: { animal: 'no' },
    why: 'a plain plant beverage',
  },
  {
    pattern: /\b(almond|rice|oat|coconut|soy) ?milk\b/,
    groups: ['1400'],
    set: { animal: 'no' },
    why: 'a plant milk',
  },
  // Plain grain cereals (no brand): oats, grits, farina, puffed grains, wheat germ.
  {
    pattern:
      /^(cereals, (corn grits|farina|oats|whole wheat hot natural cereal|quaker, quick oats)|cereals ready-to-eat, (rice|wheat), puffed|cereals ready-to-eat, wheat germ, toasted, plain|millet, puffed)\b/,
    groups: ['0800'],
    set: PLANT,
    why: 'a plain grain cereal',
  },
  // American Indian/Alaska Native foods (3500): seafood, and plants gathered or grown.
  {
    pattern: /^(fish|salmon|steelhead|smelt|octopus|cockles|ascidians|chiton|oopah|sea cucumber)\b/,
    groups: ['3500'],
    set: { meat: 'no', fish: 'yes' },
    why: 'fish or other seafood',
  },
  {
    pattern:
      /^(blackberries|blueberries|cloudberries|cranberries|cranberry|fireweed|huckleberries|mashu roots|mouse nuts|rhubarb|sourdock|tea|willow, young|mush, blue corn|cornmeal|melon|chilchen|corn, (dried|white)|squash|salmonberries|chokecherries|agave|cattail|lambsquarters|prickly pears|prairie turnips|raspberries|rose hips|stinging nettles|plums|pinon nuts|wocas|hazelnuts|piki bread|bread, kneel down|bread, blue corn)\b/,
    groups: ['3500'],
    set: PLANT,
    why: 'a plant food (berries, roots, greens, corn, nuts, herbal tea)',
  },
  // Sweets (1900) that are plain sugars, syrups, fruit spreads or fruit ices; honey is an animal
  // product a vegetarian eats; dark and baking chocolate may contain milk fat.
  {
    pattern:
      /^(sugars?,|syrups?, (?!chocolate)|fruit syrup|molasses|sweeteners?,|jams|jellies|marmalade|fruit butters|pectin|cocoa, dry powder|candies, (tamarind|sesame crunch|halavah)|frozen novelties, (ice type|fruit and juice|juice type)|pie fillings|gums, seed|toppings, (strawberry|pineapple|nuts in syrup))/,
    groups: ['1900'],
    set: PLANT,
    why: 'sugar, syrup, fruit spread or fruit ice',
  },
  {
    pattern: /^honey$/,
    groups: ['1900'],
    set: DAIRY_EGG,
    why: 'honey: made by bees; vegetarian, not vegan',
  },
  {
    pattern: /^(chocolate, dark|baking chocolate)/,
    groups: ['1900'],
    set: { meat: 'no', fish: 'no' },
    why: 'chocolate: may contain milk fat',
  },
  {
    pattern: /^leavening agents\b/,
    groups: ['1800'],
    set: PLANT,
    why: 'yeast, baking powder, baking soda, cream of tartar',
  },
  // Plain snacks: grain or potato, oil and salt.
  {
    pattern:
      /^snacks, (popcorn, air-popped|pretzels, hard, plain|potato chips, plain|rice cakes, brown rice, plain|tortilla chips, plain)/,
    groups: ['2500'],
    set: PLANT,
    why: 'a plain grain or potato snack',
  },
  // "Restaurant, Chinese, fried rice, without meat": meat is excluded, fish sauce is not.
  { pattern: /\bwithout meat\b/, set: { meat: 'no' }, why: 'described as without meat' },
  // Sauces and condiments made from plants only.
  {
    pattern:
      /^(sauce, (salsa|hot chile|ready-to-serve, pepper|peppers, hot|chili, peppers|plum|hoisin|tomato chili)|pace, .*(salsa|picante|taco sauce|pico de gallo)|usda commodity, salsa|wasabi|soup, vegetable broth|swanson broth, .*vegetable broth|soup, swanson, vegetable broth)\b/,
    groups: ['0600'],
    set: PLANT,
    why: 'a plant-only sauce or broth',
  },
  // Italian tomato pasta sauces: no meat or fish unless named; cheese possible.
  {
    pattern:
      /^(prego pasta|sauce, pasta, spaghetti\/marinara|sauce, pizza|usda commodity, spaghetti sauce)\b/,
    groups: ['0600'],
    set: { meat: 'no', fish: 'no' },
    why: 'tomato pasta sauce',
  },
  {
    pattern: /\bpesto\b/,
    groups: ['0600'],
    set: { meat: 'no', fish: 'no' },
    why: 'basil pesto: cheese, no meat',
  },
  // Fish sauce, oyster sauce and fish stock: fish, no meat.
  {
    pattern: /^(sauce, (fish|oyster)|fish broth|soup, stock, fish)\b/,
    groups: ['0600'],
    set: { meat: 'no', fish: 'yes' },
    why: 'fish-based sauce or stock',
  },
  // Wine and beer may be fined with gelatin, isinglass (fish), casein or egg white, undeclared.
  {
    pattern:
      /^(?!.*\b(ginger ale|root beer)\b).*\b(wine|beer|ale|lager|stout|sake|malt liquor|malt beverage)\b/,
    groups: ['1400'],
    set: UNKNOWN,
    why: 'fining agents (gelatin, isinglass, casein, egg) are not declared',
  },
  // Mixed plant dishes: sauces, batters and home recipes may hold milk, butter or egg.
  {
    pattern:
      /\b(breaded|batter|battered|souffle|pancakes?|fritters?|hash brown, home|dry mix|prepared from recipe|stuffed|casserole)\b/,
    groups: ['1100', '1600', '2000'],
    set: { animal: 'unknown' },
    why: 'prepared dish whose recipe may add milk, butter or egg',
  },
  // Traditional refried beans are made with lard.
  {
    pattern: /\brefried\b/,
    groups: ['1600'],
    set: { meat: 'unknown', animal: 'unknown' },
    why: 'refried beans are traditionally made with lard',
  },
  // Branded meat alternatives often contain egg white or milk protein.
  {
    pattern: VEGETARIAN_BRANDS,
    caseSensitive: true,
    set: { animal: 'unknown' },
    why: 'meat analogue: egg white or milk protein possible',
  },
];
