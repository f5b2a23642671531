/**
 * The shopping list for a date range: the household's demand per food, in purchasable units,
 * grouped by aisle in the user's order; supplements counted apart; pantry staples set aside;
 * deleted foods and recipes kept as "unknown" lines with their grams; the user's own items and
 * notes merged in. Every line has a key that is stable per food, so check marks survive plan edits.
 */
import type { Food } from '../../schemas/food';
import type { Aisle, RecipeRow } from '../../schemas/rows';
import type { PlannedItem } from '../plan-rows';
import { aisleIdForFood, aisleNames, effectiveAisles, OTHER_AISLE_ID } from './aisles';
import { sumDemand } from './demand';
import { asBought } from './as-bought';
import { approxGrams, massPurchase, purchaseFor, type UnitSystem } from './purchase';

/** A line the user typed: an item to buy (in an aisle) or, with no aisle, a note. */
export interface ManualItem {
  readonly id: string;
  readonly text: string;
  readonly aisleId: string | null;
  readonly order: number;
}

export type LineKind = 'food' | 'supplement' | 'unknown' | 'manual';

export interface ShoppingLine {
  /** `food:<id>`, `recipe:<id>` (a deleted recipe) or `manual:<id>`: the check-mark identity. */
  readonly key: string;
  readonly kind: LineKind;
  readonly foodId: string | null;
  readonly name: string;
  /** Exact grams the plan needs (null for manual items). */
  readonly grams: number | null;
  /** What to buy, e.g. "2 cups (≈490 g)"; empty for manual items. */
  readonly amount: string;
  /** For a food planned cooked and bought dry: "dry, for ≈4 kg cooked"; else null. */
  readonly asBought: string | null;
  /** Checked when the list said another amount: what it said then ("1 kg"); else null. */
  readonly changedFrom: string | null;
  readonly aisleId: string;
  readonly checked: boolean;
}

export interface ShoppingSection {
  readonly id: string;
  readonly name: string;
  readonly lines: readonly ShoppingLine[];
}

export interface ShoppingList {
  /** Aisles in the user's order, then "Other"; only aisles with lines. */
  readonly sections: readonly ShoppingSection[];
  readonly supplements: readonly ShoppingLine[];
  readonly unknown: readonly ShoppingLine[];
  readonly notes: readonly ManualItem[];
  /** Foods the plan uses that the user keeps in the pantry: named, not listed to buy. */
  readonly pantry: readonly ShoppingLine[];
  /** Lines to buy (sections, supplements, unknown), and how many of them are checked. */
  readonly lineCount: number;
  readonly checkedCount: number;
  /** Grams over every food line including pantry and unknown lines (conservation checks). */
  readonly totalGrams: number;
}

export interface BuildShoppingListInput {
  /** From `plannedItems(entries, recurring, from, to)`. */
  readonly items: readonly PlannedItem[];
  /** Household person ids ("everyone" means all of them). */
  readonly people: readonly string[];
  readonly recipes: readonly RecipeRow[];
  readonly foods: (id: string) => Food | undefined;
  /** The user's aisles; an empty list means the defaults. */
  readonly aisles: readonly Aisle[];
  /** Food id → aisle id: the user moved this food for good. */
  readonly aisleOverrides?: Readonly<Record<string, string>>;
  readonly pantry: readonly string[];
  readonly units: UnitSystem;
  readonly manual?: readonly ManualItem[];
  /** Keys of checked lines. */
  readonly checked?: ReadonlySet<string>;
  /** Key of a checked line → the amount it showed when it was checked. */
  readonly checkedAmounts?: ReadonlyMap<string, string>;
}

export const SHOPPING_KEY = {
  food: (foodId: string) => `food:${foodId}`,
  recipe: (recipeId: string) => `recipe:${recipeId}`,
  manual: (id: string) => `manual:${id}`,
} as const;

const byName = (a: ShoppingLine, b: ShoppingLine) =>
  a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key);

