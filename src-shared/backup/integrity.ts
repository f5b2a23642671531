/**
 * Checks across rows that no single-row schema can make: duplicate keys within a table, and
 * entries, recurring entries and recipes that point at recipes, foods or people the backup does
 * not have (foods may also come from the bundled table).
 */
import type { EntryTarget, Eaters } from '../schemas/rows';
import { BACKUP_TABLES, rowKey, type BackupData } from './format';

export function findDuplicateKeys(data: BackupData): string[] {
  const problems: string[] = [];
  for (const table of BACKUP_TABLES) {
    const firstIndex = new Map<string, number>();
    data[table].forEach((row: object, i: number) => {
      const key = rowKey(table, row);
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, i);
      else {
        const shown = key.replace('\u0000', ' / ');
        problems.push(`data.${table}[${i}] repeats the id “${shown}” of data.${table}[${first}].`);
      }
    });
  }
  return problems;
}

/** Whether a food id exists in the bundled table (the catalog answers in the app). */
export type KnownFood = (foodId: string) => boolean;

export function findMissingReferences(data: BackupData, isBundledFood: KnownFood): string[] {
  const problems: string[] = [];
  const recipeIds = new Set(data.recipes.map((r) => r.id));
  const customFoodIds = new Set(data.customFoods.map((f) => f.id));
  // Eaters name people by row id; the profile carries the same id, so either is accepted.
  const personIds = new Set(data.people.flatMap((p) => [p.id, String(p.profile.id)]));
  const foodExists = (id: string) => customFoodIds.has(id) || isBundledFood(id);

  const checkTarget = (target: EntryTarget, where: string) => {
    if (target.kind === 'recipe' && !recipeIds.has(target.recipeId)) {
      problems.push(`${where} points at recipe “${target.recipeId}”, which is not in the backup.`);
    }
    if (target.kind === 'food' && !foodExists(target.foodId)) {
      problems.push(`${where} points at food “${target.foodId}”, which Cobalt does not have.`);
    }
  };
  const checkEaters = (eaters: Eaters, where: string) => {
    if (eaters === 'all') return;
    for (const personId of eaters) {
      if (!personIds.has(personId)) {
        problems.push(`${where} is eaten by person “${personId}”, who is not in the backup.`);
      }
    }
  };

  data.planEntries.forEach((entry, i) => {
    checkTarget(entry.target, `data.planEntries[${i}]`);
    checkEaters(entry.eaters, `data.planEntries[${i}]`);
  });
  data.recurring.forEach((entry, i) => {
    checkTarget(entry.target, `data.recurring[${i}]`);
    checkEaters(entry.eaters, `data.recurring[${i}]`);
  });
  data.recipes.forEach((recipe, i) => {
    recipe.ingredients.forEach((ingredient, j) => {
      if (!foodExists(ingredient.foodId)) {
        problems.push(
          `data.recipes[${i}].ingredients[${j}] uses food “${ingredient.foodId}”, which Cobalt does not have.`,
        );
      }
    });
  });
  return problems;
}
