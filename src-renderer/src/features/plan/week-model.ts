/**
 * What the week grid shows, derived from the stored rows: one chip per planned item, grouped by
 * day and meal slot, with its name, the amount as typed, who eats it and whether it repeats.
 * Pure, so the grid, the benchmark and the tests share it.
 */
import {
  foodAmountSubject,
  formatEnteredAmount,
  recipeAmountSubject,
  type AmountSubject,
} from '@shared/domain/amount';
import { weekDates } from '@shared/base/dates';
import type { PlanProblem } from '@shared/domain/plan-analysis';
import type { PlannedItem } from '@shared/domain/plan-rows';
import type { Food } from '@shared/schemas/food';
import type { MealSlot, PlanEntryRow, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import { chipLabel } from '@shared/domain/chip-label';
import type { PersonProfile } from '@shared/schemas/profile';
import { describeWeekdays, type ItemSource } from '../../data/plan-edits';

export interface ChipModel {
  /** The planned item id (entry id, or `<recurringId>@<date>`). */
  readonly id: string;
  readonly date: string;
  readonly slotId: string;
  readonly name: string;
  /** What the chip shows when the column is narrow; the full name is its title and label. */
  readonly shortName: string;
  /** A supplement's dose ("250 µg"), shown beside the amount so truncation never hides it. */
  readonly dose: string | null;
  /** B12 fortified: shown as a mark, since the short name may cut "fortified" off. */
  readonly fortified: boolean;
  readonly amountText: string;
  /** Initials of the eaters when not everyone eats it, else ''. */
  readonly eaterInitials: string;
  readonly eaterNames: string;
  /** "every day", "Mon, Wed" for an occurrence of a repeating entry; null for a one-off. */
  readonly repeatText: string | null;
  readonly source: ItemSource;
  /** For editing the amount; null when the food or recipe is gone. */
  readonly subject: AmountSubject | null;
  readonly problem: string | null;
}

export interface WeekModel {
  readonly weekStart: string;
  readonly dates: readonly string[];
  /** The settings' meal slots, plus any slot still used by an entry after it was removed. */
  readonly slots: readonly MealSlot[];
  readonly cells: ReadonlyMap<string, readonly ChipModel[]>;
}

export const cellKey = (date: string, slotId: string): string => `${date}|${slotId}`;

export interface WeekModelInput {
  readonly weekStart: string;
  readonly slots: readonly MealSlot[];
  readonly people: readonly PersonProfile[];
  readonly recipes: ReadonlyMap<string, RecipeRow>;
  readonly entries: readonly PlanEntryRow[];
  readonly recurring: readonly RecurringRow[];
  readonly items: readonly PlannedItem[];
  readonly problems: readonly PlanProblem[];
  readonly getFood: (id: string) => Food | undefined;
}

/** "Alex" → "A"; two people starting alike get two letters ("Al", "An"). */
export function initials(people: readonly PersonProfile[]): ReadonlyMap<string, string> {
  const first = (p: PersonProfile) => p.name.trim().charAt(0).toUpperCase();
  const counts = new Map<string, number>();
  for (const p of people) counts.set(first(p), (counts.get(first(p)) ?? 0) + 1);
  return new Map(
    people.map((p) => [
      p.id,
      (counts.get(first(p)) ?? 0) > 1 ? p.name.trim().slice(0, 2) : first(p),
    ]),
  );
}

/**
 * Chips of the previous build, reused while their row and everything they are named from are the
 * same objects: an edit then rebuilds one chip, not the whole week (and the grid re-renders one).
 */
export interface ChipCache {
  readonly context: readonly unknown[];
  readonly chips: ReadonlyMap<string, ChipModel>;
  readonly dates: readonly string[];
}

export function buildWeekModel(
  input: WeekModelInput,
  previous: ChipCache | null = null,
  context: readonly unknown[] = [],
): { model: WeekModel; cache: ChipCache } {
  const reusable =
    previous !== null &&
    previous.context.length === context.length &&
    previous.context.every((c, i) => c === context[i])
      ? previous.chips
      : new Map<string, ChipModel>();
  const built = new Map<string, ChipModel>();
  const entryById = new Map(input.entries.map((e) => [e.id, e]));
  const recurringById = new Map(input.recurring.map((r) => [r.id, r]));
  const problemOf = new Map(input.problems.map((p) => [p.itemId, p.message]));
  const nameOf = new Map(input.people.map((p) => [p.id, p.name]));
  const initialOf = initials(input.people);
  const slots = [...input.slots];
  const cells = new Map<string, ChipModel[]>();
  const add = (chip: ChipModel) => {
    built.set(chip.id, chip);
    const key = cellKey(chip.date, chip.slotId);
    const list = cells.get(key);
    if (list) list.push(chip);
    else cells.set(key, [chip]);
  };
  for (const item of input.items) {
    const source: ItemSource | null = item.recurringId
      ? { kind: 'recurring', row: recurringById.get(item.recurringId)!, date: item.date }
      : { kind: 'entry', row: entryById.get(item.id)! };
    if (!source.row) continue;
    if (!slots.some((s) => s.id === item.slotId))
      slots.push({ id: item.slotId, label: `${item.slotId} (removed slot)`, time: '12:00' });
    const problem = problemOf.get(item.id) ?? null;
    const known = reusable.get(item.id);
    if (known && known.source.row === source.row && known.problem === problem) {
      add(known);
      continue;
    }
    const food = item.target.kind === 'food' ? input.getFood(item.target.foodId) : undefined;
    const recipe =
      item.target.kind === 'recipe' ? input.recipes.get(item.target.recipeId) : undefined;
    const everyone = item.eaters === 'all';
    const eaters = everyone ? [] : item.eaters;
    const name =
      food?.name ??
      recipe?.name ??
      (item.target.kind === 'food' ? `Missing food ${item.target.foodId}` : 'Deleted recipe');
    const label = food ? chipLabel(food) : null;
    const chip: ChipModel = {
      id: item.id,
      date: item.date,
      slotId: item.slotId,
      name,
      shortName: label?.short ?? name,
      dose: label?.dose ?? null,
      fortified: label?.fortified ?? false,
      amountText: formatEnteredAmount(item.quantity, item.unit),
      eaterInitials: eaters.map((id) => initialOf.get(id) ?? '?').join(''),
      eaterNames: everyone
        ? 'Everyone'
        : eaters.map((id) => nameOf.get(id) ?? 'someone removed').join(', '),
      repeatText: source.kind === 'recurring' ? describeWeekdays(source.row.weekdays) : null,
      source,
      subject: food ? foodAmountSubject(food) : recipe ? recipeAmountSubject(recipe) : null,
      problem,
    };
    add(chip);
  }
  const dates =
    previous?.dates[0] === input.weekStart ? previous.dates : weekDates(input.weekStart);
  return {
    model: { weekStart: input.weekStart, dates, slots, cells },
    cache: { context, chips: built, dates },
  };
}
