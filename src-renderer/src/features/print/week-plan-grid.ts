/**
 * The week plan as a printable grid: one row per meal slot, one column per day, each cell the
 * entries in plan order as "name amount (who)"; and a B12 line per day and person from the
 * nutrition engine. Pure data for WeekPlanPrint.svelte.
 */
import { formatEnteredAmount } from '@shared/domain/amount';
import { analyzePlannedWeek } from '@shared/domain/plan-analysis';
import type { PlannedItem } from '@shared/domain/plan-rows';
import type { Food } from '@shared/schemas/food';
import type { AnalysisSettings } from '@shared/schemas/plan';
import type { PersonProfile } from '@shared/schemas/profile';
import type { MealSlot, RecipeRow } from '@shared/schemas/rows';

export interface GridEntry {
  readonly id: string;
  readonly name: string;
  readonly amount: string;
  /** Names of the eaters when not everyone eats it; "" for everyone. */
  readonly who: string;
  readonly unknown: boolean;
}

export interface GridRow {
  readonly slotId: string;
  readonly label: string;
  /** One cell per date, in date order. */
  readonly cells: readonly (readonly GridEntry[])[];
}

export interface B12DayMark {
  readonly person: string;
  /** Estimated absorbed µg that day. */
  readonly absorbedUg: number;
  readonly status: 'met' | 'low' | 'veryLow' | 'noData';
}

export interface WeekPlanGrid {
  readonly dates: readonly string[];
  readonly rows: readonly GridRow[];
  /** Per date, per person; empty when the analysis could not run. */
  readonly b12: readonly (readonly B12DayMark[])[];
  /** Most entries in any one day: the print picks its font size from it. */
  readonly busiestDay: number;
}

export interface WeekPlanInput {
  readonly dates: readonly string[];
  readonly items: readonly PlannedItem[];
  readonly slots: readonly MealSlot[];
  readonly recipes: readonly RecipeRow[];
  readonly people: readonly PersonProfile[];
  readonly foods: ReadonlyMap<string, Food>;
  readonly analysis?: AnalysisSettings;
}

const OTHER_SLOT = { id: '__other', label: 'Other', time: '12:00' };

function entryOf(
  item: PlannedItem,
  input: WeekPlanInput,
  recipes: ReadonlyMap<string, RecipeRow>,
): GridEntry {
  const target = item.target;
  const name =
    target.kind === 'food'
      ? (input.foods.get(target.foodId)?.name ?? `Unknown item (${target.foodId})`)
      : (recipes.get(target.recipeId)?.name ?? `Unknown recipe (${target.recipeId})`);
  const unknown =
    target.kind === 'food' ? !input.foods.has(target.foodId) : !recipes.has(target.recipeId);
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  const who = item.eaters === 'all' ? '' : item.eaters.map((id) => names.get(id) ?? '?').join(', ');
  return { id: item.id, name, amount: formatEnteredAmount(item.quantity, item.unit), who, unknown };
}

function b12Marks(input: WeekPlanInput, recipes: ReadonlyMap<string, RecipeRow>): B12DayMark[][] {
  const weekStart = input.dates[0];
  if (weekStart === undefined || input.people.length === 0) return [];
  try {
    const { analysis } = analyzePlannedWeek(
      weekStart,
      input.items,
      { foods: input.foods, recipes, people: input.people, slots: input.slots },
      input.analysis,
    );
    return input.dates.map((date) =>
      analysis.people.map((person) => {
        const gap = person.days
          .find((d) => d.date === date)
          ?.gaps.find((g) => g.nutrient === 'b12');
        const status = gap?.targetStatus ?? 'noData';
        return { person: person.name, absorbedUg: gap?.intake ?? 0, status };
      }),
    );
  } catch {
    // The badge row is a convenience: a plan the engine cannot read still prints without it.
    return [];
  }
}

export function weekPlanGrid(input: WeekPlanInput): WeekPlanGrid {
  const recipes = new Map(input.recipes.map((r) => [r.id, r]));
  const known = new Set(input.slots.map((s) => s.id));
  const orphaned = input.items.some((i) => !known.has(i.slotId));
  const slots = orphaned ? [...input.slots, OTHER_SLOT] : input.slots;
  const rows = slots.map((slot) => ({
    slotId: slot.id,
    label: slot.label,
    cells: input.dates.map((date) =>
      input.items
        .filter(
          (i) =>
            i.date === date && (known.has(i.slotId) ? i.slotId === slot.id : slot === OTHER_SLOT),
        )
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
        .map((i) => entryOf(i, input, recipes)),
    ),
  }));
  const perDay = input.dates.map((d) => input.items.filter((i) => i.date === d).length);
  return {
    dates: input.dates,
    rows,
    b12: b12Marks(input, recipes),
    busiestDay: Math.max(0, ...perDay),
  };
}

/** Font size in pt so the busiest day still fits one landscape page (measured on A4 and Letter). */
export function gridFontPt(busiestDay: number, people: number): number {
  const lines = busiestDay + people;
  if (lines <= 20) return 8.5;
  return Math.max(5, Math.round(((8.5 * 20) / lines) * 10) / 10);
}
