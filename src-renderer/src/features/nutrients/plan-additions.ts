/**
 * Additions from the Nutrients screen (a suggested fix, or the optimizer's proposal) as one
 * `PlanChange`. An addition for one day is one plan entry, after what the cell already holds; an
 * addition for several days is ONE repeating entry (on those weekdays, from the first to the last
 * date), not a copy per day, so the plan shows it as a repeat and undo removes it in one step. The
 * change goes through the plan repository, so it is saved with the week's totals and undoable.
 */
import type { Food } from '@shared/schemas/food';
import type { Eaters, PlanEntryRow, RecurringRow } from '@shared/schemas/rows';
import { weekday } from '@shared/domain/plan-rows';
import { nextOrder, randomId, type NewId } from '../../data/plan-edits';
import type { PlanChange } from '../../data/plan-repo';

export interface PlannedAddition {
  readonly food: Food;
  readonly slotId: string;
  readonly dates: readonly string[];
  /** Grams per eater per day (supplements: units × unit weight). */
  readonly grams: number;
  readonly eaters: Eaters;
}

/** What the user would have typed: "1 tablet" for supplements, grams for foods. */
export function enteredAmount(
  food: Food,
  grams: number,
): { quantity: number; unit: string; grams: number } {
  if (food.kind === 'supplement' && food.unitGrams !== null) {
    return {
      quantity: Math.round((grams / food.unitGrams) * 100) / 100,
      unit: food.portions[0]?.unit ?? 'unit',
      grams,
    };
  }
  return { quantity: Math.round(grams * 10) / 10, unit: 'g', grams };
}

export function additionsChange(
  label: string,
  additions: readonly PlannedAddition[],
  existing: readonly PlanEntryRow[],
  newId: NewId = randomId,
): PlanChange {
  const rows: PlanEntryRow[] = [];
  const repeats: RecurringRow[] = [];
  for (const a of additions) {
    if (a.dates.length > 1) {
      const dates = [...a.dates].sort();
      repeats.push({
        id: newId(),
        target: { kind: 'food', foodId: a.food.id },
        ...enteredAmount(a.food, a.grams),
        slotId: a.slotId,
        eaters: a.eaters,
        weekdays: [...new Set(dates.map(weekday))].sort((x, y) => x - y),
        startDate: dates[0]!,
        endDate: dates.at(-1)!,
      });
      continue;
    }
    for (const date of a.dates) {
      rows.push({
        id: newId(),
        date,
        target: { kind: 'food', foodId: a.food.id },
        ...enteredAmount(a.food, a.grams),
        slotId: a.slotId,
        eaters: a.eaters,
        order: nextOrder([...existing, ...rows], date, a.slotId),
      });
    }
  }
  return {
    label,
    ...(rows.length > 0 ? { putEntries: rows } : {}),
    ...(repeats.length > 0 ? { putRecurring: repeats } : {}),
  };
}
