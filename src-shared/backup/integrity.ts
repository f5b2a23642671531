/**
 * Checks across rows that no single-row schema can make: duplicate keys within a table, and
 * entries, recurring entries and recipes that point at recipes, foods or people the backup does
 * not have (foods may also come from the bundled table).
 */
import { describeProblem, eaterProblems, personIdProblems } from '../schemas/household-rules';
import type { EntryTarget } from '../schemas/rows';
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

/**
 * The household rules the repositories keep (src-shared/schemas/household-rules.ts): each
 * person's profile id is their row id, and ids are not shared.
 */
export function findPersonIdProblems(data: BackupData): string[] {
  return personIdProblems(data.people, 'data.people').map(describeProblem);
}

/** Whether a food id exists in the bundled table (the catalog answers in the app). */
export type KnownFood = (foodId: string) => boolean;

export function findMissingReferences(data: BackupData, isBundledFood: KnownFood): string[] {
  const problems: string[] = [];
  const recipeIds = new Set(data.recipes.map((r) => r.id));
  const customFoodIds = new Set(data.customFoods.map((f) => f.id));
  // Eaters name people by the id the analysis uses: the profile id (equal to the row id, which
  // findPersonIdProblems checks first).
  const personIds = new Set(data.people.map((p) => String(p.profile.id)));
  const foodExists = (id: string) => customFoodIds.has(id) || isBundledFood(id);

  const checkTarget = (target: EntryTarget, where: string) => {
    if (target.kind === 'recipe' && !recipeIds.has(target.recipeId)) {
      problems.push(`${where} points at recipe “${target.recipeId}”, which is not in the backup.`);
    }
    if (target.kind === 'food' && !foodExists(target.foodId)) {
      problems.push(`${where} points at food “${target.foodId}”, which Cobalt does not have.`);
    }
  };

  for (const table of ['planEntries', 'recurring'] as const) {
    data[table].forEach((entry, i) => {
      checkTarget(entry.target, `data.${table}[${i}]`);
      const eaters = eaterProblems([entry], personIds, `data.${table}`, 'the backup', i);
      problems.push(...eaters.map(describeProblem));
    });
  }
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
