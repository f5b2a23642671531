/**
 * The reviewed synonym list: words people type → the words USDA SR28 (or our curated rows) use.
 * One-way: a query word also matches its own spelling; the list only adds the USDA wording. Each
 * side is one word or two adjacent words ("bok choy" → "pak choi", matching "pak-choi"). Every
 * target was checked to occur in the bundled table; keep the list short and literal, since each
 * entry widens every search for its word.
 *
 * Spelling variants that are the same word (yoghurt/yogurt, fibre/fiber) live in normalize.ts.
 */
export const SYNONYMS: ReadonlyArray<readonly [query: string, usda: readonly string[]]> = [
  // Same food, other name.
  ['garbanzo', ['chickpeas']],
  ['nori', ['laver']],
  ['bok choy', ['pak choi']],
  ['bok choi', ['pak choi']],
  ['pak choy', ['pak choi']],
  ['linseed', ['flaxseed']],
  ['flax', ['flaxseed']],
  ['seitan', ['wheat gluten']],
  ['groundnut', ['peanut']],
  ['treacle', ['molasses']],
  ['rapeseed', ['canola']],
  ['pepitas', ['pumpkin']],
  ['hemp hearts', ['hemp seed']],
  ['oj', ['orange juice']],
  ['green onion', ['scallions']],
  ['spring onion', ['scallions']],
  // "Oatmeal" and "porridge" are what people call USDA's "Cereals, oats, … cooked".
  ['oatmeal', ['oats']],
  ['porridge', ['oats']],
  // British → US food names.
  ['aubergine', ['eggplant']],
  ['courgette', ['zucchini']],
  ['prawn', ['shrimp']],
  ['beetroot', ['beets']],
  ['swede', ['rutabagas']],
  ['capsicum', ['peppers']],
  ['maize', ['corn']],
  ['sweetcorn', ['corn']],
  ['rocket', ['arugula']],
  ['mince', ['ground']],
  ['minced', ['ground']],
  ['crisps', ['chips']],
  ['skimmed', ['skim']],
  ['wholemeal', ['whole wheat']],
  ['sultana', ['raisins']],
  // Yeast products known by brand or nickname.
  ['nooch', ['nutritional yeast']],
  ['marmite', ['yeast extract']],
  ['vegemite', ['yeast extract']],
  // "b12" also finds rows naming only the chemical form, and the generic "cobalamin" finds B12.
  // Not the reverse for the specific forms: "methylcobalamin" means that form, not any B12.
  ['b12', ['cobalamin', 'cyanocobalamin', 'methylcobalamin', 'hydroxocobalamin']],
  ['cobalamin', ['b12']],
  // Folate in food, folic acid in supplements and fortified foods (SR28 names only the latter).
  ['folate', ['folic acid']],
];
