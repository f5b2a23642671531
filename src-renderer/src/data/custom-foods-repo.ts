/**
 * The user's own foods, entered from labels. The only code that writes `customFoods`; every write
 * is validated with `foodSchema` and runs in one transaction (in which the totals projection also
 * rewrites the stored weekly totals when an edited food may be planned), and afterwards the catalog reloads so search and
 * the planner see the change at once.
 */
import { foodSchema, type Food } from '@shared/schemas/food';
import type { CobaltDb } from './db';
import { guardWrite, InUseError, NotFoundError, validate, ValidationError } from './repo-errors';
import { writeWithTotals } from './weekly-totals-projection';
import { readEntriesWhere } from './plan-days-repo';

/** The part of the food catalog a write needs: a reload, so search and the planner see the change. */
export interface ReloadableCatalog {
  load(db: CobaltDb): Promise<void>;
}

export const CUSTOM_ID_PREFIX = 'custom:';

export function newCustomFoodId(): string {
  return `${CUSTOM_ID_PREFIX}${crypto.randomUUID()}`;
}

export async function listCustomFoods(db: CobaltDb): Promise<Food[]> {
  const foods = await db.customFoods.toArray();
  return foods.sort((a, b) => a.name.localeCompare(b.name));
}

function checkCustom(food: Food): Food {
  const row = validate(foodSchema, food);
  if (row.source !== 'custom' || !row.id.startsWith(CUSTOM_ID_PREFIX)) {
    throw new ValidationError([
      { path: 'id', message: 'A custom food needs a "custom:" id and source "custom"' },
    ]);
  }
  return row;
}

/** Saves a new or edited custom food (built by `customFoodFromForm`). */
export async function saveCustomFood(
  db: CobaltDb,
  catalog: ReloadableCatalog,
  food: Food,
): Promise<Food> {
  const row = checkCustom(food);
  await guardWrite(`“${row.name}”`, () =>
    writeWithTotals(db, [db.customFoods], async ({ touch }) => {
      const existed = (await db.customFoods.get(row.id)) !== undefined;
      await db.customFoods.put(row);
      if (existed) touch.everyWeek();
    }),
  );
  await catalog.load(db);
  return row;
}

export interface FoodUsage {
  readonly planEntries: number;
  readonly recurring: number;
  /** Names of the recipes that use the food as an ingredient. */
  readonly recipes: readonly string[];
}

/** Where a food is used: plan entries, recurring entries and recipe ingredients. */
export async function foodUsage(db: CobaltDb, foodId: string): Promise<FoodUsage> {
  return db.transaction('r', [db.planDays, db.recurring, db.recipes], async () => {
    const uses = (e: { target: { kind: string; foodId?: string } }) =>
      e.target.kind === 'food' && e.target.foodId === foodId;
    const recipes = await db.recipes
      .filter((r) => r.ingredients.some((i) => i.foodId === foodId))
      .toArray();
    return {
      planEntries: (await readEntriesWhere(db, uses)).length,
      recurring: await db.recurring.filter(uses).count(),
      recipes: recipes.map((r) => r.name).sort(),
    };
  });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 plan entries, 1 recurring entry and the recipe “Porridge”". */
export function describeUsage(usage: FoodUsage): string {
  const parts: string[] = [];
  if (usage.planEntries > 0) parts.push(plural(usage.planEntries, 'plan entry', 'plan entries'));
  if (usage.recurring > 0)
    parts.push(plural(usage.recurring, 'recurring entry', 'recurring entries'));
  if (usage.recipes.length > 0) {
    const names = usage.recipes.map((n) => `“${n}”`).join(', ');
    parts.push(`${usage.recipes.length === 1 ? 'the recipe' : 'the recipes'} ${names}`);
  }
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Deletes a custom food. Refused while plan entries, recurring entries or recipes use it (they
 * would turn into "unknown food"); the message says where it is used.
 */
export async function deleteCustomFood(
  db: CobaltDb,
  catalog: ReloadableCatalog,
  id: string,
): Promise<void> {
  await guardWrite('the change', () =>
    db.transaction('rw', [db.customFoods, db.planDays, db.recurring, db.recipes], async () => {
      const food = await db.customFoods.get(id);
      if (!food) throw new NotFoundError('This food was deleted in the meantime.');
      const usage = await foodUsage(db, id);
      if (usage.planEntries + usage.recurring + usage.recipes.length > 0) {
        throw new InUseError(
          `“${food.name}” is used by ${describeUsage(usage)}. Remove it from them first; nothing was deleted.`,
        );
      }
      await db.customFoods.delete(id);
    }),
  );
  await catalog.load(db);
}
