/**
 * Where a food's B12 comes from when SR28 gives no "B12, added" figure (nutrient 578).
 *
 * Plants, fungi and yeast make no B12 of their own; B12 in food comes from animal tissue, milk and
 * eggs, from bacteria (fermented foods, algae: b12-reliability.ts) or from fortification
 * (reference/nutrition.md §6, pitfall 1; Watanabe 2007). So B12 listed for a food with no animal
 * ingredient and no bacterial source can only have been added: it is crystalline (reference §3c
 * rule 2) and the food is fortified. SR28 often leaves 578 empty for such foods (SILK and Vitasoy
 * soymilks, Nasoya tofus, meat analogues, many ready-to-eat cereals), so `b12Added > 0` alone
 * misses them.
 *
 * Two rules, both from the food's own data:
 *  - plantOnly: every diet fact is "no" (no meat, fish, dairy, egg or honey), B12 ≥ 0.1 µg/100 g;
 *  - noFleshNoDairyEgg: no meat or fish (the facts say so, or cholesterol 601 is 0 — flesh always
 *    carries cholesterol), no dairy or egg named in the description or LanguaL facets, not a
 *    product usually made with unnamed milk solids (cocoa mixes, whiteners, shakes), lactose
 *    (213) under 0.5 g and cholesterol under 5 mg/100 g, B12 ≥ 0.5 µg/100 g.
 * Neither applies when the food's own data shows an animal ingredient (diet-evidence.ts). Honey, gelatin and
 *    egg white (cholesterol 0) hold at most traces of B12 (egg white 0.09 µg/100 g, SR28 01124),
 *    so B12 at fortification levels is the added vitamin.
 * A food with both animal ingredients and added B12 keeps SR28's split (578 vs 418).
 */
import type { DietFacts } from './diet-facts';

/** µg/100 g. Below this, listed B12 in a plant food is rounding or analytical noise. */
export const PLANT_ONLY_MIN_B12 = 0.1;
/**
 * µg/100 g. Fortified foods carry at least this much (10 % of the 2.4 µg Daily Value per 30–50 g
 * serving is 0.5–0.8 µg/100 g); dairy traces in baked goods and snacks stay below it.
 */
export const NO_FLESH_MIN_B12 = 0.5;
/** g/100 g: lactose only comes from milk; smaller figures in plant foods are analytical noise. */
export const LACTOSE_EVIDENCE_G = 0.5;
/** mg/100 g: plant foods have none; from this level an animal ingredient is certain. */
export const CHOLESTEROL_EVIDENCE_MG = 5;

export type B12OnlyAddedRule = 'plantOnly' | 'noFleshNoDairyEgg';

export interface B12OriginInput {
  description: string;
  b12: number | null;
  b12Added: number | null;
  /** Whether b12Reliability credits the food's B12 (false: bacterial or algal pseudo-B12). */
  credited: boolean;
  /** Diet facts derived without the natural-B12 rule (which would assume the answer). */
  facts: DietFacts;
  namesDairyOrEgg: boolean;
  /** Whether cholesterol, lactose, EPA/DHA or LanguaL facets show an animal ingredient. */
  animalEvidence: boolean;
  cholesterol: number | null;
  lactose: number | null;
}

/**
 * Products usually made with milk solids or milk protein that the description does not name:
 * their B12 may be the milk's, so SR28's figure is kept as food-bound.
 */
const MAY_HOLD_MILK = /\b(cocoa mix|hot cocoa|whitener|creamer|shakes?|malted|nougat|caramel)\b/i;

/** Descriptions that say the food has no added nutrients. */
const NOT_FORTIFIED = /\b(unfortified|unenriched|without added (vitamins|nutrients))\b/i;

/** The rule by which this food's B12 can only have been added, or null. */
export function b12OnlyAddedRule(food: B12OriginInput): B12OnlyAddedRule | null {
  if (food.b12 === null || !food.credited) return null;
  if (food.b12Added !== null && food.b12Added > 0) return null; // SR28's split is kept
  if (NOT_FORTIFIED.test(food.description) || food.animalEvidence) return null;
  const { meat, fish, animal } = food.facts;
  if (meat === 'no' && fish === 'no' && animal === 'no') {
    return food.b12 >= PLANT_ONLY_MIN_B12 ? 'plantOnly' : null;
  }
  if (food.b12 < NO_FLESH_MIN_B12 || meat === 'yes' || fish === 'yes') return null;
  const noFlesh = (meat === 'no' && fish === 'no') || food.cholesterol === 0;
  // The animal fact may be "yes" for honey alone; dairy and egg are checked separately.
  const dairyEvidence =
    food.namesDairyOrEgg ||
    MAY_HOLD_MILK.test(food.description) ||
    (food.lactose !== null && food.lactose >= LACTOSE_EVIDENCE_G) ||
    (food.cholesterol !== null && food.cholesterol >= CHOLESTEROL_EVIDENCE_MG);
  return noFlesh && !dairyEvidence ? 'noFleshNoDairyEgg' : null;
}
