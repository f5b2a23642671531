/**
 * Which foods' B12 must not be credited. reference/nutrition.md §6 (pitfall 1), "App rule":
 * "count B12 only from animal foods, fortified foods and supplements. Credit 0 for algae, seaweed,
 * tempeh and other fermented foods, mushrooms, and unfortified nutritional yeast." Sources there:
 * Watanabe 2007 (Exp Biol Med: cyanobacteria contain mostly inactive pseudovitamin B12) and
 * VeganHealth ("Vitamin B12 in plant foods": nori and others have not been shown to improve B12
 * status in humans). Fermented *dairy* (yogurt, cheese, kefir) is an animal food and is credited.
 */
import type { B12Reliability } from '@shared/schemas/food';

const CITE = 'reference §6; Watanabe 2007; VeganHealth.org';

export const B12_REASONS = {
  algae:
    'Algae and seaweed (nori/laver, spirulina, kelp, agar …) contain mostly inactive B12 ' +
    `analogues; any B12 listed is not counted (${CITE}).`,
  fermented:
    'Fermented plant foods (tempeh, miso, natto, soy sauce, sauerkraut, kimchi …) get B12 only ' +
    `from variable bacterial contamination; not a reliable source, so not counted (${CITE}).`,
  mushroom:
    'Mushrooms carry only traces of B12 from surface bacteria; not a reliable source, so not ' +
    `counted (${CITE}).`,
  yeast:
    'Yeast without added B12 makes none; only fortified yeast is counted (reference §6; ' +
    'VeganHealth.org). Use a fortified product and its label.',
} as const;

const ALGAE =
  /\b(seaweed|algae|spirulina|chlorella|kelp|laver|nori|wakame|kombu|dulse|hijiki|agar|irish moss)\b/;
const FERMENTED_PLANT =
  /\b(tempeh|miso|natto|soy sauce|tamari|shoyu|sauerkraut|kimchi|fermented)\b/;
const MUSHROOM =
  /^(mushrooms?|fungi|morel|chanterelle|shiitake|enoki|maitake|portabella|cloud ears?)\b/;
const YEAST = /^(leavening agents, yeast|yeast)\b/;

/** LanguaL food-source factors for algae and fungi (SR28 LANGDESC.txt). */
const LANGUAL_ALGAE = new Set(['B1033', 'B1742', 'B1744', 'B1745', 'B1747', 'B2039']);
const LANGUAL_FUNGI = new Set([
  'B1467',
  'B1569',
  'B1632',
  'B1635',
  'B1637',
  'B1741',
  'B2032',
  'B2507',
  'B2937',
  'B3519',
  'B3521',
]);

/** Food groups where a fermented food is animal-derived (dairy) or mixed with animal foods. */
const ANIMAL_GROUPS = new Set(['0100', '0500', '0700', '1000', '1300', '1500', '1700']);

export interface B12Input {
  group: string;
  description: string;
  langual: readonly string[];
  /** SR28 nutrient 578 "Vitamin B-12, added" (µg/100 g) or null. */
  b12Added: number | null;
  /** Whether the food contains animal products (diet facts), used to keep mixed dishes credited. */
  plantOnly: boolean;
}

export function b12Reliability(food: B12Input): B12Reliability {
  const credited: B12Reliability = { credited: true, reason: null };
  // Added B12 is crystalline and absorbed as such (reference §3c rule 2).
  if (food.b12Added !== null && food.b12Added > 0) return credited;
  if (ANIMAL_GROUPS.has(food.group)) return credited;
  const lower = food.description.toLowerCase();
  const first = lower.split(',')[0] ?? lower;
  // Mushroom and algae rules judge the food itself ("Mushrooms, shiitake, dried"), not dishes
  // that merely contain some ("Soup, cream of mushroom" gets real B12 from milk).
  if (ALGAE.test(first) || food.langual.some((c) => LANGUAL_ALGAE.has(c))) {
    return { credited: false, reason: B12_REASONS.algae };
  }
  if (MUSHROOM.test(first) || food.langual.some((c) => LANGUAL_FUNGI.has(c))) {
    return { credited: false, reason: B12_REASONS.mushroom };
  }
  // "Sauce, peanut, made from peanut butter, water, soy sauce" only lists soy sauce as an
  // ingredient; acid-hydrolysed "soy sauce" is not fermented.
  const itself = lower.replace(/\bmade from .*/, '');
  if (food.plantOnly && FERMENTED_PLANT.test(itself) && !/hydrolyzed/.test(lower)) {
    return { credited: false, reason: B12_REASONS.fermented };
  }
  if (food.plantOnly && YEAST.test(lower)) return { credited: false, reason: B12_REASONS.yeast };
  return credited;
}
