/**
 * What you buy for a cooked food: dry lentils for "Lentils, cooked", dry rice for cooked rice.
 * Each pair maps a cooked SR28 food to the SR28 food it is cooked from, with the cooked-to-dry
 * yield. The yield is a dry-matter balance: the USDA Cooking Yield Database (the electronic release
 * of Agriculture Handbook No. 102, Holcomb et al. 2004) describes cooking yields as the "changes in
 * food weights resulting from moisture and fat losses during cooking"; boiled grains and legumes
 * gain water and lose next to no solids, so
 *
 *   dry grams per cooked gram = (100 − water of the cooked food) / (100 − water of the dry food),
 *
 * with both waters from USDA SR28 (NUT_DATA, nutrient 255 "Water", g per 100 g), listed below so
 * every factor can be checked against the table. Lentils: (100 − 69.64) / (100 − 8.26) = 0.331,
 * so 1 kg cooked lentils is about 330 g dry; white rice: (100 − 68.44) / (100 − 11.62) = 0.357.
 */

interface DryForm {
  /** The SR28 food bought dry. */
  readonly dryId: string;
  /** SR28 water, g per 100 g, of the cooked food and of the dry food. */
  readonly waterCooked: number;
  readonly waterDry: number;
}

/** Cooked SR28 food → the dry food it is cooked from (waters from SR28 NUT_DATA, nutrient 255). */
const DRY_FORMS: Readonly<Record<string, DryForm>> = {
  'sr:16070': { dryId: 'sr:16069', waterCooked: 69.64, waterDry: 8.26 }, // lentils
  'sr:20045': { dryId: 'sr:20044', waterCooked: 68.44, waterDry: 11.62 }, // rice, white, enriched
  'sr:20445': { dryId: 'sr:20444', waterCooked: 68.44, waterDry: 11.62 }, // rice, white, unenriched
  'sr:20037': { dryId: 'sr:20036', waterCooked: 70.27, waterDry: 11.8 }, // rice, brown
  'sr:20121': { dryId: 'sr:20120', waterCooked: 62.13, waterDry: 9.9 }, // pasta, enriched
  'sr:20125': { dryId: 'sr:20124', waterCooked: 61.8, waterDry: 8.21 }, // pasta, whole-wheat
  'sr:16015': { dryId: 'sr:16014', waterCooked: 65.74, waterDry: 11.02 }, // black beans
  'sr:16057': { dryId: 'sr:16056', waterCooked: 60.21, waterDry: 7.68 }, // chickpeas
  'sr:16033': { dryId: 'sr:16032', waterCooked: 66.94, waterDry: 11.75 }, // kidney beans
  'sr:16043': { dryId: 'sr:16042', waterCooked: 62.95, waterDry: 11.33 }, // pinto beans
  'sr:16038': { dryId: 'sr:16037', waterCooked: 63.81, waterDry: 12.1 }, // navy beans
  'sr:16063': { dryId: 'sr:16062', waterCooked: 70.04, waterDry: 11.95 }, // black-eyed peas
  'sr:16086': { dryId: 'sr:16085', waterCooked: 69.49, waterDry: 8.62 }, // split peas
  'sr:08121': { dryId: 'sr:08120', waterCooked: 83.61, waterDry: 10.84 }, // oats (porridge)
  'sr:20137': { dryId: 'sr:20035', waterCooked: 71.61, waterDry: 13.28 }, // quinoa
  'sr:20013': { dryId: 'sr:20012', waterCooked: 77.76, waterDry: 9.0 }, // bulgur
  'sr:20006': { dryId: 'sr:20005', waterCooked: 68.8, waterDry: 10.09 }, // barley, pearled
  'sr:20029': { dryId: 'sr:20028', waterCooked: 72.57, waterDry: 8.56 }, // couscous
};

export interface AsBought {
  readonly foodId: string;
  /** Grams of the dry food per gram of the cooked food. */
  readonly dryPerCooked: number;
}

/** The dry food to buy for a cooked one, or null when it is bought as it is eaten. */
export function asBought(foodId: string): AsBought | null {
  const form = DRY_FORMS[foodId];
  if (!form) return null;
  return { foodId: form.dryId, dryPerCooked: (100 - form.waterCooked) / (100 - form.waterDry) };
}

/** Every cooked food with a dry form (for tests and the food table's checks). */
export const COOKED_WITH_DRY_FORM: readonly string[] = Object.keys(DRY_FORMS);
