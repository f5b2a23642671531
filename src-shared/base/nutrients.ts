/**
 * The nutrient registry: every nutrient Cobalt tracks, its canonical unit, label, the USDA SR28
 * nutrient numbers it is read from (first match wins) and its display precision.
 *
 * Canonical units follow the product brief: µg to 0.1, mg to whole numbers (reference/nutrition.md
 * "Tone and safety"). SR numbers come from SR28 NUTR_DEF.txt (USDA ARS 2015).
 */
export const NUTRIENT_IDS = [
  'energy',
  'protein',
  'fat',
  'carbohydrate',
  'fiber',
  'b12',
  'b12Added',
  'folateDfe',
  'folateFood',
  'folicAcid',
  'b6',
  'magnesium',
  'ala',
  'epa',
  'dha',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
  'iodine',
  'selenium',
] as const;

export type NutrientId = (typeof NUTRIENT_IDS)[number];

export type NutrientUnit = 'kcal' | 'g' | 'mg' | 'µg';

export interface NutrientInfo {
  readonly id: NutrientId;
  readonly label: string;
  readonly unit: NutrientUnit;
  /** SR28 Nutr_No codes, in order of preference (the first present one is used). */
  readonly srNumbers: readonly string[];
  /** Decimal places shown to the user. */
  readonly precision: number;
}

export const NUTRIENTS: { readonly [K in NutrientId]: NutrientInfo & { readonly id: K } } = {
  energy: { id: 'energy', label: 'Energy', unit: 'kcal', srNumbers: ['208'], precision: 0 },
  protein: { id: 'protein', label: 'Protein', unit: 'g', srNumbers: ['203'], precision: 1 },
  fat: { id: 'fat', label: 'Fat', unit: 'g', srNumbers: ['204'], precision: 1 },
  carbohydrate: {
    id: 'carbohydrate',
    label: 'Carbohydrate',
    unit: 'g',
    srNumbers: ['205'],
    precision: 1,
  },
  fiber: { id: 'fiber', label: 'Fibre', unit: 'g', srNumbers: ['291'], precision: 1 },
  b12: { id: 'b12', label: 'Vitamin B12', unit: 'µg', srNumbers: ['418'], precision: 1 },
  b12Added: {
    id: 'b12Added',
    label: 'Vitamin B12, added',
    unit: 'µg',
    srNumbers: ['578'],
    precision: 1,
  },
  folateDfe: {
    id: 'folateDfe',
    label: 'Folate (DFE)',
    unit: 'µg',
    srNumbers: ['435'],
    precision: 0,
  },
  folateFood: {
    id: 'folateFood',
    label: 'Food folate',
    unit: 'µg',
    srNumbers: ['432'],
    precision: 0,
  },
  folicAcid: { id: 'folicAcid', label: 'Folic acid', unit: 'µg', srNumbers: ['431'], precision: 0 },
  b6: { id: 'b6', label: 'Vitamin B6', unit: 'mg', srNumbers: ['415'], precision: 1 },
  magnesium: { id: 'magnesium', label: 'Magnesium', unit: 'mg', srNumbers: ['304'], precision: 0 },
  // ALA: 851 (18:3 n-3 c,c,c) where present, else 619 (18:3 undifferentiated): SR28 README, reference §5.
  ala: { id: 'ala', label: 'Omega-3 ALA', unit: 'g', srNumbers: ['851', '619'], precision: 2 },
  epa: { id: 'epa', label: 'Omega-3 EPA', unit: 'g', srNumbers: ['629'], precision: 2 },
  dha: { id: 'dha', label: 'Omega-3 DHA', unit: 'g', srNumbers: ['621'], precision: 2 },
  iron: { id: 'iron', label: 'Iron', unit: 'mg', srNumbers: ['303'], precision: 1 },
  zinc: { id: 'zinc', label: 'Zinc', unit: 'mg', srNumbers: ['309'], precision: 1 },
  calcium: { id: 'calcium', label: 'Calcium', unit: 'mg', srNumbers: ['301'], precision: 0 },
  vitaminD: { id: 'vitaminD', label: 'Vitamin D', unit: 'µg', srNumbers: ['328'], precision: 1 },
  // SR28 has no iodine (NUTR_DEF lists none): values come from scripts/build-foods/iodine-values.ts,
  // published tables for the foods that carry most of it; every other food is unknown (null).
  iodine: { id: 'iodine', label: 'Iodine', unit: 'µg', srNumbers: [], precision: 0 },
  // SR28 nutrient 317, selenium (Se), µg.
  selenium: { id: 'selenium', label: 'Selenium', unit: 'µg', srNumbers: ['317'], precision: 0 },
};

/** Per-100 g nutrient values; `null` means unknown (no SR28 row), never zero. */
export type NutrientValues = { [K in NutrientId]: number | null };

/**
 * Nutrients added after the first release (iodine, selenium). Rows stored before them (custom
 * foods in IndexedDB, older backup files) lack the keys; they read as unknown (null), never zero.
 */
export const LATER_NUTRIENT_IDS: readonly NutrientId[] = ['iodine', 'selenium'];

/** `values` with every registry nutrient present: a missing key is unknown (null). */
export function completeNutrientValues(
  values: Partial<Record<NutrientId, number | null>>,
): NutrientValues {
  const out = {} as NutrientValues;
  for (const id of NUTRIENT_IDS) out[id] = values[id] ?? null;
  return out;
}