export function buildShoppingList(input: BuildShoppingListInput): ShoppingList {
  const recipes = new Map(input.recipes.map((r) => [r.id, r]));
  const aisles = effectiveAisles(input.aisles);
  const overrides = input.aisleOverrides ?? {};
  const pantry = new Set(input.pantry);
  const checked = input.checked ?? new Set<string>();
  const checkedAmounts = input.checkedAmounts ?? new Map<string, string>();
  const planned = sumDemand(input.items, input.people.length, recipes);
  const { foods: bought, cooked } = toBought(planned.foods, input.foods);
  const demand = { ...planned, foods: bought };

  const byAisle = new Map<string, ShoppingLine[]>();
  const supplements: ShoppingLine[] = [];
  const unknown: ShoppingLine[] = [];
  const pantryLines: ShoppingLine[] = [];
  let totalGrams = 0;

  const place = (line: ShoppingLine) => {
    const lines = byAisle.get(line.aisleId) ?? [];
    lines.push(line);
    byAisle.set(line.aisleId, lines);
  };

  for (const [foodId, grams] of demand.foods) {
    totalGrams += grams;
    const key = SHOPPING_KEY.food(foodId);
    const food = input.foods(foodId);
    if (!food) {
      const line = unknownLine(
        key,
        foodId,
        `Unknown item (${foodId})`,
        grams,
        input.units,
        checked,
      );
      (pantry.has(foodId) ? pantryLines : unknown).push(line);
      continue;
    }
    const kind = food.kind === 'food' ? 'food' : 'supplement';
    const aisleId = kind === 'food' ? aisleIdForFood(food, aisles, overrides) : OTHER_AISLE_ID;
    const amount = purchaseFor(food, grams, input.units).text;
    const cookedGrams = cooked.get(foodId);
    const line: ShoppingLine = {
      key,
      kind,
      foodId,
      name: food.name,
      grams,
      amount,
      asBought:
        cookedGrams === undefined ? null : `dry, for ${approxGrams(cookedGrams).slice(1)} cooked`,
      changedFrom: changedFrom(key, amount, checked, checkedAmounts),
      aisleId,
      checked: checked.has(key),
    };
    if (pantry.has(foodId)) pantryLines.push(line);
    else if (kind === 'supplement') supplements.push(line);
    else place(line);
  }
  for (const [recipeId, grams] of demand.missingRecipes) {
    totalGrams += grams;
    const key = SHOPPING_KEY.recipe(recipeId);
    unknown.push(
      unknownLine(key, null, `Unknown recipe (${recipeId})`, grams, input.units, checked),
    );
  }

  const knownAisles = new Set(aisles.map((a) => a.id));
  const manual = [...(input.manual ?? [])].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
  const manualByAisle = new Map<string, ShoppingLine[]>();
  for (const item of manual) {
    if (item.aisleId === null) continue;
    const aisleId = knownAisles.has(item.aisleId) ? item.aisleId : OTHER_AISLE_ID;
    const key = SHOPPING_KEY.manual(item.id);
    const line: ShoppingLine = {
      key,
      kind: 'manual',
      foodId: null,
      name: item.text,
      grams: null,
      amount: '',
      asBought: null,
      changedFrom: null,
      aisleId,
      checked: checked.has(key),
    };
    manualByAisle.set(aisleId, [...(manualByAisle.get(aisleId) ?? []), line]);
  }

  const names = aisleNames(aisles);
  const sections: ShoppingSection[] = [...aisles.map((a) => a.id), OTHER_AISLE_ID].flatMap((id) => {
    // Planned foods by name, then the user's own items in the order they were added.
    const lines = [...(byAisle.get(id) ?? []).sort(byName), ...(manualByAisle.get(id) ?? [])];
    return lines.length > 0 ? [{ id, name: names.get(id) ?? id, lines }] : [];
  });
  supplements.sort(byName);
  unknown.sort(byName);
  pantryLines.sort(byName);

  const toBuy = [...sections.flatMap((s) => s.lines), ...supplements, ...unknown];
  return {
    sections,
    supplements,
    unknown,
    notes: manual.filter((m) => m.aisleId === null),
    pantry: pantryLines,
    lineCount: toBuy.length,
    checkedCount: toBuy.filter((l) => l.checked).length,
    totalGrams,
  };
}

/**
 * Planned grams per food → grams to buy per food: a cooked food whose dry form is in the table
 * becomes that dry food (merged with any of it planned dry); `cooked` keeps the cooked grams.
 */
function toBought(
  planned: ReadonlyMap<string, number>,
  foods: (id: string) => Food | undefined,
): { foods: Map<string, number>; cooked: Map<string, number> } {
  const bought = new Map<string, number>();
  const cooked = new Map<string, number>();
  for (const [foodId, grams] of planned) {
    const dry = asBought(foodId);
    const target = dry && foods(dry.foodId) ? dry : null;
    const id = target ? target.foodId : foodId;
    bought.set(id, (bought.get(id) ?? 0) + (target ? grams * target.dryPerCooked : grams));
    if (target) cooked.set(id, (cooked.get(id) ?? 0) + grams);
  }
  return { foods: bought, cooked };
}

function changedFrom(
  key: string,
  amount: string,
  checked: ReadonlySet<string>,
  amounts: ReadonlyMap<string, string>,
): string | null {
  const then = amounts.get(key);
  return checked.has(key) && then !== undefined && then !== amount ? then : null;
}

function unknownLine(
  key: string,
  foodId: string | null,
  name: string,
  grams: number,
  units: UnitSystem,
  checked: ReadonlySet<string>,
): ShoppingLine {
  return {
    key,
    kind: 'unknown',
    foodId,
    name,
    grams,
    amount: massPurchase(grams, units).text,
    asBought: null,
    changedFrom: null,
    aisleId: OTHER_AISLE_ID,
    checked: checked.has(key),
  };
}

/** True when there is nothing to buy and nothing noted. */
export function isEmptyList(list: ShoppingList): boolean {
  return list.lineCount === 0 && list.notes.length === 0 && list.pantry.length === 0;
}
