/**
 * Older backup formats, each with the schema its data is checked against and the step that turns
 * it into the next version. A new format version adds one entry here; upgrades chain 1 → 2 → ….
 */
import type { z } from 'zod';
import { backupDataV1Schema, type BackupDataV1 } from './schema-v1';
import { backupDataV2Schema } from './schema-v2';
import { BACKUP_FORMAT_VERSION } from './format';

interface FormatStep {
  /** Checks a file's `data` as written in this version (messages name that version's fields). */
  schema: z.ZodType;
  /** Parsed data of this version → data of the next version (unvalidated). */
  upgrade: ((data: never) => unknown) | null;
}

/**
 * v1 → v2: entries become food targets typed in grams, ingredients likewise; settings gain the
 * fields v2 added with the values a fresh install has (no aisles, empty pantry, supplements
 * allowed); the tables v1 did not have start empty.
 */
export function upgradeV1ToV2(data: BackupDataV1): unknown {
  return {
    people: data.people,
    customFoods: data.customFoods,
    recipes: data.recipes.map((recipe) => ({
      ...recipe,
      ingredients: recipe.ingredients.map((ing) => ({
        foodId: ing.foodId,
        quantity: ing.grams,
        unit: 'g',
        grams: ing.grams,
      })),
    })),
    planEntries: data.planEntries.map((entry) => ({
      id: entry.id,
      date: entry.date,
      slotId: entry.slotId,
      target: { kind: 'food', foodId: entry.foodId },
      quantity: entry.grams,
      unit: 'g',
      grams: entry.grams,
      eaters: entry.eaters,
      order: entry.order,
    })),
    recurring: [],
    settings:
      data.settings === null
        ? []
        : [
            {
              key: 'app',
              value: { ...data.settings, optimizerAllowsSupplements: true, aisles: [], pantry: [] },
            },
          ],
    shoppingChecks: data.shoppingChecks,
    shoppingItems: [],
  };
}

export const FORMAT_STEPS: Readonly<Record<number, FormatStep>> = {
  1: { schema: backupDataV1Schema, upgrade: upgradeV1ToV2 as (data: never) => unknown },
  [BACKUP_FORMAT_VERSION]: { schema: backupDataV2Schema, upgrade: null },
};
