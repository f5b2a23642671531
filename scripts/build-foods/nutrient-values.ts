/**
 * Per-100 g nutrient values of one SR28 food, in registry order. Each nutrient takes the first SR
 * number in its `srNumbers` preference list that the food has a NUT_DATA row for (ALA: 851, else
 * 619 — SR28 README, reference/nutrition.md §5). No row means unknown (null), never zero.
 */
import { NUTRIENT_IDS, NUTRIENTS, type NutrientId } from '@shared/base/nutrients';
import type { NutrientValues } from '@shared/base/nutrients';

/** SR28 vitamin D (D2 + D3) in IU (nutrient 324); 40 IU = 1 µg (SR28 documentation, NUTR_DEF). */
export const VITAMIN_D_IU_NUMBER = '324';
const IU_PER_MICROGRAM = 40;

export function wantedSrNumbers(): Set<string> {
  const numbers = new Set<string>([VITAMIN_D_IU_NUMBER]);
  for (const id of NUTRIENT_IDS) for (const n of NUTRIENTS[id].srNumbers) numbers.add(n);
  return numbers;
}

/** Parses an SR28 value such as "0.850"; Number() drops the trailing zeros, so no float noise. */
function parseSrValue(text: string, where: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`${where}: "${text}" is not a number`);
  }
  return value;
}

export interface FoodNutrients {
  values: NutrientValues;
  /** True when vitamin D came from the IU field (324 / 40) because 328 was missing. */
  vitaminDFromIu: boolean;
}

export function nutrientValuesFor(
  ndb: string,
  rows: ReadonlyMap<string, string> | undefined,
): FoodNutrients {
  const values = {} as NutrientValues;
  for (const id of NUTRIENT_IDS) {
    let value: number | null = null;
    for (const srNumber of NUTRIENTS[id].srNumbers) {
      const text = rows?.get(srNumber);
      if (text !== undefined) {
        value = parseSrValue(text, `NDB ${ndb} nutrient ${srNumber}`);
        break;
      }
    }
    values[id as NutrientId] = value;
  }
  let vitaminDFromIu = false;
  const iu = rows?.get(VITAMIN_D_IU_NUMBER);
  if (values.vitaminD === null && iu !== undefined) {
    // Rounded to 3 decimals (SR28 gives µg to 1 decimal; IU are whole numbers), avoiding float noise.
    const micrograms = parseSrValue(iu, `NDB ${ndb} nutrient 324`) / IU_PER_MICROGRAM;
    values.vitaminD = Math.round(micrograms * 1000) / 1000;
    vitaminDFromIu = true;
  }
  return { values, vitaminDFromIu };
}
