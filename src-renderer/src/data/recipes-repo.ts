/**
 * The user's recipes. The only code that writes `recipes`; every write is validated with
 * `recipeRowSchema` and runs in one transaction. The planner reads recipes from `db.recipes`.
 *
 * Plan entries store grams per eater (servings × grams per serving), so editing a recipe also
 * rescales the entries planned in servings, in the same transaction: "2 servings" stays two
 * servings of the recipe as it now is. In the same transaction the totals projection rewrites the
 * stored weekly totals.
 */
import { recipeGramsPerServing } from '@shared/domain/recipe';
import { MAX_ENTRY_GRAMS } from '@shared/schemas/plan';
import {
  recipeRowSchema,
  type PlanEntryRow,
  type RecipeRow,
  type RecurringRow,
} from '@shared/schemas/rows';
import type { CobaltDb } from './db';
import { readEntriesWhere, writeEntries } from './plan-days-repo';
import {
  guardWrite,
  InUseError,
  NotFoundError,
  validate,
  ValidationError,
  type FieldIssue,
} from './repo-errors';
import { writeWithTotals } from './weekly-totals-projection';

export type RecipeDraft = Omit<RecipeRow, 'id' | 'note'> & { note?: string };

export async function listRecipes(db: CobaltDb): Promise<RecipeRow[]> {
  const rows = await db.recipes.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every ingredient must be a food that exists (bundled or custom). */
async function checkIngredients(db: CobaltDb, recipe: RecipeRow): Promise<void> {
  const ids = recipe.ingredients.map((i) => i.foodId);
  const [bundled, custom] = await Promise.all([db.foods.bulkGet(ids), db.customFoods.bulkGet(ids)]);
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    if (!bundled[i] && !custom[i]) {
      issues.push({
        path: `ingredients.${i}.foodId`,
        message: `No food with id ${id}; pick the ingredient again`,
      });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

type Planned = PlanEntryRow | RecurringRow;
const inServings = (id: string) => (e: Planned) =>
  e.target.kind === 'recipe' && e.target.recipeId === id && e.unit === 'serving';

/** Entries of this recipe planned in servings, with grams for the recipe's new serving size. */
function rescaled<T extends Planned>(rows: T[], gramsPerServing: number): T[] {
  return rows.map((e) => ({ ...e, grams: e.quantity * gramsPerServing }));
}

/**
 * Saves a new recipe (no `id`) or an edited one; returns the stored row. Editing a recipe changes
 * the totals of every week it is planned in.
 */
export async function saveRecipe(
  db: CobaltDb,
  draft: RecipeDraft,
  id?: string,
): Promise<RecipeRow> {
  const row = validate(recipeRowSchema, { ...draft, id: id ?? crypto.randomUUID() });
  const tables = [db.recipes, db.planDays, db.recurring, db.foods, db.customFoods];
  return guardWrite(`“${row.name}”`, async () => {
    const { value } = await writeWithTotals(db, tables, async ({ touch }) => {
      await checkIngredients(db, row);
      if (id !== undefined && !(await db.recipes.get(id))) {
        throw new NotFoundError('This recipe was deleted in the meantime.');
      }
      const perServing = recipeGramsPerServing(row);
      const entries = rescaled(await readEntriesWhere(db, inServings(row.id)), perServing);
      const recurring = rescaled(
        await db.recurring.filter(inServings(row.id)).toArray(),
        perServing,
      );
      const tooBig = [...entries, ...recurring].find((e) => e.grams > MAX_ENTRY_GRAMS);
      if (tooBig) {
        throw new ValidationError([
          {
            path: 'servings',
            message: `A planned ${tooBig.quantity} servings would then weigh ${Math.round(tooBig.grams)} g per person, over ${MAX_ENTRY_GRAMS / 1000} kg; check the amounts or the servings`,
          },
        ]);
      }
      await writeEntries(db, entries);
      await db.recurring.bulkPut(recurring);
      await db.recipes.put(row);
      if (id !== undefined) touch.everyWeek();
      return row;
    });
    return value;
  });
}

/** How many plan and recurring entries use a recipe. */
export async function recipeUsage(db: CobaltDb, id: string): Promise<number> {
  return db.transaction('r', [db.planDays, db.recurring], async () => {
    const uses = (e: Planned) => e.target.kind === 'recipe' && e.target.recipeId === id;
    return (await readEntriesWhere(db, uses)).length + (await db.recurring.filter(uses).count());
  });
}

/** Deletes a recipe; refused while plan entries use it (they would point at nothing). */
export async function deleteRecipe(db: CobaltDb, id: string): Promise<void> {
  await guardWrite('the change', () =>
    db.transaction('rw', [db.recipes, db.planDays, db.recurring], async () => {
      const recipe = await db.recipes.get(id);
      if (!recipe) throw new NotFoundError('This recipe was deleted in the meantime.');
      const n = await recipeUsage(db, id);
      if (n > 0) {
        throw new InUseError(
          `“${recipe.name}” is used by ${n} planned ${n === 1 ? 'entry' : 'entries'}. Remove ${n === 1 ? 'it' : 'them'} from the plan first; nothing was deleted.`,
        );
      }
      await db.recipes.delete(id);
    }),
  );
}
