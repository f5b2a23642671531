/**
 * Everyday foods: what people in general, and vegans and vegetarians in particular, eat and can
 * buy anywhere. The food table (USDA SR28) lists thousands of rarities next to them (lemon grass,
 * lambsquarters, cottonseed flour, morels) whose nutrient density per kcal can look excellent;
 * suggestions prefer the foods here. Cobalt's choice, drawn up as the foods dietitians and the
 * vegan sources of reference §4 name for B12, iron, zinc, calcium, vitamin D, omega-3 and protein.
 *
 * Entries match a food's description head (its first part, lower case, without brackets:
 * "lentils", "chickpeas") or, for broad heads, head and first word of the second part
 * ("seeds|pumpkin", "beverages|almond"); "beans|*" accepts every food under a broad head.
 */
const EVERYDAY: readonly string[] = [
  // Legumes and soy
  'lentils, chickpeas, beans|*, peas|*, soybeans, edamame, tofu, tempeh, soymilk',
  'hummus, peanuts, peanut butter, miso',
  // Grains and breakfast cereals
  'oats, rice, wild rice, quinoa, pasta, noodles, couscous, bulgur, barley',
  'buckwheat groats, millet, amaranth grain, bread|*, cereals ready-to-eat|*, cereals|*',
  // Nuts and seeds (SR28 names, then plain names as custom or curated foods spell them)
  'seeds|pumpkin, seeds|sunflower, seeds|sesame, seeds|chia, seeds|flaxseed, seeds|hemp',
  'nuts|almonds, nuts|almond, nuts|cashew, nuts|walnuts, nuts|brazilnuts, nuts|hazelnuts',
  'nuts|pecans, nuts|pistachio, nuts|macadamia, nuts|pine, nuts|mixed',
  'pumpkin seeds, sunflower seeds, sesame seeds, chia seeds, hemp seeds, flaxseed, tahini',
  'almonds, walnuts, cashews, black beans, kidney beans, white beans',
  // Vegetables
  'spinach, kale, broccoli, collards, turnip greens, mustard greens, chard',
  'beet greens, cabbage|raw, cabbage|cooked, cabbage|red, cabbage|savoy, cabbage|chinese, cauliflower, brussels sprouts, asparagus, carrots, potatoes',
  'sweet potato, tomatoes, onions, corn, okra, artichokes, lettuce|*, peppers|sweet',
  'squash|*, mushrooms|white, mushrooms|brown, mushrooms|portabella, mushrooms|shiitake',
  'mushrooms|oyster, mushroom',
  // Fruit
  'avocados, oranges, orange juice, bananas, apples, pears, figs, apricots, raisins',
  'plums, dates, strawberries, blueberries, raspberries, blackberries, kiwifruit',
  'mangos, grapes, peaches, cherries, pineapple, grapefruit, papayas, melons|*',
  // Plant drinks, oils, others
  'beverages|almond, beverages|rice, beverages|oat, beverages|coconut, oil|canola',
  'oil|olive, oil|flaxseed, oil|soybean, oil|walnut, molasses, nutritional yeast flakes',
  // Animal foods, for the diets that include them
  'milk|*, yogurt|*, cheese|*, egg|whole, egg|white, fish|*, mollusks|*, crustaceans|*, beef|*',
  'pork|*, chicken|*, turkey|*, lamb|*',
]
  .join(', ')
  .split(', ');

const SET: ReadonlySet<string> = new Set(EVERYDAY);

/** True when the family ("seeds|pumpkin") or head ("lentils") names an everyday food. */
export function isEveryday(head: string, family: string): boolean {
  return SET.has(family) || SET.has(head) || SET.has(`${head}|*`);
}
