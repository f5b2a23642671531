/**
 * From stored plan rows to what is eaten: recurring entries become one occurrence per matching
 * day, and every occurrence is a `PlannedItem` (the shape the analysis mapping and the shopping
 * list both start from). Pure: dates are 'YYYY-MM-DD' strings.
 */
import type { EntryTarget, Eaters, PlanEntryRow, RecurringRow } from '../schemas/rows';
import { addDays, dayNumber, daysBetween } from '../base/dates';

/** One planned eating of a food or recipe on one day, from a plan entry or a recurring entry. */
export interface PlannedItem {
  /** The plan entry id, or `<recurringId>@<date>` for an occurrence of a recurring entry. */
  readonly id: string;
  readonly date: string;
  readonly slotId: string;
  readonly target: EntryTarget;
  readonly quantity: number;
  readonly unit: string;
  /** Grams per eater. */
  readonly grams: number;
  readonly eaters: Eaters;
  readonly order: number;
  readonly recurringId: string | null;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Occurrences of recurring entries on the days from `from` to `to` inclusive. */
export function expandRecurring(
  rows: readonly RecurringRow[],
  from: string,
  to: string,
): PlannedItem[] {
  const items: PlannedItem[] = [];
  const span = daysBetween(from, to);
  for (let i = 0; i <= span; i++) {
    const date = addDays(from, i);
    const day = weekday(date);
    for (const r of rows) {
      if (date < r.startDate || (r.endDate !== null && date > r.endDate)) continue;
      if (!r.weekdays.includes(day)) continue;
      items.push({
        id: `${r.id}@${date}`,
        date,
        slotId: r.slotId,
        target: r.target,
        quantity: r.quantity,
        unit: r.unit,
        grams: r.grams,
        eaters: r.eaters,
        order: -1, // recurring items lead their slot
        recurringId: r.id,
      });
    }
  }
  return items;
}

/** Plan entries and recurring occurrences for a date range, in day, slot-order and order. */
export function plannedItems(
  entries: readonly PlanEntryRow[],
  recurring: readonly RecurringRow[],
  from: string,
  to: string,
): PlannedItem[] {
  const fromEntries: PlannedItem[] = entries
    .filter((e) => e.date >= from && e.date <= to)
    .map((e) => ({ ...e, recurringId: null }));
  return [...expandRecurring(recurring, from, to), ...fromEntries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.order - b.order || a.id.localeCompare(b.id),
  );
}
